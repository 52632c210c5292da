package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.Maps;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ism4j.audit.Audit;
import org.ism4j.audit.PublishedTables;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: one model used from 16 threads at once gives what one thread gets. Each round builds a
 * fresh model (so every lazy view is still uncomputed), releases 16 threads through a barrier, and
 * each thread starts on a different public method of the model and then walks everything reachable
 * ({@link ApiSurface#walk}): digraph(), levels().iterations(), finalReachability().transitiveLinks(),
 * micmac(), cycles() and whatever is added later all race.
 */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 10;

  @Test
  void oneModelFromSixteenThreadsGivesTheSingleThreadResults() throws Exception {
    Ssim banking = Examples.load(Examples.BANKING_17).ssim();
    race("banking-17", () -> IsmAnalyzer.analyze(banking));
    race("cycles", ApiSurface::cycles);
  }

  @Test
  void oneAuditFromSixteenThreadsGivesTheSingleThreadResults() throws Exception {
    Examples.Example banking = Examples.load(Examples.BANKING_17);
    Ssim ssim = banking.ssim();
    PublishedTables published = PublishedTables.parse(banking.file("published-table2.tsv"),
        PublishedTables.Format.SETS, ssim.labels());
    race("banking-17-audit", () -> Audit.of(ssim, published));
  }

  private static void race(String name, Supplier<Object> fresh) throws Exception {
    Map<String, String> expected = fingerprint(name, fresh.get(), 0);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Object shared = fresh.get();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Map<String, String>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          results.add(pool.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            return fingerprint(name, shared, thread);
          }));
        }
        for (int t = 0; t < THREADS; t++) {
          Map<String, String> got = results.get(t).get(60, TimeUnit.SECONDS);
          assertEquals(expected, got, name + ", round " + round + ", thread " + t + " differs: "
              + Maps.difference(expected, got));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Path to toString of everything reachable from root. First the root's methods and their
   * results' methods are called in an order rotated by {@code start}, so that threads begin on
   * different lazy views; then the walk runs in one fixed order (its paths depend on the order).
   */
  private static Map<String, String> fingerprint(String name, Object root, int start) throws Exception {
    for (Object first : callRotated(root, start)) {
      if (first != null && ApiSurface.isIsm(first.getClass())) {
        callRotated(first, start);
      }
    }
    Map<String, String> out = new TreeMap<>();
    ApiSurface.walk(name, root, (path, value) -> {
      if (overridesToString(value.getClass())) {
        out.put(path, value.toString());
      }
    });
    return out;
  }

  private static List<Object> callRotated(Object target, int start) throws Exception {
    List<Method> methods = new ArrayList<>(ApiSurface.apiMethods(target.getClass()));
    Collections.rotate(methods, -(start % Math.max(1, methods.size())));
    List<Object> results = new ArrayList<>();
    for (Method m : methods) {
      m.setAccessible(true);
      try {
        results.add(m.invoke(target));
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof IllegalStateException)) {
          throw e;
        }
      }
    }
    return results;
  }

  private static boolean overridesToString(Class<?> c) {
    try {
      return c.getMethod("toString").getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }
}
