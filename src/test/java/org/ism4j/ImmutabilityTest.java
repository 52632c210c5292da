package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: every collection the API returns is immutable and no array leaves the library. Walks
 * every public no-argument method of every value reachable from the sample models
 * ({@link ApiSurface#roots()}), so a method added later is checked without editing this test.
 */
class ImmutabilityTest {

  @Test
  void everyReturnedCollectionRejectsMutationAndNoArrayIsReturned() {
    List<String> failures = new ArrayList<>();
    AtomicInteger checked = new AtomicInteger();
    ApiSurface.roots().forEach((name, root) -> ApiSurface.walk(name, root, (path, value) -> {
      if (value.getClass().isArray()) {
        failures.add(path + " returns an array (" + value.getClass().getSimpleName() + ")");
      } else if (value instanceof Collection<?> c) {
        checked.incrementAndGet();
        check(path, c, failures);
      } else if (value instanceof Map<?, ?> m) {
        checked.incrementAndGet();
        check(path, m, failures);
      }
    }));
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(checked.get() > 50, "the walk reached only " + checked.get() + " collections");
  }

  @SuppressWarnings("unchecked")
  private static void check(String path, Collection<?> c, List<String> failures) {
    Collection<Object> raw = (Collection<Object>) c;
    Object some = c.isEmpty() ? "x" : c.iterator().next();
    expectRejected(path, "add", () -> raw.add(some), failures);
    expectRejected(path, "addAll", () -> raw.addAll(List.of(some)), failures);
    if (!c.isEmpty()) {
      expectRejected(path, "remove", () -> raw.remove(some), failures);
      expectRejected(path, "clear", raw::clear, failures);
      expectRejected(path, "iterator().remove", () -> {
        Iterator<Object> it = raw.iterator();
        it.next();
        it.remove();
      }, failures);
      if (c instanceof List<?>) {
        expectRejected(path, "set", () -> ((List<Object>) c).set(0, some), failures);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void check(String path, Map<?, ?> m, List<String> failures) {
    Map<Object, Object> raw = (Map<Object, Object>) m;
    if (m.isEmpty()) {
      expectRejected(path, "put", () -> raw.put("x", "x"), failures);
      return;
    }
    Map.Entry<Object, Object> e = raw.entrySet().iterator().next();
    expectRejected(path, "put", () -> raw.put(e.getKey(), e.getValue()), failures);
    expectRejected(path, "remove", () -> raw.remove(e.getKey()), failures);
    expectRejected(path, "clear", raw::clear, failures);
    expectRejected(path, "entry.setValue", () -> e.setValue(e.getValue()), failures);
    expectRejected(path, "keySet().remove", () -> raw.keySet().remove(e.getKey()), failures);
  }

  private static void expectRejected(String path, String op, Runnable mutation, List<String> failures) {
    try {
      mutation.run();
      failures.add(path + "." + op + " succeeded");
    } catch (UnsupportedOperationException expected) {
      // immutable
    } catch (RuntimeException other) {
      failures.add(path + "." + op + " threw " + other + " instead of UnsupportedOperationException");
    }
  }
}
