package org.ism4j.report;

import static org.ism4j.internal.Words.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ism4j.audit.Audit;
import org.ism4j.audit.Cause;
import org.ism4j.audit.Finding;
import org.ism4j.audit.PublishedTables;
import org.ism4j.audit.PublishedTables.Part;

/**
 * Writes an {@link Audit} as a Markdown or HTML report: the verdict, the summary paragraph and the
 * ranked diagnosis (root causes) first, then what was published, the
 * findings table with each finding's message, the published and computed levels side by side, and
 * every cycle the published levels split with its feedback links and the levels that would result.
 * For JSON see {@link org.ism4j.export.AuditJson}.
 */
public final class AuditReport {
  /** Lists of cells longer than this are shortened in the findings table. */
  private static final int MAX_CELLS = 8;

  private AuditReport() {}

  /**
   * Returns the report as GitHub-flavoured Markdown.
   *
   * @param audit the audit
   * @return the report, lines ending in {@code \n}
   */
  public static String markdown(Audit audit) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Reproduction audit\n\n");
    sb.append("**Verdict: ").append(audit.verdictText()).append("** (")
        .append(count(audit.findings().size(), "finding")).append(").\n\n");
    sb.append(md(audit.summary())).append("\n\n");
    if (!audit.diagnosis().isEmpty()) {
      sb.append("## Diagnosis\n\n");
      int k = 1;
      for (Cause c : audit.diagnosis()) {
        sb.append(k++).append(". `").append(c.id()).append("`: ").append(md(c.message()))
            .append('\n');
      }
      sb.append("\n## Published tables\n\n");
    }
    for (String line : context(audit)) {
      sb.append("- ").append(md(line)).append('\n');
    }
    sb.append('\n');
    if (!audit.findings().isEmpty()) {
      sb.append("## Findings\n\n");
      sb.append("| # | kind | factors | cells | published | computed | explanation |\n");
      sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
      int k = 1;
      for (Finding f : audit.findings()) {
        sb.append("| ").append(k++).append(" | `").append(f.kind().id()).append("` | ")
            .append(md(String.join(", ", f.factors()))).append(" | ").append(md(cells(f)))
            .append(" | ").append(md(f.published())).append(" | ").append(md(f.computed()))
            .append(" | ").append(md(f.explanation().orElse(""))).append(" |\n");
      }
      sb.append('\n');
      k = 1;
      for (Finding f : audit.findings()) {
        sb.append(k++).append(". **").append(f.kind().id()).append("**: ").append(md(f.message()));
        f.explanation().ifPresent(e -> sb.append(" *Explanation:* ").append(md(e)).append('.'));
        sb.append('\n');
      }
      sb.append('\n');
    }
    if (audit.hasPublishedLevels()) {
      sb.append("## Levels: published and computed\n\n");
      sb.append("| factor | published | computed (FRM) | IRM, no closure |\n");
      sb.append("| --- | --- | --- | --- |\n");
      for (String[] row : levelRows(audit)) {
        sb.append("| ").append(md(row[0])).append(" | ").append(row[1]).append(" | ")
            .append(row[2]).append(" | ").append(row[3]).append(" |\n");
      }
      sb.append('\n');
    }
    for (Audit.Cycle c : audit.cycles()) {
      sb.append("## Cycle of ").append(c.members().size()).append(" factors\n\n");
      sb.append("- Members: ").append(md(String.join(", ", c.members()))).append('\n');
      sb.append("- A closed walk through it: ").append(md(String.join(" → ", c.walk())))
          .append('\n');
      if (!c.levelsWithoutFeedback().isEmpty()) {
        sb.append("- Feedback links (").append(c.exact() ? "exact minimum" : "Eades–Lin–Smyth"
            + " heuristic, minimal").append(", ").append(c.feedbackLinks().size()).append("): ")
            .append(md(links(c))).append("\n\n");
        sb.append("Levels with the feedback links removed:\n\n");
        sb.append("| level | factors |\n| --- | --- |\n");
        for (int l = 0; l < c.levelsWithoutFeedback().size(); l++) {
          sb.append("| ").append(l + 1).append(" | ")
              .append(md(String.join(", ", c.levelsWithoutFeedback().get(l)))).append(" |\n");
        }
      } else {
        sb.append("- Too large for a feedback-link search (more than ")
            .append(Audit.FEEDBACK_LIMIT).append(" factors)\n");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns the report as a standalone HTML page.
   *
   * @param audit the audit
   * @return the page, UTF-8, lines ending in {@code \n}
   */
  public static String html(Audit audit) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<title>Reproduction audit</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}\n")
        .append("table{border-collapse:collapse;margin:1rem 0}\n")
        .append("th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;"
            + "vertical-align:top}\n")
        .append("th{background:#eee}\n.differs{background:#fde2e2}\n")
        .append("</style>\n</head>\n<body>\n");
    sb.append("<h1>Reproduction audit</h1>\n");
    sb.append("<p><strong>Verdict: ").append(h(audit.verdictText())).append("</strong> (")
        .append(count(audit.findings().size(), "finding")).append(").</p>\n");
    sb.append("<p>").append(h(audit.summary())).append("</p>\n");
    if (!audit.diagnosis().isEmpty()) {
      sb.append("<h2>Diagnosis</h2>\n<ol>\n");
      for (Cause c : audit.diagnosis()) {
        sb.append("<li><code>").append(c.id()).append("</code>: ").append(h(c.message()))
            .append("</li>\n");
      }
      sb.append("</ol>\n<h2>Published tables</h2>\n");
    }
    sb.append("<ul>\n");
    for (String line : context(audit)) {
      sb.append("<li>").append(h(line)).append("</li>\n");
    }
    sb.append("</ul>\n");
    if (!audit.findings().isEmpty()) {
      sb.append("<h2>Findings</h2>\n<table>\n<tr><th>#</th><th>kind</th><th>factors</th>"
          + "<th>cells</th><th>published</th><th>computed</th><th>explanation</th></tr>\n");
      int k = 1;
      for (Finding f : audit.findings()) {
        sb.append("<tr><td>").append(k++).append("</td><td><code>").append(f.kind().id())
            .append("</code></td><td>").append(h(String.join(", ", f.factors())))
            .append("</td><td>").append(h(cells(f))).append("</td><td>").append(h(f.published()))
            .append("</td><td>").append(h(f.computed())).append("</td><td>")
            .append(h(f.explanation().orElse(""))).append("</td></tr>\n");
      }
      sb.append("</table>\n<ol>\n");
      for (Finding f : audit.findings()) {
        sb.append("<li><strong>").append(f.kind().id()).append("</strong>: ")
            .append(h(f.message()));
        f.explanation().ifPresent(e -> sb.append(" <em>Explanation:</em> ").append(h(e)).append('.'));
        sb.append("</li>\n");
      }
      sb.append("</ol>\n");
    }
    if (audit.hasPublishedLevels()) {
      sb.append("<h2>Levels: published and computed</h2>\n<table>\n<tr><th>factor</th>"
          + "<th>published</th><th>computed (FRM)</th><th>IRM, no closure</th></tr>\n");
      for (String[] row : levelRows(audit)) {
        boolean differs = !row[1].equals(row[2]);
        sb.append(differs ? "<tr class=\"differs\">" : "<tr>").append("<td>").append(h(row[0]))
            .append("</td><td>").append(row[1]).append("</td><td>").append(row[2])
            .append("</td><td>").append(row[3]).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    for (Audit.Cycle c : audit.cycles()) {
      sb.append("<h2>Cycle of ").append(c.members().size()).append(" factors</h2>\n<ul>\n");
      sb.append("<li>Members: ").append(h(String.join(", ", c.members()))).append("</li>\n");
      sb.append("<li>A closed walk through it: ").append(h(String.join(" → ", c.walk())))
          .append("</li>\n");
      if (!c.levelsWithoutFeedback().isEmpty()) {
        sb.append("<li>Feedback links (").append(c.exact() ? "exact minimum"
            : "Eades–Lin–Smyth heuristic, minimal").append(", ").append(c.feedbackLinks().size())
            .append("): ").append(h(links(c))).append("</li>\n</ul>\n");
        sb.append("<p>Levels with the feedback links removed:</p>\n<table>\n"
            + "<tr><th>level</th><th>factors</th></tr>\n");
        for (int l = 0; l < c.levelsWithoutFeedback().size(); l++) {
          sb.append("<tr><td>").append(l + 1).append("</td><td>")
              .append(h(String.join(", ", c.levelsWithoutFeedback().get(l))))
              .append("</td></tr>\n");
        }
        sb.append("</table>\n");
      } else {
        sb.append("<li>Too large for a feedback-link search</li>\n</ul>\n");
      }
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static List<String> context(Audit audit) {
    List<String> lines = new ArrayList<>();
    lines.add("SSIM: " + audit.labels().size() + " factors; its IRM has "
        + audit.model().initialReachability().ones() + " ones, its FRM "
        + audit.model().finalReachability().ones() + ", "
        + count(audit.model().levels().levelCount(), "level"));
    PublishedTables p = audit.published();
    Map<Part, String> sources = p.sources();
    for (Part part : p.parts()) {
      String line = "Published " + part.title()
          + (sources.containsKey(part) ? " (" + sources.get(part) + ")" : "");
      if (part == Part.SETS) {
        line += ": " + audit.setsConvention().map(Audit.SetsConvention::description).orElse("")
            + "; they follow the " + audit.setsBasis().map(Enum::name).orElse("?")
            + (audit.setsBasis().orElse(null) == Audit.SetsBasis.IRM ? " (no closure)" : "");
      }
      lines.add(line);
    }
    return lines;
  }

  private static List<String[]> levelRows(Audit audit) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < audit.labels().size(); i++) {
      OptionalInt pl = audit.publishedLevel(i);
      int irm = audit.irmPartition().levelOf(i);
      rows.add(new String[] {audit.labels().get(i), pl.isPresent() ? "" + pl.getAsInt() : "—",
          "" + audit.model().levels().levelOf(i), irm > 0 ? "" + irm : "—"});
    }
    return rows;
  }

  private static String cells(Finding f) {
    List<Finding.Cell> cells = f.cells();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(cells.size(), MAX_CELLS); i++) {
      sb.append(i == 0 ? "" : ", ").append(cells.get(i));
    }
    if (cells.size() > MAX_CELLS) {
      sb.append(", … (").append(cells.size()).append(" cells)");
    }
    return sb.toString();
  }

  private static String links(Audit.Cycle c) {
    List<String> s = new ArrayList<>();
    for (Finding.Cell cell : c.feedbackLinks()) {
      s.add(cell.from() + " → " + cell.to());
    }
    return String.join(", ", s);
  }

  private static String md(String s) {
    return Escape.markdown(s);
  }

  private static String h(String s) {
    return Escape.html(s);
  }
}
