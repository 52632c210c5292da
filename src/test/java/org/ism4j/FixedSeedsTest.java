package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import net.jqwik.api.lifecycle.LifecycleHook;
import org.junit.jupiter.api.Test;

/**
 * The normal build's jqwik seeds are fixed only if jqwik finds {@link FixedSeeds} through the
 * service loader, as it does for its own hooks; on the module path it did not, and every build drew
 * new seeds without a word.
 */
class FixedSeedsTest {
  @Test
  void jqwikFindsTheFixedSeedsHook() {
    boolean found = false;
    for (LifecycleHook hook : ServiceLoader.load(LifecycleHook.class)) {
      found |= hook instanceof FixedSeeds;
    }
    assertTrue(found, "FixedSeeds is not registered with jqwik's service loader");
  }

  @Test
  void theSeedOfAPropertyDependsOnItsNameAndTheBase() {
    String a = "org.ism4j.X#a";
    String b = "org.ism4j.X#b";
    assertTrue(FixedSeeds.seed(1, a) == FixedSeeds.seed(1, a), "same inputs, same seed");
    assertTrue(FixedSeeds.seed(1, a) != FixedSeeds.seed(1, b), "another property, another seed");
    assertTrue(FixedSeeds.seed(1, a) != FixedSeeds.seed(2, a), "another base, another seed");
  }
}
