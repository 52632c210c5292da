package org.ism4j.panel;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.ism4j.ssim.Relation;

/**
 * How a panel judged one SSIM cell (row, column), row &lt; column: the number of experts who wrote
 * each symbol and the symbol the rule chose. Immutable.
 *
 * @param row the row factor's index, in the panel's factor order
 * @param column the column factor's index, greater than {@code row}
 * @param from the row factor's label
 * @param to the column factor's label
 * @param symbol the aggregated relation, read from {@code from} to {@code to}
 * @param v the experts who wrote V
 * @param a the experts who wrote A
 * @param x the experts who wrote X
 * @param o the experts who wrote O
 * @param tied whether the {@link AggregationRule#mode() mode} rule met a tie here and fell back to
 *     majority (always false for the other rules)
 */
public record CellAgreement(int row, int column, String from, String to, Relation symbol,
    int v, int a, int x, int o, boolean tied) {
  /**
   * Creates a cell's agreement.
   *
   * @param row the row factor's index, in the panel's factor order
   * @param column the column factor's index, greater than {@code row}
   * @param from the row factor's label
   * @param to the column factor's label
   * @param symbol the aggregated relation, read from {@code from} to {@code to}
   * @param v the experts who wrote V
   * @param a the experts who wrote A
   * @param x the experts who wrote X
   * @param o the experts who wrote O
   * @param tied whether the mode rule met a tie here
   * @throws IllegalArgumentException naming the cell when {@code row >= column}, a count is
   *     negative or all counts are zero
   */
  public CellAgreement {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(symbol, "symbol");
    checkArgument(row >= 0 && row < column, "cell (%s, %s): row must be below column", row, column);
    checkArgument(v >= 0 && a >= 0 && x >= 0 && o >= 0 && v + a + x + o > 0,
        "cell (%s, %s): counts V=%s A=%s X=%s O=%s", from, to, v, a, x, o);
  }

  /**
   * Returns the number of experts who judged the cell.
   *
   * @return k, the sum of the four counts
   */
  public int experts() {
    return v + a + x + o;
  }

  /**
   * Returns the number of experts who wrote a symbol.
   *
   * @param relation a symbol
   * @return its count
   */
  public int count(Relation relation) {
    switch (relation) {
      case V:
        return v;
      case A:
        return a;
      case X:
        return x;
      default:
        return o;
    }
  }

  /**
   * Returns the share of the experts who wrote the aggregated symbol: 1 when all agree with it, and
   * possibly 0 (three experts writing V, A and X aggregate to X by majority, which one wrote).
   *
   * @return count(symbol) / k
   */
  public double share() {
    return (double) count(symbol) / experts();
  }

  @Override
  public String toString() {
    return "(" + from + ", " + to + ") " + symbol + " V=" + v + " A=" + a + " X=" + x + " O=" + o
        + (tied ? " tied" : "");
  }
}
