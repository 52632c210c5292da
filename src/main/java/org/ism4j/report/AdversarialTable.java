package org.ism4j.report;

import java.util.ArrayList;
import java.util.List;
import org.ism4j.internal.TextMetrics;
import org.ism4j.level.AdversarialPartition;
import org.ism4j.level.LevelPartition;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Labels;

/**
 * The adversarial view as a report section: per factor its result-first and cause-first level (both
 * numbered from the top) and whether it is fixed or movable, as plain text or Markdown, to append to
 * an analysis report. Stateless.
 */
public final class AdversarialTable {
  private static final String TITLE = "Levels: result-first and cause-first";
  private static final String NOTE = "result-first: R(i) ∩ A(i) = R(i), top level first (Warfield); "
      + "cause-first: R(i) ∩ A(i) = A(i), bottom level first; both numbered from the top. A fixed "
      + "factor is on the same level under both rules (it lies on a longest chain); a movable one "
      + "can be put on any level between the two.";

  private AdversarialTable() {}

  /**
   * Writes the section as plain text, in the layout of {@link TextReport}.
   *
   * @param p both partitions
   * @param names display names (none for labels alone)
   * @return the section, starting with a blank line
   */
  public static String text(AdversarialPartition p, FactorNames names) {
    StringBuilder out = new StringBuilder();
    out.append('\n').append(TITLE).append('\n').append("-".repeat(TextMetrics.columns(TITLE))).append('\n');
    for (String line : TextLayout.wrap(NOTE, TextReport.WIDTH - 2)) {
      out.append("  ").append(line).append('\n');
    }
    out.append('\n');
    TextLayout.Table t = new TextLayout.Table("factor", "result-first", "cause-first", "")
        .alignRight(1).alignRight(2).wrap(0);
    for (List<String> row : rows(p, names)) {
      t.row(row.toArray(new String[0]));
    }
    t.render(out, "  ", TextReport.WIDTH);
    out.append('\n').append("  ").append(summary(p)).append('\n');
    return out.toString();
  }

  /**
   * Writes the section as Markdown, in the layout of {@link MarkdownReport}.
   *
   * @param p both partitions
   * @param names display names (none for labels alone)
   * @return the section, starting with a blank line
   */
  public static String markdown(AdversarialPartition p, FactorNames names) {
    StringBuilder out = new StringBuilder();
    out.append("\n## ").append(TITLE).append("\n\n").append(Escape.markdown(NOTE)).append("\n\n");
    out.append("| Factor | Result-first | Cause-first | |\n| --- | ---: | ---: | --- |\n");
    for (List<String> row : rows(p, names)) {
      out.append("| ").append(Escape.markdown(row.get(0))).append(" | ").append(row.get(1))
          .append(" | ").append(row.get(2)).append(" | ").append(row.get(3)).append(" |\n");
    }
    out.append('\n').append(Escape.markdown(summary(p))).append('\n');
    return out.toString();
  }

  private static List<List<String>> rows(AdversarialPartition p, FactorNames names) {
    LevelPartition rf = p.resultFirst();
    LevelPartition cf = p.causeFirst();
    Labels labels = p.labels();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      int a = rf.levelOf(i);
      int b = cf.levelOf(i);
      rows.add(List.of(names.display(labels.get(i)), Integer.toString(a), Integer.toString(b),
          a == b ? "fixed" : "movable (levels " + a + "\u2013" + b + ")"));
    }
    return rows;
  }

  private static String summary(AdversarialPartition p) {
    int movable = p.movable().size();
    int n = p.labels().size();
    return (n - movable) + " of " + n + " factors fixed, " + movable + " movable, over "
        + p.levelCount() + (p.levelCount() == 1 ? " level." : " levels.");
  }
}
