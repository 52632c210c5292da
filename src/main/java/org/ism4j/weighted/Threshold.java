package org.ism4j.weighted;

import java.util.Locale;
import java.util.Objects;

/**
 * How DEMATEL-ISM chooses the threshold α above which a cell of the total-relation matrix T is a
 * link: the mean of all n² cells of T (the default), the mean plus one standard deviation of
 * them (population standard deviation, dividing by n²), or a given value. Immutable.
 */
public final class Threshold {
  private static final Threshold MEAN = new Threshold("mean", Double.NaN);
  private static final Threshold MEAN_PLUS_SD = new Threshold("mean+sd", Double.NaN);

  private final String rule;
  private final double value;

  private Threshold(String rule, double value) {
    this.rule = rule;
    this.value = value;
  }

  /**
   * Returns the rule α = mean of the n² cells of T.
   *
   * @return the rule
   */
  public static Threshold mean() {
    return MEAN;
  }

  /**
   * Returns the rule α = mean + standard deviation of the n² cells of T.
   *
   * @return the rule
   */
  public static Threshold meanPlusSd() {
    return MEAN_PLUS_SD;
  }

  /**
   * Returns a fixed threshold.
   *
   * @param value α, finite
   * @return the rule
   * @throws IllegalArgumentException when the value is not finite
   */
  public static Threshold of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("threshold " + value + " is not a finite number");
    }
    return new Threshold("value", value);
  }

  /**
   * Reads a rule: {@code mean}, {@code mean+sd} (either case, spaces allowed) or a number.
   *
   * @param text the rule
   * @return the rule
   * @throws IllegalArgumentException naming the text and what is accepted
   */
  public static Threshold parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    if (t.equals("mean")) {
      return MEAN;
    }
    if (t.equals("mean+sd")) {
      return MEAN_PLUS_SD;
    }
    try {
      return of(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("unknown threshold '" + text + "' (expected mean, mean+sd or a number)", e);
    }
  }

  /**
   * Returns the rule's name as JSON and reports write it.
   *
   * @return {@code "mean"}, {@code "mean+sd"} or {@code "value"}
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the threshold for a total-relation matrix.
   *
   * @param dematel the analysis whose T the rule applies to
   * @return α
   */
  public double valueFor(Dematel dematel) {
    if (this == MEAN) {
      return dematel.mean();
    }
    if (this == MEAN_PLUS_SD) {
      return dematel.mean() + dematel.standardDeviation();
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Threshold && ((Threshold) o).rule.equals(rule)
        && Double.compare(((Threshold) o).value, value) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, value);
  }

  @Override
  public String toString() {
    return rule.equals("value") ? Double.toString(value) : rule;
  }
}
