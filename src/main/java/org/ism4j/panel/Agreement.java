package org.ism4j.panel;

import java.util.Objects;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/**
 * How far a panel's experts agree: per cell the counts of V, A, X and O and the share of the
 * aggregated symbol, Fleiss' kappa over all cells, per expert the share of cells equal to the
 * aggregate, and the contested cells. Immutable and thread-safe; from {@link
 * Panel#agreement(AggregationRule)}.
 *
 * <p><b>Fleiss' kappa.</b> The subjects are the N = n(n − 1)/2 cells, the raters the k experts, the
 * categories V, A, X and O. With n<sub>ic</sub> the experts who put cell i in category c:
 * P<sub>i</sub> = (Σ<sub>c</sub> n<sub>ic</sub>² − k) / (k(k − 1)), P̄ the mean of the
 * P<sub>i</sub>, p<sub>c</sub> = Σ<sub>i</sub> n<sub>ic</sub> / (Nk), P<sub>e</sub> = Σ<sub>c</sub>
 * p<sub>c</sub>², and κ = (P̄ − P<sub>e</sub>) / (1 − P<sub>e</sub>). When every expert puts every
 * cell in the same one category, P<sub>e</sub> = 1 and the formula is 0/0; the agreement is then
 * perfect and κ is reported as 1.
 */
public final class Agreement {
  private final AggregationRule rule;
  private final List<String> experts;
  private final Ssim ssim;
  private final List<CellAgreement> cells;
  private final double kappa;
  private final List<ExpertAgreement> expertAgreement;

  Agreement(AggregationRule rule, List<String> experts, Ssim ssim, List<CellAgreement> cells,
      List<ExpertAgreement> expertAgreement) {
    this.rule = rule;
    this.experts = ImmutableList.copyOf(experts);
    this.ssim = ssim;
    this.cells = ImmutableList.copyOf(cells);
    this.expertAgreement = ImmutableList.copyOf(expertAgreement);
    this.kappa = fleissKappa(this.cells, experts.size());
  }

  private static double fleissKappa(List<CellAgreement> cells, int k) {
    long[] totals = new long[4];
    double sumP = 0;
    for (CellAgreement c : cells) {
      long squares = (long) c.v() * c.v() + (long) c.a() * c.a() + (long) c.x() * c.x()
          + (long) c.o() * c.o();
      sumP += (double) (squares - k) / ((double) k * (k - 1));
      totals[0] += c.v();
      totals[1] += c.a();
      totals[2] += c.x();
      totals[3] += c.o();
    }
    double ratings = (double) cells.size() * k;
    double pe = 0;
    for (long t : totals) {
      double p = t / ratings;
      pe += p * p;
    }
    double pBar = sumP / cells.size();
    if (pe >= 1) {
      return 1;
    }
    return (pBar - pe) / (1 - pe);
  }

  /**
   * Returns the Landis &amp; Koch (1977) reading of a kappa: {@code poor} below 0, {@code slight}
   * up to 0.20, {@code fair} up to 0.40, {@code moderate} up to 0.60, {@code substantial} up to
   * 0.80, {@code almost perfect} above.
   *
   * @param kappa a kappa value
   * @return the band's name
   */
  public static String landisKoch(double kappa) {
    if (kappa < 0) {
      return "poor";
    }
    if (kappa <= 0.20) {
      return "slight";
    }
    if (kappa <= 0.40) {
      return "fair";
    }
    if (kappa <= 0.60) {
      return "moderate";
    }
    if (kappa <= 0.80) {
      return "substantial";
    }
    return "almost perfect";
  }

  /**
   * Returns the rule that made the aggregate.
   *
   * @return the rule
   */
  public AggregationRule rule() {
    return rule;
  }

  /**
   * Returns the experts' names in panel order.
   *
   * @return an immutable list
   */
  public List<String> experts() {
    return experts;
  }

  /**
   * Returns the factors in the panel's order (the first expert's).
   *
   * @return the labels
   */
  public Labels factors() {
    return ssim.labels();
  }

  /**
   * Returns the aggregated SSIM.
   *
   * @return the SSIM the rule made
   */
  public Ssim ssim() {
    return ssim;
  }

  /**
   * Returns every cell (row, column), row &lt; column, row by row.
   *
   * @return an immutable list of n(n − 1)/2 cells
   */
  public List<CellAgreement> cells() {
    return cells;
  }

  /**
   * Returns the cell of two factors, in either order (the cell is always read from the factor
   * earlier in the panel's order).
   *
   * @param first a factor label
   * @param second another factor label
   * @return the cell
   * @throws IllegalArgumentException naming an unknown label, or when the labels are equal
   */
  public CellAgreement cell(String first, String second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    int i = factors().index(first);
    int j = factors().index(second);
    if (i == j) {
      throw new IllegalArgumentException("a factor has no cell with itself (factor " + first + ")");
    }
    int r = Math.min(i, j);
    int c = Math.max(i, j);
    int n = factors().size();
    return cells.get(r * (2 * n - r - 1) / 2 + (c - r - 1));
  }

  /**
   * Returns Fleiss' kappa over all cells with the four categories V, A, X and O (see the class
   * comment; 1 when the experts agree on every cell).
   *
   * @return κ, at most 1
   */
  public double fleissKappa() {
    return kappa;
  }

  /**
   * Returns the Landis &amp; Koch reading of {@link #fleissKappa()}.
   *
   * @return e.g. {@code "substantial"}
   */
  public String kappaReading() {
    return landisKoch(kappa);
  }

  /**
   * Returns, per expert in panel order, the share of cells equal to the aggregate.
   *
   * @return an immutable list, one entry per expert
   */
  public List<ExpertAgreement> expertAgreement() {
    return expertAgreement;
  }

  /**
   * Returns the cells where at least one expert wrote another symbol than the aggregate's, lowest
   * {@link CellAgreement#share() share} first, ties in cell order.
   *
   * @return an immutable snapshot; empty when every expert agrees on every cell
   */
  public List<CellAgreement> contested() {
    return cells.stream().filter(c -> c.count(c.symbol()) < c.experts())
        .sorted(Comparator.comparingDouble(CellAgreement::share))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the cells where the {@link AggregationRule#mode() mode} rule met a tie and fell back to
   * majority, in cell order.
   *
   * @return an immutable snapshot; always empty for the other rules
   */
  public List<CellAgreement> tied() {
    return cells.stream().filter(CellAgreement::tied).collect(ImmutableList.toImmutableList());
  }
}
