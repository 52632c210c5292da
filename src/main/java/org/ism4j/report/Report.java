package org.ism4j.report;

import org.ism4j.ssim.FactorNames;
import java.io.IOException;
import org.ism4j.reach.ReachabilityMatrix;

/**
 * A human-readable report of an ISM analysis, in the sections every format shares: overview,
 * factors, SSIM, IRM, FRM with transitive links as {@code 1*}, iteration tables, levels, cycles and
 * MICMAC with its split rule. Immutable; configure with the {@code with…} methods, which return a
 * new report of the same format. The formats are {@link TextReport} and {@link MarkdownReport}.
 *
 * @param <R> the report format
 */
public abstract class Report<R extends Report<R>> {
  final ReportData data;

  Report(ReportData data) {
    this.data = data;
  }

  /** Returns a report of this format over other data. */
  abstract R with(ReportData data);

  /**
   * Returns this report with display names for the factors.
   *
   * @param names label to name; factors without a name are shown by their label
   * @return a new report
   */
  public R withNames(FactorNames names) {
    return with(data.withNames(names));
  }

  /**
   * Returns this report with the name of what was analysed, shown in its title.
   *
   * @param source a file or example name, or null for none
   * @return a new report
   */
  public R withSource(String source) {
    return with(data.withSource(source));
  }

  /**
   * Returns this report stating the kind of input read.
   *
   * @param kind {@code "ssim"}, {@code "reachability"} (a 0/1 matrix), any other text shown as is,
   *     or null for unknown
   * @return a new report
   */
  public R withInputKind(String kind) {
    return with(data.withInput(kind));
  }

  /**
   * Returns this report with another size limit for the n×n matrices and iteration tables.
   *
   * @param maxFactors the largest model whose matrices are printed, at least 0
   * @return a new report
   */
  public R withMatrixLimit(int maxFactors) {
    return with(data.withMatrixLimit(maxFactors));
  }

  /**
   * Writes the report.
   *
   * @param out where to write; not closed or flushed
   * @throws IOException when writing fails
   */
  public void writeTo(Appendable out) throws IOException {
    out.append(render());
  }

  /**
   * Returns the report.
   *
   * @return the report, lines ending in {@code \n}
   */
  public final String render() {
    StringBuilder out = new StringBuilder();
    overview(out);
    if (data.showFactorTable()) {
      factors(out);
    }
    if (data.showMatrices()) {
      ssim(out);
      reachability(out, "Initial reachability matrix (IRM)", data.model.initialReachability(), false);
      reachability(out, "Final reachability matrix (FRM)", data.model.finalReachability(), true);
      iterations(out);
    } else {
      skipped(out);
    }
    levels(out);
    cycles(out);
    micmac(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  abstract void overview(StringBuilder out);

  abstract void factors(StringBuilder out);

  abstract void ssim(StringBuilder out);

  abstract void reachability(StringBuilder out, String title, ReachabilityMatrix m, boolean closure);

  abstract void iterations(StringBuilder out);

  /** The note that replaces the matrices and iteration tables of a large model. */
  abstract void skipped(StringBuilder out);

  abstract void levels(StringBuilder out);

  abstract void cycles(StringBuilder out);

  abstract void micmac(StringBuilder out);
}
