package org.ism4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ism4j.panel.Agreement;
import org.ism4j.panel.CellAgreement;
import org.ism4j.panel.ExpertAgreement;
import org.ism4j.panel.FactorStability;
import org.ism4j.panel.LeaveOneOut;
import org.ism4j.panel.Stability;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/**
 * A report of an expert panel as plain text or Markdown: the factors, the aggregated SSIM, Fleiss'
 * kappa with its Landis &amp; Koch reading, the contested cells, the per-expert agreement and, when
 * given, the stability of the levels and the leave-one-expert-out table. Immutable.
 *
 * <pre>{@code
 * String text = PanelReport.of(panel.agreement(rule)).withStability(panel.stability(rule)).text();
 * }</pre>
 */
public final class PanelReport {
  /** The contested cells listed by default; the rest are counted. */
  public static final int DEFAULT_CONTESTED_LIMIT = 15;
  private static final String INDENT = "  ";

  private final Agreement agreement;
  private final Stability stability;
  private final String title;
  private final int contestedLimit;

  private PanelReport(Agreement agreement, Stability stability, String title, int contestedLimit) {
    this.agreement = Objects.requireNonNull(agreement, "agreement");
    this.stability = stability;
    this.title = title;
    this.contestedLimit = contestedLimit;
  }

  /**
   * Returns a report of a panel's agreement, without stability.
   *
   * @param agreement the agreement, which holds the aggregate
   * @return the report
   */
  public static PanelReport of(Agreement agreement) {
    return new PanelReport(agreement, null, null, DEFAULT_CONTESTED_LIMIT);
  }

  /**
   * Returns this report with the stability sections.
   *
   * @param stability the stability of the same panel and rule
   * @return a new report
   * @throws IllegalArgumentException when the stability is of another factor set or rule
   */
  public PanelReport withStability(Stability stability) {
    Objects.requireNonNull(stability, "stability");
    if (!stability.factors().equals(agreement.factors()) || !stability.rule().equals(agreement.rule())) {
      throw new IllegalArgumentException("the stability (rule " + stability.rule()
          + ") is not of this panel's aggregate (rule " + agreement.rule() + ")");
    }
    return new PanelReport(agreement, stability, title, contestedLimit);
  }

  /**
   * Returns this report under another title (by default {@code Expert panel: k experts, n factors}).
   *
   * @param title the title, one line
   * @return a new report
   * @throws IllegalArgumentException naming the title when it is blank or holds a line break
   */
  public PanelReport withTitle(String title) {
    if (title.isBlank() || title.indexOf('\n') >= 0 || title.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a title is one non-blank line, got '" + title + "'");
    }
    return new PanelReport(agreement, stability, title, contestedLimit);
  }

  /**
   * Returns this report listing at most {@code limit} contested cells.
   *
   * @param limit the number of cells, at least 0
   * @return a new report
   * @throws IllegalArgumentException naming {@code limit} when it is negative
   */
  public PanelReport withContestedLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("the contested limit must be at least 0, got " + limit);
    }
    return new PanelReport(agreement, stability, title, limit);
  }

  private String title() {
    return title != null ? title : "Expert panel: " + agreement.experts().size() + " experts, "
        + agreement.factors().size() + " factors";
  }

  /**
   * Returns the report as plain text laid out in columns.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String text() {
    StringBuilder out = new StringBuilder();
    String t = title();
    out.append(t).append('\n').append("=".repeat(width(t))).append('\n');
    out.append(INDENT).append("rule ").append(ruleSentence()).append('\n');
    out.append(INDENT).append(DIRECTIONS).append('\n');

    section(out, "Factors");
    Table factors = new Table("#", "factor").right(0);
    Labels labels = agreement.factors();
    for (int i = 0; i < labels.size(); i++) {
      factors.row(Integer.toString(i + 1), labels.get(i));
    }
    factors.text(out);

    section(out, "Aggregated SSIM (" + agreement.rule() + ")");
    out.append(INDENT).append("row i, column j: V i influences j, A j influences i, X both, O neither\n\n");
    ssimMatrix(out);

    section(out, "Agreement");
    out.append(INDENT).append(kappaSentence()).append('\n');
    out.append(INDENT).append(BANDS.replace("\n", "\n" + INDENT)).append('\n');

    section(out, "Contested cells (lowest share first)");
    contested(out, false);

    section(out, "Experts (share of cells equal to the aggregate)");
    experts().text(out);

    if (stability != null) {
      section(out, "Stability of the levels");
      out.append(INDENT).append(stabilitySentence()).append("\n\n");
      stabilityTable().text(out);
      section(out, "Leave one expert out");
      leaveOneOut().text(out);
    }
    return out.toString();
  }

  /**
   * Returns the report as Markdown (GitHub-flavoured tables).
   *
   * @return the Markdown text, lines ending in {@code \n}
   */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(md(title())).append("\n\n");
    out.append("Rule ").append(md(ruleSentence())).append("; ").append(md(DIRECTIONS)).append(".\n\n");
    out.append("## Aggregated SSIM (").append(agreement.rule()).append(")\n\n");
    out.append("Row i, column j: V i influences j, A j influences i, X both, O neither.\n\n");
    Labels labels = agreement.factors();
    Ssim s = agreement.ssim();
    List<String> header = new ArrayList<>();
    header.add("#");
    header.add("factor");
    for (int j = 0; j < labels.size(); j++) {
      header.add(Integer.toString(j + 1));
    }
    Table m = new Table(header.toArray(new String[0]));
    for (int i = 0; i < labels.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(i + 1));
      row.add(labels.get(i));
      for (int j = 0; j < labels.size(); j++) {
        row.add(j > i ? String.valueOf(s.relation(i, j).symbol()) : "");
      }
      m.row(row.toArray(new String[0]));
    }
    m.markdown(out);
    out.append("\n## Agreement\n\n").append(md(kappaSentence())).append(".\n")
        .append(md(BANDS.replace('\n', ' ')))
        .append(".\n\n");
    out.append("### Contested cells (lowest share first)\n\n");
    contested(out, true);
    out.append("\n### Experts (share of cells equal to the aggregate)\n\n");
    experts().markdown(out);
    if (stability != null) {
      out.append("\n## Stability of the levels\n\n").append(md(stabilitySentence())).append("\n\n");
      stabilityTable().markdown(out);
      out.append("\n### Leave one expert out\n\n");
      leaveOneOut().markdown(out);
    }
    return out.toString();
  }

  private String ruleSentence() {
    String r = agreement.rule().toString();
    String how;
    if (r.equals("majority")) {
      how = "a direction holds when more than half of the experts assert it";
    } else if (r.equals("unanimous")) {
      how = "a direction holds when every expert asserts it";
    } else if (r.equals("mode")) {
      how = "a cell takes its most frequent symbol; a tie falls back to majority";
    } else {
      how = "a direction holds when at least the share " + r.substring("threshold=".length())
          + " of the experts assert it";
    }
    return r + ": " + how;
  }

  private String kappaSentence() {
    int cells = agreement.cells().size();
    return "Fleiss' kappa " + fixed(agreement.fleissKappa(), 3) + ": " + agreement.kappaReading()
        + " agreement, over " + cells + " cells, " + agreement.experts().size()
        + " experts, categories V, A, X and O"
        + (agreement.tied().isEmpty() ? "" : "; " + agreement.tied().size()
            + (agreement.tied().size() == 1 ? " cell" : " cells") + " tied under mode, decided by majority");
  }

  private static final String DIRECTIONS = "an expert asserts i → j with V or X, and j → i with A or X";

  private static final String BANDS = "Reading (Landis & Koch 1977): < 0 poor, ≤ 0.20 slight, "
      + "≤ 0.40 fair, ≤ 0.60 moderate,\n≤ 0.80 substantial, > 0.80 almost perfect";

  private String stabilitySentence() {
    return stability.resamples() + " bootstrap resamples of the experts (seed " + stability.seed()
        + "): " + percent(stability.identicalLevels()) + " give every factor the full panel's level";
  }

  private void ssimMatrix(StringBuilder out) {
    Labels labels = agreement.factors();
    Ssim s = agreement.ssim();
    int n = labels.size();
    String[] header = new String[n + 1];
    header[0] = "";
    for (int j = 0; j < n; j++) {
      header[j + 1] = Integer.toString(j + 1);
    }
    Table t = new Table(header).noRule();
    for (int c = 0; c <= n; c++) {
      t.right(c);
    }
    for (int i = 0; i < n; i++) {
      String[] row = new String[n + 1];
      row[0] = Integer.toString(i + 1);
      for (int j = 0; j < n; j++) {
        row[j + 1] = j > i ? String.valueOf(s.relation(i, j).symbol()) : "";
      }
      t.row(row);
    }
    t.text(out);
  }

  private void contested(StringBuilder out, boolean markdown) {
    List<CellAgreement> contested = agreement.contested();
    if (contested.isEmpty()) {
      out.append(markdown ? "" : INDENT)
          .append("none: every expert wrote the aggregate's symbol in every cell\n");
      return;
    }
    Table t = new Table("cell", "aggregate", "share", "V", "A", "X", "O").right(2).right(3).right(4)
        .right(5).right(6);
    int shown = Math.min(contestedLimit, contested.size());
    for (CellAgreement c : contested.subList(0, shown)) {
      t.row(c.from() + " – " + c.to(), c.symbol() + (c.tied() ? " (tie)" : ""), fixed(c.share(), 2),
          Integer.toString(c.v()), Integer.toString(c.a()), Integer.toString(c.x()),
          Integer.toString(c.o()));
    }
    if (markdown) {
      t.markdown(out);
    } else {
      t.text(out);
    }
    if (shown < contested.size()) {
      out.append(markdown ? "\n" : INDENT).append("… and ").append(contested.size() - shown)
          .append(" more of ").append(contested.size()).append(" contested cells\n");
    }
  }

  private Table experts() {
    Table t = new Table("expert", "agreement", "cells").right(1).right(2);
    for (ExpertAgreement e : agreement.expertAgreement()) {
      t.row(e.expert(), fixed(e.agreement(), 2), e.agreeing() + " of " + e.cells());
    }
    return t;
  }

  private Table stabilityTable() {
    Table t = new Table("factor", "level", "stability", "levels in the resamples").right(1).right(2);
    for (FactorStability f : stability.factorStability()) {
      StringBuilder d = new StringBuilder();
      for (Map.Entry<Integer, Integer> e : f.levelCounts().entrySet()) {
        if (d.length() > 0) {
          d.append(", ");
        }
        d.append(e.getKey()).append(": ").append(percent((double) e.getValue() / f.resamples()));
      }
      t.row(f.factor(), Integer.toString(f.level()), fixed(f.stability(), 3), d.toString());
    }
    return t;
  }

  private Table leaveOneOut() {
    Table t = new Table("expert left out", "factors whose level changes");
    for (LeaveOneOut row : stability.leaveOneOut()) {
      List<String> changed = new ArrayList<>();
      for (String f : row.changedFactors()) {
        int i = stability.factors().index(f);
        changed.add(f + " (" + stability.levels().get(i) + " → " + row.levels().get(i) + ")");
      }
      t.row(row.expert(), changed.isEmpty() ? "none" : String.join(", ", changed));
    }
    return t;
  }

  private static void section(StringBuilder out, String title) {
    out.append('\n').append(title).append('\n').append("-".repeat(width(title))).append('\n');
  }

  private static String fixed(double x, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", x);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Escapes the characters Markdown reads as markup in running text and table cells. */
  private static String md(String s) {
    return Escape.markdown(s);
  }

  /** A small table: text with padded columns, or a Markdown table. */
  private static final class Table {
    private final String[] header;
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();
    private boolean rule = true;

    Table(String... header) {
      this.header = header;
      this.right = new boolean[header.length];
    }

    Table right(int column) {
      right[column] = true;
      return this;
    }

    Table noRule() {
      rule = false;
      return this;
    }

    void row(String... cells) {
      rows.add(cells);
    }

    void text(StringBuilder out) {
      // a label's line break or tab would break its row or the columns
      List<String[]> rows = new ArrayList<>();
      for (String[] r : this.rows) {
        String[] e = new String[r.length];
        for (int c = 0; c < r.length; c++) {
          e[c] = Escape.text(r[c]);
        }
        rows.add(e);
      }
      int[] w = new int[header.length];
      for (int c = 0; c < header.length; c++) {
        w[c] = width(header[c]);
        for (String[] r : rows) {
          w[c] = Math.max(w[c], width(r[c]));
        }
      }
      line(out, header, w);
      if (rule) {
        String[] dashes = new String[header.length];
        for (int c = 0; c < header.length; c++) {
          dashes[c] = "-".repeat(w[c]);
        }
        line(out, dashes, w);
      }
      for (String[] r : rows) {
        line(out, r, w);
      }
    }

    private void line(StringBuilder out, String[] cells, int[] w) {
      StringBuilder b = new StringBuilder(INDENT);
      for (int c = 0; c < cells.length; c++) {
        String pad = " ".repeat(w[c] - width(cells[c]));
        if (c > 0) {
          b.append("  ");
        }
        b.append(right[c] ? pad + cells[c] : cells[c] + pad);
      }
      int end = b.length();
      while (end > 0 && b.charAt(end - 1) == ' ') {
        end--;
      }
      out.append(b, 0, end).append('\n');
    }

    void markdown(StringBuilder out) {
      out.append('|');
      for (String h : header) {
        out.append(' ').append(md(h)).append(" |");
      }
      out.append("\n|");
      for (int c = 0; c < header.length; c++) {
        out.append(right[c] ? " ---: |" : " --- |");
      }
      out.append('\n');
      for (String[] r : rows) {
        out.append('|');
        for (String cell : r) {
          out.append(' ').append(md(cell)).append(" |");
        }
        out.append('\n');
      }
    }
  }
}
