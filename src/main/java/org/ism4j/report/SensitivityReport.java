package org.ism4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ism4j.sensitivity.Alternative;
import org.ism4j.sensitivity.CellSensitivity;
import org.ism4j.sensitivity.Move;
import org.ism4j.sensitivity.Sensitivity;
import org.ism4j.sensitivity.WhatIf;
import org.ism4j.ssim.CellChange;

/**
 * Text and Markdown reports of a {@link Sensitivity} (pivotal judgements, firmness per factor, the
 * robust judgements) and of a {@link WhatIf} (levels before and after, side by side). Immutable.
 */
public final class SensitivityReport {
  /** The pivotal judgements listed by default. */
  public static final int DEFAULT_TOP = 10;

  private final String title;
  private final int top;

  private SensitivityReport(String title, int top) {
    this.title = title;
    this.top = top;
  }

  /**
   * Returns a report without a title, listing {@value #DEFAULT_TOP} pivotal judgements.
   *
   * @return the report
   */
  public static SensitivityReport create() {
    return new SensitivityReport(null, DEFAULT_TOP);
  }

  /**
   * Returns this report with a title (such as the input file) in its first line.
   *
   * @param title the title
   * @return a new report
   */
  public SensitivityReport withTitle(String title) {
    return new SensitivityReport(Objects.requireNonNull(title, "title"), top);
  }

  /**
   * Returns this report listing at most {@code top} pivotal judgements.
   *
   * @param top at least 0
   * @return a new report
   * @throws IllegalArgumentException when {@code top} is negative
   */
  public SensitivityReport withTop(int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must be at least 0: " + top);
    }
    return new SensitivityReport(title, top);
  }

  /**
   * Renders a sensitivity as plain text.
   *
   * @param s the sensitivity
   * @return the report, ending in a newline
   */
  public String text(Sensitivity s) {
    return sensitivity(s, false);
  }

  /**
   * Renders a sensitivity as Markdown.
   *
   * @param s the sensitivity
   * @return the report, ending in a newline
   */
  public String markdown(Sensitivity s) {
    return sensitivity(s, true);
  }

  /**
   * Renders a what-if comparison as plain text.
   *
   * @param w the comparison
   * @return the report, ending in a newline
   */
  public String text(WhatIf w) {
    return whatIf(w, false);
  }

  /**
   * Renders a what-if comparison as Markdown.
   *
   * @param w the comparison
   * @return the report, ending in a newline
   */
  public String markdown(WhatIf w) {
    return whatIf(w, true);
  }

  private String sensitivity(Sensitivity s, boolean md) {
    UnaryOperator<String> e = md ? Escape::markdown : Escape::text;
    StringBuilder out = new StringBuilder();
    int n = s.factors().size();
    int cells = s.cells().size();
    String head = "Sensitivity" + (title == null ? "" : " of " + e.apply(title));
    out.append(md ? "# " + head + "\n\n" : head + "\n");
    out.append(n).append(n == 1 ? " factor" : " factors").append(" on ").append(s.levelCount())
        .append(s.levelCount() == 1 ? " level" : " levels").append(", ").append(cells)
        .append(cells == 1 ? " judgement" : " judgements").append(", ").append(s.changeCount())
        .append(" single-cell changes (each judgement to each of its three other symbols).\n\n");

    List<CellSensitivity> pivotal = s.pivotal();
    out.append(md ? "## Pivotal judgements\n\n" : "Pivotal judgements\n");
    if (pivotal.isEmpty()) {
      out.append(md ? "" : "  ").append("None: no single change of any judgement moves a factor.\n\n");
    } else {
      int shown = Math.min(top, pivotal.size());
      out.append(md ? "" : "  ").append(shown < pivotal.size() ? "The top " + shown + " of " : "All ")
          .append(pivotal.size()).append(pivotal.size() == 1 ? " cell" : " cells")
          .append(" whose change moves a factor, most factors moved first:\n\n");
      List<List<String>> rows = new ArrayList<>();
      for (CellSensitivity c : pivotal.subList(0, shown)) {
        Alternative a = c.mostMoving();
        List<String> moves = new ArrayList<>();
        for (Move m : a.moves()) {
          moves.add(e.apply(m.factor()) + " " + m.before() + "→" + m.after());
        }
        rows.add(List.of(e.apply(c.from()) + "," + e.apply(c.to()), String.valueOf(c.relation().symbol()),
            String.valueOf(a.relation().symbol()), String.valueOf(a.movedCount()),
            String.valueOf(a.levelCount()), a.cyclesChanged() ? "changed" : "same",
            String.join(", ", moves)));
      }
      table(out, md, List.of("cell", "given", "change", "moved", "levels", "cycles", "factors moved"),
          rows, new boolean[] {false, false, false, true, true, false, false});
      out.append('\n');
    }

    out.append(md ? "## Firmness\n\n" : "Firmness\n");
    out.append(md ? "" : "  ").append("How many of the ").append(s.changeCount())
        .append(" single-cell changes move each factor to another level (0: none does):\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      rows.add(List.of(e.apply(s.factors().get(k)), String.valueOf(s.levels().get(k)),
          String.valueOf(s.movingChanges().get(k))));
    }
    table(out, md, List.of("factor", "level", "moving changes"), rows,
        new boolean[] {false, true, true});
    out.append('\n');

    out.append(md ? "## Robust judgements\n\n" : "Robust judgements\n").append(md ? "" : "  ")
        .append(s.robust().size()).append(" of ").append(cells)
        .append(cells == 1 ? " cell" : " cells")
        .append(": no single change of them alters any level.\n");
    return out.toString();
  }

  private String whatIf(WhatIf w, boolean md) {
    UnaryOperator<String> e = md ? Escape::markdown : Escape::text;
    StringBuilder out = new StringBuilder();
    List<String> changes = new ArrayList<>();
    for (CellChange c : w.changes()) {
      changes.add(e.apply(c.toString()) + " (was "
          + w.before().ssim().relation(c.from(), c.to()).symbol() + ")");
    }
    String head = "What if" + (title == null ? "" : " " + e.apply(title)) + ": "
        + String.join("; ", changes);
    out.append(md ? "# " + head + "\n\n" : head + "\n\n");
    List<Set<String>> before = w.levelsBefore().levels();
    List<Set<String>> after = w.levelsAfter().levels();
    List<List<String>> rows = new ArrayList<>();
    for (int l = 0; l < Math.max(before.size(), after.size()); l++) {
      rows.add(List.of(String.valueOf(l + 1), l < before.size() ? names(before.get(l), e) : "",
          l < after.size() ? names(after.get(l), e) : ""));
    }
    table(out, md, List.of("level", "before", "after"), rows, new boolean[] {true, false, false});
    out.append('\n');
    List<String> moved = new ArrayList<>();
    for (Move m : w.moved()) {
      moved.add(e.apply(m.factor()) + " " + m.before() + "→" + m.after());
    }
    out.append("Moved: ").append(moved.isEmpty() ? "none" : String.join(", ", moved)).append(".\n");
    out.append("Cycles: ").append(cycles(w.before().cycles(), e)).append(" before, ")
        .append(cycles(w.after().cycles(), e)).append(" after")
        .append(w.cyclesChanged() ? " (changed)" : "").append(".\n");
    return out.toString();
  }

  private static String names(Set<String> level, UnaryOperator<String> e) {
    List<String> out = new ArrayList<>();
    for (String f : level) {
      out.add(e.apply(f));
    }
    return String.join(", ", out);
  }

  private static String cycles(List<List<String>> cycles, UnaryOperator<String> e) {
    if (cycles.isEmpty()) {
      return "none";
    }
    List<String> out = new ArrayList<>();
    for (List<String> c : cycles) {
      List<String> members = new ArrayList<>();
      for (String f : c) {
        members.add(e.apply(f));
      }
      out.add("{" + String.join(", ", members) + "}");
    }
    return String.join(" ", out);
  }

  private static void table(StringBuilder out, boolean md, List<String> headers,
      List<List<String>> rows, boolean[] right) {
    if (md) {
      out.append('|');
      for (String h : headers) {
        out.append(' ').append(h).append(" |");
      }
      out.append("\n|");
      for (boolean r : right) {
        out.append(r ? "---:|" : "---|");
      }
      out.append('\n');
      for (List<String> r : rows) {
        out.append('|');
        for (String c : r) {
          out.append(' ').append(c).append(" |");
        }
        out.append('\n');
      }
      return;
    }
    int[] width = new int[headers.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = headers.get(c).codePointCount(0, headers.get(c).length());
      for (List<String> r : rows) {
        width[c] = Math.max(width[c], r.get(c).codePointCount(0, r.get(c).length()));
      }
    }
    List<List<String>> all = new ArrayList<>();
    all.add(headers);
    all.addAll(rows);
    for (List<String> r : all) {
      StringBuilder line = new StringBuilder("  ");
      for (int c = 0; c < width.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        boolean last = c == width.length - 1;
        line.append(right[c] ? TextLayout.padLeft(r.get(c), width[c])
            : last ? r.get(c) : TextLayout.padRight(r.get(c), width[c]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
