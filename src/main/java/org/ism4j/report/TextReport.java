package org.ism4j.report;

import org.ism4j.internal.Words;
import org.ism4j.ssim.FactorNames;
import java.util.List;
import org.ism4j.internal.TextMetrics;
import java.util.function.UnaryOperator;
import org.ism4j.IsmModel;
import org.ism4j.level.Iteration;
import org.ism4j.level.PartitionDirection;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.Micmac;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Ssim;

/**
 * A plain-text report of an ISM analysis, laid out for a 100-column terminal: the SSIM, the initial
 * and final reachability matrices (transitive links printed {@code 1*}), the textbook iteration
 * tables, the levels, the cycles and the MICMAC table with its split rule. Immutable; configure with
 * the {@code with…} methods.
 *
 * <pre>{@code
 * String text = TextReport.of(model).withNames(FactorNames.parse(namesTsv)).render();
 * }</pre>
 *
 * <p>Models with more than {@link #DEFAULT_MATRIX_LIMIT} factors (see {@link #withMatrixLimit(int)})
 * get a one-line note instead of the n×n matrices and the iteration tables.
 */
public final class TextReport extends Report<TextReport> {
  /** Matrices and iteration tables are printed for models up to this many factors by default. */
  public static final int DEFAULT_MATRIX_LIMIT = 60;

  /** The width the report is laid out for. */
  static final int WIDTH = 100;
  private static final String INDENT = "  ";

  private TextReport(ReportData data) {
    super(data);
  }

  /**
   * Returns a report of a model, factors shown by their labels.
   *
   * @param model the analysed model
   * @return the report
   */
  public static TextReport of(IsmModel model) {
    return new TextReport(new ReportData(model, FactorNames.none(), null, null, DEFAULT_MATRIX_LIMIT));
  }

  @Override
  TextReport with(ReportData data) {
    return new TextReport(data);
  }

  /**
   * Returns the MICMAC part of the report alone, under a title naming the source: the split rule
   * and its thresholds, the cluster counts and each factor's powers and cluster.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String renderMicmac() {
    StringBuilder out = new StringBuilder();
    String title = "MICMAC analysis" + (data.source == null ? "" : " of " + data.source);
    out.append(title).append('\n').append("=".repeat(TextMetrics.columns(title))).append('\n');
    StringBuilder section = new StringBuilder();
    micmac(section);
    // drop the section heading: the title says it
    String[] lines = section.toString().split("\n", -1);
    for (int k = 3; k < lines.length; k++) {
      out.append(lines[k]);
      if (k < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  @Override
  void skipped(StringBuilder out) {
    section(out, "SSIM, reachability matrices and iteration tables");
    out.append(INDENT).append(data.skippedNote()).append('\n');
  }

  @Override
  void overview(StringBuilder out) {
    IsmModel m = data.model;
    String title = "ISM analysis" + (data.source == null ? "" : " of " + data.source);
    out.append(title).append('\n').append("=".repeat(TextMetrics.columns(title))).append('\n');
    TextLayout.Table t = new TextLayout.Table("", "").wrap(1);
    String input = data.inputDescription();
    t.row("factors", data.size() + (input == null ? "" : ", read as " + (input.equals("SSIM") ? "an " : "a ")
        + input));
    t.row("IRM", Words.count(data.irmOnes(), "one", "ones") + ", diagonal included");
    t.row("FRM", Words.count(data.frmOnes(), "one", "ones") + ": the full transitive closure adds "
        + Words.count(data.transitiveLinkCount(), "transitive link", "transitive links") + " (1*)");
    t.row("levels", Integer.toString(m.levels().levelCount()));
    t.row("cycles", data.cycleSentence());
    t.row("MICMAC", "split rule " + m.micmac().splitRule().label() + ": " + data.thresholds());
    StringBuilder table = new StringBuilder();
    t.render(table, INDENT, WIDTH);
    // the header and rule lines of a key/value table carry nothing
    String[] lines = table.toString().split("\n", -1);
    for (int k = 2; k < lines.length; k++) {
      if (!lines[k].isEmpty()) {
        out.append(lines[k]).append('\n');
      }
    }
  }

  private static void section(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("-".repeat(TextMetrics.columns(title))).append('\n');
  }

  @Override
  void factors(StringBuilder out) {
    section(out, "Factors");
    boolean numbers = data.keyedByNumber() && data.showMatrices();
    boolean named = !data.names.isEmpty();
    TextLayout.Table t = numbers
        ? new TextLayout.Table("#", "label", "name").alignRight(0).wrap(1).wrap(2)
        : new TextLayout.Table("label", "name").wrap(0).wrap(1);
    for (int i = 0; i < data.size(); i++) {
      String label = data.labels().get(i);
      String name = named ? data.name(label) : "";
      if (numbers) {
        t.row(Integer.toString(i + 1), label, name);
      } else {
        t.row(label, name);
      }
    }
    t.render(out, INDENT, WIDTH);
  }

  @Override
  void ssim(StringBuilder out) {
    section(out, "Structural self-interaction matrix (SSIM)");
    out.append(INDENT).append("row i, column j: V i influences j, A j influences i, X both, O neither\n\n");
    Ssim s = data.model.ssim();
    TextLayout.matrix(out, INDENT, data.keys(), 1,
        (i, j) -> j > i ? String.valueOf(s.relation(i, j).symbol()) : "", WIDTH);
  }

  @Override
  void reachability(StringBuilder out, String title, ReachabilityMatrix m, boolean closure) {
    section(out, title);
    if (closure) {
      out.append(INDENT).append("1* = transitive link: added by the full transitive closure, 0 in the IRM\n\n");
    } else {
      out.append(INDENT).append("row i, column j: 1 when i reaches j directly (V or X), diagonal 1\n\n");
    }
    TextLayout.matrix(out, INDENT, data.keys(), closure ? 2 : 1, m::cell, WIDTH);
  }

  @Override
  void iterations(StringBuilder out) {
    section(out, "Level partition: iteration tables");
    out.append(INDENT).append("R(i) reachability set, A(i) antecedent set, both including i and restricted to\n");
    if (data.model.levels().direction() == PartitionDirection.CAUSE_FIRST) {
      out.append(INDENT).append("the factors not yet assigned; level when R(i) ∩ A(i) = A(i) (cause-first: the\n")
          .append(INDENT).append("bottom level first; levels are numbered from the top)\n");
    } else {
      out.append(INDENT).append("the factors not yet assigned; level when R(i) ∩ A(i) = R(i)\n");
    }
    List<String> keys = data.keys();
    boolean numbers = data.keyedByNumber();
    for (Iteration it : data.model.levels().iterations()) {
      out.append('\n').append(INDENT).append("Iteration ").append(it.number())
          .append(it.number() == it.level() ? "" : " (level " + it.level() + ")").append('\n');
      TextLayout.Table t = new TextLayout.Table("factor", "reachability set R(i)", "antecedent set A(i)",
          "intersection R(i) ∩ A(i)", "level").wrap(1).wrap(2).wrap(3);
      for (Iteration.Row r : it.rows()) {
        t.row(key(r.factor(), numbers, keys), keyList(r.reachabilitySet(), numbers, keys),
            keyList(r.antecedentSet(), numbers, keys), keyList(r.intersection(), numbers, keys),
            r.level().isPresent() ? Integer.toString(r.level().getAsInt()) : "");
      }
      t.render(out, INDENT, WIDTH);
    }
  }

  private String key(String label, boolean numbers, List<String> keys) {
    return data.key(label, numbers, keys);
  }

  private String keyList(List<String> labels, boolean numbers, List<String> keys) {
    return data.keyList(labels, numbers, keys, UnaryOperator.identity());
  }

  @Override
  void levels(StringBuilder out) {
    section(out, "Levels");
    out.append(INDENT).append("level 1 is the top of the digraph; the highest level holds the root drivers\n");
    if (data.model.levels().direction() == PartitionDirection.CAUSE_FIRST) {
      out.append(INDENT).append("levels by the cause-first rule R(i) ∩ A(i) = A(i), numbered from the top\n");
    }
    out.append('\n');
    boolean named = !data.names.isEmpty();
    TextLayout.Table t = named
        ? new TextLayout.Table("level", "factor", "name").alignRight(0).wrap(1).wrap(2)
        : new TextLayout.Table("level", "factors").alignRight(0).wrap(1);
    List<java.util.Set<String>> levels = data.model.levels().levels();
    for (int l = 0; l < levels.size(); l++) {
      if (named) {
        boolean first = true;
        for (String label : levels.get(l)) {
          t.row(first ? Integer.toString(l + 1) : "", label, data.name(label));
          first = false;
        }
      } else {
        t.row(Integer.toString(l + 1), String.join(", ", levels.get(l)));
      }
    }
    t.render(out, INDENT, WIDTH);
  }

  @Override
  void cycles(StringBuilder out) {
    section(out, "Cycles (strongly connected components)");
    for (String line : TextLayout.wrap(data.cycleSentence(), WIDTH - INDENT.length())) {
      out.append(INDENT).append(line).append('\n');
    }
    List<int[]> cycles = data.cycles();
    if (cycles.isEmpty() || data.oneCycle()) {
      return;
    }
    out.append('\n');
    TextLayout.Table t = new TextLayout.Table("cycle", "level", "size", "factors")
        .alignRight(0).alignRight(1).alignRight(2).wrap(3);
    int k = 1;
    for (int[] c : cycles) {
      t.row(Integer.toString(k++), Integer.toString(data.levelOf(c)), Integer.toString(c.length),
          TextLayout.list(c, i -> data.labels().get(i)));
    }
    t.render(out, INDENT, WIDTH);
  }

  @Override
  void micmac(StringBuilder out) {
    Micmac m = data.model.micmac();
    section(out, "MICMAC analysis");
    String rule = "split rule " + m.splitRule().label() + ": " + data.thresholds()
        + "; driving power = FRM row sum, dependence power = FRM column sum, both counting the factor itself";
    for (String line : TextLayout.wrap(rule, WIDTH - INDENT.length())) {
      out.append(INDENT).append(line).append('\n');
    }
    StringBuilder counts = new StringBuilder();
    for (Cluster c : Cluster.values()) {
      if (counts.length() > 0) {
        counts.append(", ");
      }
      counts.append(c.roman()).append(' ').append(c.displayName()).append(' ')
          .append(m.factorsIn(c).size());
    }
    out.append(INDENT).append("clusters: ").append(counts).append("\n\n");
    boolean named = !data.names.isEmpty();
    TextLayout.Table t = named
        ? new TextLayout.Table("factor", "name", "driving", "dependence", "cluster").wrap(0).wrap(1)
            .alignRight(2).alignRight(3)
        : new TextLayout.Table("factor", "driving", "dependence", "cluster").wrap(0).alignRight(1)
            .alignRight(2);
    for (int i = 0; i < data.size(); i++) {
      String label = data.labels().get(i);
      Cluster c = m.cluster(i);
      String cluster = c.roman() + " " + c.displayName();
      if (named) {
        t.row(label, data.name(label), Integer.toString(m.drivingPower(i)),
            Integer.toString(m.dependencePower(i)), cluster);
      } else {
        t.row(label, Integer.toString(m.drivingPower(i)), Integer.toString(m.dependencePower(i)), cluster);
      }
    }
    t.render(out, INDENT, WIDTH);
  }
}
