package org.ism4j;

import java.lang.reflect.Method;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property without a seed of its own a fixed seed, so that a normal build tests
 * the same samples every time and a failure reproduces by running the build again (jqwik 1.9 has
 * no setting for one global seed). Registered for all properties in
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 *
 * <p>The system property {@code ism4j.seed} chooses: a number is the base seed (default
 * {@value #DEFAULT_BASE}); {@code random} leaves the seeds to jqwik, which draws new ones each run
 * ({@code mvn -Pexplore verify}). Each property's seed mixes the base with the property's class
 * and method name, so properties do not all draw the same numbers. A seed that ever failed
 * becomes an {@code @Example} with its shrunk sample.
 */
public final class FixedSeeds implements AroundPropertyHook {
  /** The base seed of the normal build. */
  public static final long DEFAULT_BASE = 20_261_201L;

  /** Creates the hook (jqwik does, through the service loader). */
  public FixedSeeds() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String base = System.getProperty("ism4j.seed", Long.toString(DEFAULT_BASE)).strip();
    boolean ownSeed = context.attributes().seed().filter(s -> !s.isEmpty()).isPresent();
    if (!ownSeed && !base.equalsIgnoreCase("random")) {
      Method m = context.targetMethod();
      context.attributes().setSeed(Long.toString(seed(Long.parseLong(base),
          m.getDeclaringClass().getName() + "#" + m.getName())));
    }
    return property.execute();
  }

  /** A seed from the base and the property's name (String.hashCode is fixed by the JLS). */
  static long seed(long base, String property) {
    long h = base * 0x9E3779B97F4A7C15L + property.hashCode();
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    return h ^ (h >>> 33);
  }
}
