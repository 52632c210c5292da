package org.ism4j.internal;

/**
 * The one number formatter of the writers: SVG coordinates, MICMAC thresholds in the reports and
 * the MICMAC plot. Shared by the {@code draw} and {@code report} packages. Not exported by the
 * module; stateless.
 */
public final class Decimals {
  /** The decimals a MICMAC threshold is printed with, at most. */
  public static final int THRESHOLD = 3;

  private Decimals() {}

  /**
   * Formats a number with at most {@code maxDecimals} decimals, trailing zeros dropped: an integer
   * has no decimal point. The value is rounded as {@link Math#round(double)} rounds
   * {@code v × 10^maxDecimals} (ties towards positive infinity).
   *
   * @param v a finite value
   * @param maxDecimals the most decimals to print, 0 to 9
   * @return e.g. {@code "12"}, {@code "12.5"} or {@code "-0.125"}
   */
  public static String format(double v, int maxDecimals) {
    if (maxDecimals < 0 || maxDecimals > 9) {
      throw new IllegalArgumentException("decimals out of 0..9: " + maxDecimals);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    long scale = 1;
    for (int k = 0; k < maxDecimals; k++) {
      scale *= 10;
    }
    long scaled = Math.round(v * scale);
    long whole = Math.abs(scaled) / scale;
    long fraction = Math.abs(scaled) % scale;
    if (fraction == 0) {
      return Long.toString(scaled / scale);
    }
    int digits = maxDecimals;
    while (fraction % 10 == 0) {
      fraction /= 10;
      digits--;
    }
    String f = Long.toString(fraction);
    return (scaled < 0 ? "-" : "") + whole + "." + "0".repeat(digits - f.length()) + f;
  }
}
