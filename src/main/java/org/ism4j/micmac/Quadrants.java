package org.ism4j.micmac;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * MICMAC quadrants of weighted powers (Godet's indirect sums, fuzzy sums): each factor's
 * {@link Cluster} when its driving and dependence power are split by a {@link SplitRule}, compared
 * in exact arithmetic (a power equal to the threshold is weak, as in {@link Micmac}). Immutable.
 *
 * <p>{@link SplitRule#MEAN} and {@link SplitRule#MEDIAN} are the rules for weighted sums;
 * {@link SplitRule#HALF_N} splits at n/2 as for counts, which is rarely meaningful here.
 */
public final class Quadrants {
  private final SplitRule rule;
  private final double drivingThreshold;
  private final double dependenceThreshold;
  private final List<Cluster> clusters;

  private Quadrants(SplitRule rule, double drivingThreshold, double dependenceThreshold, List<Cluster> clusters) {
    this.rule = rule;
    this.drivingThreshold = drivingThreshold;
    this.dependenceThreshold = dependenceThreshold;
    this.clusters = clusters;
  }

  /**
   * Splits weighted powers into quadrants.
   *
   * @param driving the driving powers (influence), one per factor: {@code Integer}, {@code Long},
   *     {@code BigInteger}, {@code Double} (taken as its shortest decimal) or {@code BigDecimal},
   *     finite
   * @param dependence the dependence powers, aligned with {@code driving}
   * @param rule the split rule
   * @return the quadrants
   * @throws IllegalArgumentException when the lists differ in length, naming both lengths, or
   *     when a value is not finite
   */
  public static Quadrants of(List<? extends Number> driving, List<? extends Number> dependence, SplitRule rule) {
    Objects.requireNonNull(rule, "rule");
    if (driving.size() != dependence.size()) {
      throw new IllegalArgumentException(driving.size() + " driving powers and " + dependence.size()
          + " dependence powers");
    }
    List<BigDecimal> dr = exact(driving);
    List<BigDecimal> de = exact(dependence);
    BigDecimal[] tr = threshold(dr, rule);
    BigDecimal[] te = threshold(de, rule);
    ImmutableList.Builder<Cluster> b = ImmutableList.builderWithExpectedSize(dr.size());
    for (int i = 0; i < dr.size(); i++) {
      b.add(Cluster.of(strong(dr.get(i), tr), strong(de.get(i), te)));
    }
    return new Quadrants(rule, value(tr), value(te), b.build());
  }

  /** The threshold as a fraction {numerator, denominator}, so that the mean stays exact. */
  private static BigDecimal[] threshold(List<BigDecimal> v, SplitRule rule) {
    int n = v.size();
    if (n == 0) {
      return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
    }
    switch (rule) {
      case HALF_N:
        return new BigDecimal[] {BigDecimal.valueOf(n), BigDecimal.valueOf(2)};
      case MEAN:
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : v) {
          sum = sum.add(x);
        }
        return new BigDecimal[] {sum, BigDecimal.valueOf(n)};
      default:
        List<BigDecimal> sorted = new ArrayList<>(v);
        sorted.sort(null);
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2));
        return new BigDecimal[] {median, BigDecimal.valueOf(n % 2 == 1 ? 1 : 2)};
    }
  }

  private static boolean strong(BigDecimal x, BigDecimal[] t) {
    return x.multiply(t[1]).compareTo(t[0]) > 0;
  }

  private static double value(BigDecimal[] t) {
    return t[0].divide(t[1], java.math.MathContext.DECIMAL64).doubleValue();
  }

  private static List<BigDecimal> exact(List<? extends Number> values) {
    List<BigDecimal> out = new ArrayList<>(values.size());
    for (Number x : values) {
      if (x instanceof BigDecimal) {
        out.add((BigDecimal) x);
      } else if (x instanceof BigInteger) {
        out.add(new BigDecimal((BigInteger) x));
      } else if (x instanceof Integer || x instanceof Long || x instanceof Short || x instanceof Byte) {
        out.add(BigDecimal.valueOf(x.longValue()));
      } else {
        double d = x.doubleValue();
        if (!Double.isFinite(d)) {
          throw new IllegalArgumentException("power " + d + " is not finite");
        }
        out.add(BigDecimal.valueOf(d));
      }
    }
    return out;
  }

  /**
   * Returns the split rule used.
   *
   * @return the rule
   */
  public SplitRule splitRule() {
    return rule;
  }

  /**
   * Returns the threshold a driving power must exceed to be strong, rounded to a double.
   *
   * @return the threshold
   */
  public double drivingThreshold() {
    return drivingThreshold;
  }

  /**
   * Returns the threshold a dependence power must exceed to be strong, rounded to a double.
   *
   * @return the threshold
   */
  public double dependenceThreshold() {
    return dependenceThreshold;
  }

  /**
   * Returns every factor's cluster.
   *
   * @return an immutable list aligned with the powers
   */
  public List<Cluster> clusters() {
    return clusters;
  }

  /**
   * Returns one factor's cluster.
   *
   * @param factor a factor index
   * @return its quadrant
   * @throws IndexOutOfBoundsException when the index is out of range
   */
  public Cluster cluster(int factor) {
    return clusters.get(factor);
  }
}
