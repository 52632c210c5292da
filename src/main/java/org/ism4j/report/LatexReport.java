package org.ism4j.report;

import org.ism4j.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ism4j.IsmModel;
import org.ism4j.level.Iteration;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.Micmac;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Ssim;

/**
 * The analysis as LaTeX tables for a paper: the SSIM, the IRM, the FRM with its transitive links
 * ({@code 1*}), the iteration tables, the levels and MICMAC (and the factors, when they are
 * numbered or named), each a {@code table} environment with booktabs rules, a caption and a label
 * ({@code tab:ism-ssim}, {@code tab:ism-irm}, {@code tab:ism-frm}, {@code tab:ism-iteration-1}, …,
 * {@code tab:ism-levels}, {@code tab:ism-micmac}, {@code tab:ism-factors}) that the paper can
 * <code>&#92;ref</code>. Labels and names are escaped for LaTeX. The output is a fragment to
 * <code>&#92;input</code>; the preamble needs <code>&#92;usepackage{booktabs}</code>. Immutable.
 *
 * <pre>{@code
 * Files.writeString(Path.of("ism-tables.tex"), LatexReport.of(model).withNames(names).render());
 * }</pre>
 */
public final class LatexReport extends Report<LatexReport> {
  private LatexReport(ReportData data) {
    super(data);
  }

  /**
   * Returns the tables of a model, factors shown by their labels.
   *
   * @param model the analysed model
   * @return the report
   */
  public static LatexReport of(IsmModel model) {
    return new LatexReport(
        new ReportData(model, FactorNames.none(), null, null, TextReport.DEFAULT_MATRIX_LIMIT));
  }

  @Override
  LatexReport with(ReportData data) {
    return new LatexReport(data);
  }

  private static String escape(String s) {
    return Escape.latex(s);
  }

  /**
   * One table: caption, label, column spec (l, c, r or p{…}), a header row and the rows; cells
   * are LaTeX already.
   */
  private static void table(StringBuilder out, String caption, String label, String spec,
      List<String> headers, List<List<String>> rows) {
    out.append("\n\\begin{table}[htbp]\n\\centering\n\\small\n")
        .append("\\caption{").append(caption).append("}\n")
        .append("\\label{tab:ism-").append(label).append("}\n")
        .append("\\begin{tabular}{").append(spec).append("}\n\\toprule\n");
    out.append(String.join(" & ", headers)).append(" \\\\\n\\midrule\n");
    for (List<String> r : rows) {
      out.append(String.join(" & ", r)).append(" \\\\\n");
    }
    out.append("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
  }

  @Override
  void overview(StringBuilder out) {
    IsmModel m = data.model;
    out.append("% ISM analysis").append(data.source == null ? "" : " of " + oneLine(data.source))
        .append(", written by ism4j; needs \\usepackage{booktabs}\n");
    out.append("% ").append(Words.count(data.size(), "factor", "factors")).append(", ")
        .append(Words.count(m.levels().levelCount(), "level", "levels")).append(", ")
        .append(Words.count(data.transitiveLinkCount(), "transitive link", "transitive links"))
        .append("; MICMAC split rule ").append(m.micmac().splitRule().label()).append('\n');
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  void skipped(StringBuilder out) {
    out.append("% ").append(data.skippedNote()).append('\n');
  }

  @Override
  void factors(StringBuilder out) {
    boolean numbers = data.keyedByNumber() && data.showMatrices();
    boolean named = !data.names.isEmpty();
    List<String> headers = new ArrayList<>();
    StringBuilder spec = new StringBuilder();
    if (numbers) {
      headers.add("\\#");
      spec.append('r');
    }
    headers.add("Label");
    spec.append('l');
    if (named) {
      headers.add("Name");
      spec.append('l');
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      List<String> r = new ArrayList<>();
      String label = data.labels().get(i);
      if (numbers) {
        r.add(Integer.toString(i + 1));
      }
      r.add(escape(label));
      if (named) {
        r.add(escape(data.name(label)));
      }
      rows.add(r);
    }
    table(out, "Factors", "factors", spec.toString(), headers, rows);
  }

  private void matrix(StringBuilder out, String caption, String label, TextLayout.CellText cell) {
    List<String> keys = data.keys();
    List<String> headers = new ArrayList<>();
    headers.add("");
    for (String k : keys) {
      headers.add(escape(k));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      List<String> r = new ArrayList<>();
      r.add(escape(keys.get(i)));
      for (int j = 0; j < keys.size(); j++) {
        r.add(cell.at(i, j));
      }
      rows.add(r);
    }
    table(out, caption, label, "l" + "c".repeat(keys.size()), headers, rows);
  }

  @Override
  void ssim(StringBuilder out) {
    Ssim s = data.model.ssim();
    matrix(out, "Structural self-interaction matrix (SSIM): row $i$, column $j$: V $i$ influences"
        + " $j$, A $j$ influences $i$, X both, O neither", "ssim",
        (i, j) -> j > i ? String.valueOf(s.relation(i, j).symbol()) : "");
  }

  @Override
  void reachability(StringBuilder out, String title, ReachabilityMatrix m, boolean closure) {
    String caption = closure
        ? "Final reachability matrix (FRM); 1* is a transitive link, added by the full transitive"
            + " closure"
        : "Initial reachability matrix (IRM)";
    matrix(out, caption, closure ? "frm" : "irm", m::cell);
  }

  @Override
  void iterations(StringBuilder out) {
    boolean numbers = data.keyedByNumber();
    List<String> keys = data.keys();
    List<String> headers = List.of("Factor", "Reachability set $R(i)$", "Antecedent set $A(i)$",
        "Intersection $R(i) \\cap A(i)$", "Level");
    for (Iteration it : data.model.levels().iterations()) {
      List<List<String>> rows = new ArrayList<>();
      for (Iteration.Row r : it.rows()) {
        rows.add(List.of(escape(data.key(r.factor(), numbers, keys)),
            data.keyList(r.reachabilitySet(), numbers, keys, Escape::latex),
            data.keyList(r.antecedentSet(), numbers, keys, Escape::latex),
            data.keyList(r.intersection(), numbers, keys, Escape::latex),
            r.level().isPresent() ? Integer.toString(r.level().getAsInt()) : ""));
      }
      table(out, String.format(Locale.ROOT, "Level partition, iteration %d", it.number()),
          "iteration-" + it.number(), "lp{0.22\\linewidth}p{0.22\\linewidth}p{0.22\\linewidth}c",
          headers, rows);
    }
  }

  @Override
  void levels(StringBuilder out) {
    boolean named = !data.names.isEmpty();
    List<List<String>> rows = new ArrayList<>();
    List<Set<String>> levels = data.model.levels().levels();
    for (int l = 0; l < levels.size(); l++) {
      if (named) {
        boolean first = true;
        for (String label : levels.get(l)) {
          rows.add(List.of(first ? Integer.toString(l + 1) : "", escape(label), escape(data.name(label))));
          first = false;
        }
      } else {
        List<String> escaped = new ArrayList<>();
        for (String label : levels.get(l)) {
          escaped.add(escape(label));
        }
        rows.add(List.of(Integer.toString(l + 1), String.join(", ", escaped)));
      }
    }
    table(out, "Levels (level 1 is the top of the digraph)", "levels",
        named ? "rll" : "rp{0.7\\linewidth}",
        named ? List.of("Level", "Factor", "Name") : List.of("Level", "Factors"), rows);
  }

  @Override
  void cycles(StringBuilder out) {
    out.append("% cycles: ").append(data.cycleSentence()).append('\n');
  }

  @Override
  void micmac(StringBuilder out) {
    Micmac m = data.model.micmac();
    boolean named = !data.names.isEmpty();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      String label = data.labels().get(i);
      Cluster c = m.cluster(i);
      List<String> r = new ArrayList<>();
      r.add(escape(label));
      if (named) {
        r.add(escape(data.name(label)));
      }
      r.add(Integer.toString(m.drivingPower(i)));
      r.add(Integer.toString(m.dependencePower(i)));
      r.add(c.roman() + " " + c.displayName());
      rows.add(r);
    }
    table(out, "MICMAC analysis, split rule " + escape(m.splitRule().label()) + ": "
            + escape(data.thresholds()), "micmac", named ? "llrrl" : "lrrl",
        named ? List.of("Factor", "Name", "Driving", "Dependence", "Cluster")
            : List.of("Factor", "Driving", "Dependence", "Cluster"), rows);
  }
}
