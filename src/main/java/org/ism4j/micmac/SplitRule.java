package org.ism4j.micmac;

import java.util.Arrays;

/**
 * Where MICMAC splits weak from strong power. A power is <em>strong</em> when it is strictly greater
 * than the threshold; a power equal to the threshold is weak. Driving and dependence are split
 * separately, each by its own threshold under the rule.
 */
public enum SplitRule {
  /** Threshold n/2 for n factors, the same for both axes (the default, as in most ISM papers). */
  HALF_N("n/2"),
  /** Threshold the median of the powers on that axis (mean of the two middle ones for even n). */
  MEDIAN("median"),
  /** Threshold the arithmetic mean of the powers on that axis. */
  MEAN("mean");

  private final String label;

  SplitRule(String label) {
    this.label = label;
  }

  /**
   * Reads a rule by its label or name, in either case: {@code n/2} (or {@code half_n}),
   * {@code median}, {@code mean}.
   *
   * @param text the rule
   * @return the rule
   * @throws IllegalArgumentException naming the accepted values
   */
  public static SplitRule parse(String text) {
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    for (SplitRule r : values()) {
      if (r.label.equals(t) || r.name().toLowerCase(java.util.Locale.ROOT).equals(t)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown split rule '" + text + "' (expected n/2, median or mean)");
  }

  /**
   * Returns the rule as reports name it.
   *
   * @return {@code "n/2"}, {@code "median"} or {@code "mean"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the threshold for one axis.
   *
   * @param powers the powers on that axis, one per factor; not modified
   * @return the value a power must exceed to be strong
   */
  double threshold(int[] powers) {
    int n = powers.length;
    if (n == 0) {
      return 0;
    }
    switch (this) {
      case HALF_N:
        return n / 2.0;
      case MEAN:
        long sum = 0;
        for (int p : powers) {
          sum += p;
        }
        return (double) sum / n;
      default:
        int[] sorted = powers.clone();
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
