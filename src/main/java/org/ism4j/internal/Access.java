package org.ism4j.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the API packages hand each other the bit matrices behind their values without a public
 * method that takes or returns an internal type (the JDK's "shared secrets" pattern). A value class
 * registers, in its static initializer, how to read its bits (and, for a reachability matrix, its
 * components) and how to make a value from bits; other packages of the module call
 * {@link #bits(Object)}, {@link #condensation(Object)} or {@link #make}. Not exported by the module.
 */
public final class Access {
  private static final Map<Class<?>, Function<Object, BitMatrix>> BITS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Function<Object, Condensation>> CONDENSATIONS =
      new ConcurrentHashMap<>();
  private static final Map<Class<?>, BiFunction<Object, BitMatrix, Object>> MAKERS =
      new ConcurrentHashMap<>();

  private Access() {}

  /**
   * Registers how to read the bits of a value class.
   *
   * @param <T> the value type
   * @param type the value class
   * @param reader returns the value's bit matrix (not a copy: callers never modify it)
   */
  public static <T> void registerBits(Class<T> type, Function<T, BitMatrix> reader) {
    BITS.put(type, v -> reader.apply(type.cast(v)));
  }

  /**
   * Registers how to read the strongly connected components of a value class.
   *
   * @param <T> the value type
   * @param type the value class
   * @param reader returns the value's condensation
   */
  public static <T> void registerCondensation(Class<T> type, Function<T, Condensation> reader) {
    CONDENSATIONS.put(type, v -> reader.apply(type.cast(v)));
  }

  /**
   * Registers how to make a value from its labels and bits.
   *
   * @param <T> the value type
   * @param <L> the labels type
   * @param type the value class
   * @param labelsType the labels class
   * @param maker makes the value; the bits are owned by the value from then on
   */
  public static <T, L> void registerMaker(Class<T> type, Class<L> labelsType,
      BiFunction<L, BitMatrix, T> maker) {
    MAKERS.put(type, (labels, bits) -> maker.apply(labelsType.cast(labels), bits));
  }

  /**
   * Returns the bit matrix behind a value.
   *
   * @param value an SSIM or reachability matrix
   * @return its bits, which the caller must not modify
   */
  public static BitMatrix bits(Object value) {
    return lookup(BITS, value.getClass()).apply(value);
  }

  /**
   * Returns the strongly connected components behind a value.
   *
   * @param value a reachability matrix
   * @return its condensation
   */
  public static Condensation condensation(Object value) {
    return lookup(CONDENSATIONS, value.getClass()).apply(value);
  }

  /**
   * Makes a value from labels and bits.
   *
   * @param <T> the value type
   * @param type the value class
   * @param labels the labels
   * @param bits the bits, owned by the value from then on
   * @return the value
   */
  public static <T> T make(Class<T> type, Object labels, BitMatrix bits) {
    return type.cast(lookup(MAKERS, type).apply(labels, bits));
  }

  private static <F> F lookup(Map<Class<?>, F> map, Class<?> type) {
    F f = map.get(type);
    if (f == null) {
      initialize(type);
      f = map.get(type);
    }
    return Objects.requireNonNull(f, () -> "no internal access registered for " + type.getName());
  }

  private static void initialize(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
