package org.ism4j.report;

import org.ism4j.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ism4j.tism.Tism;
import org.ism4j.tism.TismLink;

/**
 * The human report of a TISM, in Markdown or HTML: the levels, the transitive links with their
 * shortest paths (the table the experts review, with their significance and why), the interpretive
 * matrix (cell = the interpretation of a direct link, or {@code via k} for a kept transitive link)
 * and the warnings. Stateless and thread-safe.
 */
public final class TismReport {
  private TismReport() {}

  /**
   * Writes the report as Markdown.
   *
   * @param t the TISM
   * @param title the first heading, e.g. the input's file name
   * @return the document
   */
  public static String markdown(Tism t, String title) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Escape.markdown(title)).append("\n\n");
    out.append(intro(t)).append("\n\n## Levels\n\n");
    List<Set<String>> levels = t.levels();
    List<List<String>> rows = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      rows.add(List.of(Integer.toString(l + 1), String.join(", ", levels.get(l))));
    }
    mdTable(out, List.of("Level", "Factors"), rows);
    out.append("\n## Transitive links\n\n");
    if (t.transitiveLinks().isEmpty()) {
      out.append("None: every link is a direct one.\n");
    } else {
      mdTable(out, List.of("From", "To", "Via (shortest path)", "Significant", "Interpretation"),
          transitiveRows(t));
    }
    out.append("\n## Interpretive matrix\n\n")
        .append("Row i, column j: the interpretation of the direct link i \u2192 j, or \"via k\" for a "
            + "significant transitive link.\n\n");
    List<String> headers = new ArrayList<>();
    headers.add("");
    headers.addAll(t.labels());
    mdTable(out, headers, matrixRows(t));
    if (!t.warnings().isEmpty()) {
      out.append("\n## Warnings\n\n");
      for (String w : t.warnings()) {
        out.append("- ").append(Escape.markdown(w)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Writes the report as a standalone HTML document.
   *
   * @param t the TISM
   * @param title the title and first heading
   * @return the document
   */
  public static String html(Tism t, String title) {
    java.util.Objects.requireNonNull(t, "t");
    java.util.Objects.requireNonNull(title, "title");
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(Escape.html(title)).append("</title>\n<style>table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}</style>\n</head>\n<body>\n<h1>")
        .append(Escape.html(title)).append("</h1>\n<p>").append(Escape.html(intro(t))).append("</p>\n");
    out.append("<h2>Levels</h2>\n");
    List<Set<String>> levels = t.levels();
    List<List<String>> rows = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      rows.add(List.of(Integer.toString(l + 1), String.join(", ", levels.get(l))));
    }
    htmlTable(out, List.of("Level", "Factors"), rows);
    out.append("<h2>Transitive links</h2>\n");
    if (t.transitiveLinks().isEmpty()) {
      out.append("<p>None: every link is a direct one.</p>\n");
    } else {
      htmlTable(out, List.of("From", "To", "Via (shortest path)", "Significant", "Interpretation"),
          transitiveRows(t));
    }
    out.append("<h2>Interpretive matrix</h2>\n");
    List<String> headers = new ArrayList<>();
    headers.add("");
    headers.addAll(t.labels());
    htmlTable(out, headers, matrixRows(t));
    if (!t.warnings().isEmpty()) {
      out.append("<h2>Warnings</h2>\n<ul>\n");
      for (String w : t.warnings()) {
        out.append("<li>").append(Escape.html(w)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static String intro(Tism t) {
    long direct = t.links().stream().filter(TismLink::isDirect).count();
    long significant = t.transitiveLinks().stream().filter(TismLink::significant).count();
    return Words.count(t.labels().size(), "factor", "factors") + ", "
        + Words.count(t.levels().size(), "level", "levels") + " (" + t.partition().direction().label()
        + "), " + Words.count(direct, "direct link", "direct links") + ", "
        + Words.count(t.transitiveLinks().size(), "transitive link", "transitive links")
        + " of which " + significant + " significant.";
  }

  private static List<List<String>> transitiveRows(Tism t) {
    List<List<String>> rows = new ArrayList<>();
    for (TismLink l : t.transitiveLinks()) {
      List<String> path = new ArrayList<>();
      path.add(l.from());
      path.addAll(l.via());
      path.add(l.to());
      rows.add(List.of(l.from(), l.to(), String.join(" \u2192 ", path), l.significant() ? "yes" : "no",
          l.interpretation()));
    }
    return rows;
  }

  private static List<List<String>> matrixRows(Tism t) {
    List<List<String>> rows = new ArrayList<>();
    for (String from : t.labels()) {
      List<String> row = new ArrayList<>();
      row.add(from);
      for (String to : t.labels()) {
        row.add(from.equals(to) ? "\u2014" : t.cell(from, to));
      }
      rows.add(row);
    }
    return rows;
  }

  private static void mdTable(StringBuilder out, List<String> headers, List<List<String>> rows) {
    line(out, headers, Escape::markdown);
    out.append('|');
    for (int i = 0; i < headers.size(); i++) {
      out.append(" --- |");
    }
    out.append('\n');
    for (List<String> row : rows) {
      line(out, row, Escape::markdown);
    }
  }

  private static void line(StringBuilder out, List<String> cells, UnaryOperator<String> escape) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(escape.apply(c)).append(" |");
    }
    out.append('\n');
  }

  private static void htmlTable(StringBuilder out, List<String> headers, List<List<String>> rows) {
    out.append("<table>\n<tr>");
    for (String h : headers) {
      out.append("<th>").append(Escape.html(h)).append("</th>");
    }
    out.append("</tr>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (String c : row) {
        out.append("<td>").append(Escape.html(c)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }
}
