package org.ism4j.report;

import org.ism4j.internal.Words;
import org.ism4j.ssim.FactorNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ism4j.IsmModel;
import org.ism4j.level.Iteration;
import org.ism4j.level.PartitionDirection;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.Micmac;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Ssim;

/**
 * A Markdown (GitHub-flavoured, pipe tables) report of an ISM analysis: the same content as
 * {@link TextReport}: SSIM, IRM, FRM with transitive links as {@code 1*}, iteration tables, levels,
 * cycles and MICMAC with its split rule. Immutable; configure with the {@code with…} methods.
 *
 * <p>Models with more than {@link TextReport#DEFAULT_MATRIX_LIMIT} factors (see
 * {@link #withMatrixLimit(int)}) get a one-line note instead of the n×n matrices and the iteration
 * tables.
 */
public final class MarkdownReport extends Report<MarkdownReport> {
  private MarkdownReport(ReportData data) {
    super(data);
  }

  /**
   * Returns a report of a model, factors shown by their labels.
   *
   * @param model the analysed model
   * @return the report
   */
  public static MarkdownReport of(IsmModel model) {
    return new MarkdownReport(
        new ReportData(model, FactorNames.none(), null, null, TextReport.DEFAULT_MATRIX_LIMIT));
  }

  @Override
  MarkdownReport with(ReportData data) {
    return new MarkdownReport(data);
  }

  @Override
  void skipped(StringBuilder out) {
    out.append("\n## SSIM, reachability matrices and iteration tables\n\n")
        .append(capitalize(data.skippedNote())).append(".\n");
  }

  private static String escape(String s) {
    return Escape.markdown(s);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void table(StringBuilder out, List<String> headers, List<List<String>> rows, boolean[] right) {
    out.append('|');
    for (String h : headers) {
      out.append(' ').append(h).append(" |");
    }
    out.append("\n|");
    for (int c = 0; c < headers.size(); c++) {
      out.append(right != null && right[c] ? "---:|" : "---|");
    }
    out.append('\n');
    for (List<String> r : rows) {
      out.append('|');
      for (String cell : r) {
        out.append(' ').append(cell).append(" |");
      }
      out.append('\n');
    }
  }

  @Override
  void overview(StringBuilder out) {
    IsmModel m = data.model;
    out.append("# ISM analysis").append(data.source == null ? "" : " of " + escape(data.source)).append("\n\n");
    String input = data.inputDescription();
    out.append("- **Factors:** ").append(data.size())
        .append(input == null ? "" : ", read as " + (input.equals("SSIM") ? "an " : "a ") + input).append('\n');
    out.append("- **IRM:** ").append(Words.count(data.irmOnes(), "one", "ones"))
        .append(", diagonal included\n");
    out.append("- **FRM:** ").append(Words.count(data.frmOnes(), "one", "ones"))
        .append(": the full transitive closure adds ")
        .append(Words.count(data.transitiveLinkCount(), "transitive link", "transitive links"))
        .append(" (1*)\n");
    out.append("- **Levels:** ").append(m.levels().levelCount()).append('\n');
    out.append("- **Cycles:** ").append(data.cycleSentence()).append('\n');
    out.append("- **MICMAC:** split rule ").append(m.micmac().splitRule().label()).append(": ")
        .append(data.thresholds()).append('\n');
  }

  @Override
  void factors(StringBuilder out) {
    out.append("\n## Factors\n\n");
    boolean numbers = data.keyedByNumber() && data.showMatrices();
    boolean named = !data.names.isEmpty();
    List<String> headers = new ArrayList<>();
    if (numbers) {
      headers.add("#");
    }
    headers.add("Label");
    if (named) {
      headers.add("Name");
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
    table(out, headers, rows, null);
  }

  private void matrix(StringBuilder out, TextLayout.CellText cell) {
    List<String> keys = data.keys();
    List<String> headers = new ArrayList<>();
    headers.add("");
    for (String k : keys) {
      headers.add(escape(k));
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      List<String> r = new ArrayList<>();
      r.add("**" + escape(keys.get(i)) + "**");
      for (int j = 0; j < keys.size(); j++) {
        r.add(cell.at(i, j));
      }
      rows.add(r);
    }
    table(out, headers, rows, null);
  }

  @Override
  void ssim(StringBuilder out) {
    out.append("\n## Structural self-interaction matrix (SSIM)\n\n")
        .append("Row i, column j: V i influences j, A j influences i, X both, O neither.\n\n");
    Ssim s = data.model.ssim();
    matrix(out, (i, j) -> j > i ? String.valueOf(s.relation(i, j).symbol()) : "");
  }

  @Override
  void reachability(StringBuilder out, String title, ReachabilityMatrix m, boolean closure) {
    out.append("\n## ").append(title).append("\n\n");
    out.append(closure
        ? "1* = transitive link: added by the full transitive closure, 0 in the IRM.\n\n"
        : "Row i, column j: 1 when i reaches j directly (V or X); the diagonal is 1.\n\n");
    matrix(out, m::cell);
  }

  @Override
  void iterations(StringBuilder out) {
    out.append("\n## Level partition: iteration tables\n\n")
        .append("R(i) reachability set, A(i) antecedent set, both including i and restricted to the "
            + "factors not yet assigned; a factor gets the iteration's level when "
            + (data.model.levels().direction() == PartitionDirection.CAUSE_FIRST
                ? "R(i) ∩ A(i) = A(i) (cause-first: the bottom level first; levels are numbered from the top).\n"
                : "R(i) ∩ A(i) = R(i).\n"));
    boolean numbers = data.keyedByNumber();
    List<String> keys = data.keys();
    List<String> headers = List.of("Factor", "Reachability set R(i)", "Antecedent set A(i)",
        "Intersection R(i) ∩ A(i)", "Level");
    for (Iteration it : data.model.levels().iterations()) {
      out.append("\n### Iteration ").append(it.number())
          .append(it.number() == it.level() ? "" : " (level " + it.level() + ")").append("\n\n");
      List<List<String>> rows = new ArrayList<>();
      for (Iteration.Row r : it.rows()) {
        rows.add(List.of(key(r.factor(), numbers, keys), keyList(r.reachabilitySet(), numbers, keys),
            keyList(r.antecedentSet(), numbers, keys), keyList(r.intersection(), numbers, keys),
            r.level().isPresent() ? Integer.toString(r.level().getAsInt()) : ""));
      }
      table(out, headers, rows, null);
    }
  }

  private String key(String label, boolean numbers, List<String> keys) {
    return escape(data.key(label, numbers, keys));
  }

  private String keyList(List<String> labels, boolean numbers, List<String> keys) {
    return data.keyList(labels, numbers, keys, Escape::markdown);
  }

  @Override
  void levels(StringBuilder out) {
    out.append("\n## Levels\n\n")
        .append("Level 1 is the top of the digraph; the highest level holds the root drivers.")
        .append(data.model.levels().direction() == PartitionDirection.CAUSE_FIRST
            ? " Levels by the cause-first rule R(i) ∩ A(i) = A(i), numbered from the top.\n\n" : "\n\n");
    boolean named = !data.names.isEmpty();
    List<List<String>> rows = new ArrayList<>();
    List<Set<String>> levels = data.model.levels().levels();
    for (int l = 0; l < levels.size(); l++) {
      if (named) {
        boolean first = true;
        for (String label : levels.get(l)) {
          rows.add(List.of(first ? Integer.toString(l + 1) : "", escape(label),
              escape(data.name(label))));
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
    table(out, named ? List.of("Level", "Factor", "Name") : List.of("Level", "Factors"), rows,
        named ? new boolean[] {true, false, false} : new boolean[] {true, false});
  }

  @Override
  void cycles(StringBuilder out) {
    out.append("\n## Cycles (strongly connected components)\n\n")
        .append(capitalize(data.cycleSentence())).append(".\n");
    List<int[]> cycles = data.cycles();
    if (cycles.isEmpty() || data.oneCycle()) {
      return;
    }
    out.append('\n');
    List<List<String>> rows = new ArrayList<>();
    int k = 1;
    for (int[] c : cycles) {
      rows.add(List.of(Integer.toString(k++), Integer.toString(data.levelOf(c)), Integer.toString(c.length),
          TextLayout.list(c, i -> escape(data.labels().get(i)))));
    }
    table(out, List.of("Cycle", "Level", "Size", "Factors"), rows, new boolean[] {true, true, true, false});
  }

  @Override
  void micmac(StringBuilder out) {
    Micmac m = data.model.micmac();
    out.append("\n## MICMAC analysis\n\n")
        .append("Split rule **").append(m.splitRule().label()).append("**: ").append(data.thresholds())
        .append(". Driving power = FRM row sum, dependence power = FRM column sum, both counting the "
            + "factor itself.\n\n");
    List<String> counts = new ArrayList<>();
    for (Cluster c : Cluster.values()) {
      counts.add(c.roman() + " " + c.displayName() + ": " + m.factorsIn(c).size());
    }
    out.append("Clusters: ").append(String.join(", ", counts)).append(".\n\n");
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
    table(out, named ? List.of("Factor", "Name", "Driving", "Dependence", "Cluster")
            : List.of("Factor", "Driving", "Dependence", "Cluster"), rows,
        named ? new boolean[] {false, false, true, true, false} : new boolean[] {false, true, true, false});
  }
}
