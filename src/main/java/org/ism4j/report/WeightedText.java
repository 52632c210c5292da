package org.ism4j.report;

import org.jspecify.annotations.Nullable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ism4j.internal.Decimals;
import org.ism4j.internal.TextMetrics;
import org.ism4j.micmac.Quadrants;
import org.ism4j.micmac.SplitRule;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Labels;
import org.ism4j.weighted.Dematel;
import org.ism4j.weighted.FuzzyMicmac;
import org.ism4j.weighted.GodetMicmac;
import org.ism4j.weighted.Threshold;

/**
 * The weighted analyses as plain-text tables (and DEMATEL as Markdown), each stating its stopping
 * rule, where it stopped and the split rule. Stateless; every method returns a new string ending
 * in a newline.
 */
public final class WeightedText {
  private static final int DECIMALS = 4;

  private WeightedText() {}

  /**
   * Renders Godet's indirect MICMAC: per factor the direct and indirect influence and dependence,
   * both ranks, the rank shifts and the quadrant in each; then the potential variant when the
   * matrix has {@code P} links.
   *
   * @param micmac the analysis
   * @param rule the quadrants' split rule
   * @param names display names
   * @param source what was read, or null
   * @return the report
   */
  public static String godet(GodetMicmac micmac, SplitRule rule, FactorNames names, @Nullable String source) {
    Objects.requireNonNull(rule, "rule");
    StringBuilder sb = new StringBuilder();
    sb.append("Godet's indirect MICMAC").append(source == null ? "" : " of " + source).append('\n');
    godetBody(sb, micmac, rule, names);
    micmac.potential().ifPresent(p -> {
      sb.append("\nPotential variant (every P counted as 3)\n");
      godetBody(sb, p, rule, names);
    });
    return sb.toString();
  }

  private static void godetBody(StringBuilder sb, GodetMicmac g, SplitRule rule, FactorNames names) {
    int k = g.power();
    sb.append(g.isStable()
        ? "Stopped at power " + k + ": the first power k >= 2 whose influence and dependence rankings both"
            + " equal those of power k-1.\n"
        : "Not stable: the rankings did not repeat up to the maximum power " + g.maxPower()
            + "; the indirect sums are those of power " + k + ".\n");
    Quadrants dq = Quadrants.of(g.directInfluence(), g.directDependence(), rule);
    Quadrants iq = Quadrants.of(g.indirectInfluence(), g.indirectDependence(), rule);
    sb.append("Ranks: 1 the largest, ties by input order; shift = direct rank - indirect rank. Quadrants split"
        + " by the " + rule.label() + " rule (strong when strictly greater).\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"factor", "direct infl", "rank", "direct dep", "rank", "infl M^" + k, "rank", "shift",
        "dep M^" + k, "rank", "shift", "direct quadrant", "indirect quadrant"});
    int[] dir = g.directInfluenceRanks().toArray();
    int[] ddr = g.directDependenceRanks().toArray();
    int[] iir = g.indirectInfluenceRanks().toArray();
    int[] idr = g.indirectDependenceRanks().toArray();
    int[] is = g.influenceRankShift().toArray();
    int[] ds = g.dependenceRankShift().toArray();
    Labels labels = g.labels();
    for (int i = 0; i < labels.size(); i++) {
      rows.add(new String[] {names.display(labels.get(i)), str(g.directInfluence().get(i)), "" + dir[i],
          str(g.directDependence().get(i)), "" + ddr[i], str(g.indirectInfluence().get(i)), "" + iir[i],
          signed(is[i]), str(g.indirectDependence().get(i)), "" + idr[i], signed(ds[i]),
          quadrant(dq, i), quadrant(iq, i)});
    }
    table(sb, rows);
    sb.append("\nThresholds (").append(rule.label()).append("): direct influence > ")
        .append(Decimals.format(dq.drivingThreshold(), DECIMALS)).append(", dependence > ")
        .append(Decimals.format(dq.dependenceThreshold(), DECIMALS)).append("; indirect influence > ")
        .append(Decimals.format(iq.drivingThreshold(), DECIMALS)).append(", dependence > ")
        .append(Decimals.format(iq.dependenceThreshold(), DECIMALS)).append('\n');
  }

  /**
   * Renders fuzzy MICMAC: the stopping rule and where it stopped, then per factor the fuzzy
   * driving and dependence power, their ranks and the quadrant.
   *
   * @param micmac the analysis
   * @param rule the quadrants' split rule
   * @param names display names
   * @param source what was read, or null
   * @return the report
   */
  public static String fuzzy(FuzzyMicmac micmac, SplitRule rule, FactorNames names, @Nullable String source) {
    StringBuilder sb = new StringBuilder();
    sb.append("Fuzzy MICMAC").append(source == null ? "" : " of " + source).append('\n');
    sb.append("X1 = A, X(t+1) = X(t) o A (max-min composition); stop when both rankings repeat or the matrix"
        + " repeats.\n");
    int t = micmac.iterations();
    if (micmac.isStable()) {
      sb.append("Stopped at iteration ").append(t).append(": the driving and dependence rankings equal those of"
          + " iteration ").append(t - 1).append('.');
    } else if (micmac.period() > 0) {
      sb.append("Not stable: at iteration ").append(t).append(" the matrix repeats iteration ")
          .append(t - micmac.period()).append(" (a cycle of period ").append(micmac.period())
          .append(") and the rankings did not repeat.");
    } else {
      sb.append("Not stable: the rankings did not repeat up to the maximum of ").append(micmac.maxIterations())
          .append(" iterations.");
    }
    if (micmac.isStable() && micmac.period() > 0) {
      sb.append(" The matrix repeats iteration ").append(t - micmac.period()).append(" (period ")
          .append(micmac.period()).append(").");
    }
    sb.append('\n');
    Quadrants q = Quadrants.of(micmac.drivingPower().asList(), micmac.dependencePower().asList(), rule);
    sb.append("Quadrants split by the ").append(rule.label()).append(" rule: driving > ")
        .append(Decimals.format(q.drivingThreshold(), DECIMALS)).append(", dependence > ")
        .append(Decimals.format(q.dependenceThreshold(), DECIMALS)).append(" (strictly greater).\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"factor", "driving", "rank", "dependence", "rank", "quadrant"});
    double[] dr = micmac.drivingPower().toArray();
    double[] de = micmac.dependencePower().toArray();
    int[] rr = micmac.drivingRanks().toArray();
    int[] er = micmac.dependenceRanks().toArray();
    for (int i = 0; i < dr.length; i++) {
      rows.add(new String[] {names.display(micmac.labels().get(i)), Decimals.format(dr[i], DECIMALS), "" + rr[i],
          Decimals.format(de[i], DECIMALS), "" + er[i], quadrant(q, i)});
    }
    table(sb, rows);
    return sb.toString();
  }

  /**
   * Renders DEMATEL: s, the threshold, and per factor r, c, prominence, relation and role. The ISM
   * analysis of the thresholded model follows separately (a {@link TextReport}).
   *
   * @param dematel the analysis
   * @param threshold the rule for α
   * @param names display names
   * @param source what was read, or null
   * @return the report
   */
  public static String dematel(Dematel dematel, Threshold threshold, FactorNames names, @Nullable String source) {
    StringBuilder sb = new StringBuilder();
    dematelHeader(sb, dematel, threshold, source, "");
    table(sb, dematelRows(dematel, names));
    return sb.toString();
  }

  /**
   * Renders DEMATEL as Markdown: the same content as {@link #dematel}, as a table.
   *
   * @param dematel the analysis
   * @param threshold the rule for α
   * @param names display names
   * @param source what was read, or null
   * @return the Markdown
   */
  public static String dematelMarkdown(Dematel dematel, Threshold threshold, FactorNames names, @Nullable String source) {
    StringBuilder sb = new StringBuilder();
    sb.append("# DEMATEL").append(source == null ? "" : " of " + Escape.markdown(source)).append("\n\n");
    dematelHeader(sb, dematel, threshold, null, "");
    List<String[]> rows = dematelRows(dematel, names);
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder("|");
      for (String cell : rows.get(r)) {
        line.append(' ').append(r == 0 ? cell : Escape.markdown(cell)).append(" |");
      }
      sb.append(line).append('\n');
      if (r == 0) {
        sb.append("|---|").append("---:|".repeat(rows.get(0).length - 2)).append("---|\n");
      }
    }
    return sb.toString();
  }

  private static void dematelHeader(StringBuilder sb, Dematel d, Threshold threshold, String source, String indent) {
    if (source != null) {
      sb.append("DEMATEL of ").append(source).append('\n');
    }
    sb.append(indent).append("Experts averaged: ").append(d.experts()).append(". s = max(largest row sum, largest"
        + " column sum) = ").append(Decimals.format(d.normalization(), DECIMALS))
        .append("; D = A / s; T = D (I - D)^-1.\n");
    sb.append(indent).append("Threshold alpha (").append(threshold.rule()).append(") = ")
        .append(Decimals.format(threshold.valueFor(d), DECIMALS))
        .append(": a link i -> j where T[i][j] >= alpha; this is the IRM analysed below.\n\n");
  }

  private static List<String[]> dematelRows(Dematel d, FactorNames names) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"factor", "r (given)", "c (received)", "r + c", "r - c", "role"});
    double[] r = d.given().toArray();
    double[] c = d.received().toArray();
    for (int i = 0; i < r.length; i++) {
      double rel = r[i] - c[i];
      rows.add(new String[] {names.display(d.labels().get(i)), Decimals.format(r[i], DECIMALS),
          Decimals.format(c[i], DECIMALS), Decimals.format(r[i] + c[i], DECIMALS), Decimals.format(rel, DECIMALS),
          rel > 0 ? "cause" : rel < 0 ? "effect" : "neutral"});
    }
    return rows;
  }

  private static String quadrant(Quadrants q, int i) {
    return q.cluster(i).roman() + " " + q.cluster(i).displayName();
  }

  private static String str(BigInteger x) {
    return x.toString();
  }

  private static String signed(int x) {
    return x > 0 ? "+" + x : Integer.toString(x);
  }

  /** Aligned columns: the first and last left-aligned, the others right-aligned. */
  private static void table(StringBuilder sb, List<String[]> raw) {
    // a label's line break or tab would break its row or the columns
    List<String[]> rows = new java.util.ArrayList<>(raw.size());
    for (String[] r : raw) {
      String[] e = new String[r.length];
      for (int c = 0; c < r.length; c++) {
        e[c] = Escape.text(r[c]);
      }
      rows.add(e);
    }
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] row : rows) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], TextMetrics.columns(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cols; c++) {
        String pad = " ".repeat(width[c] - TextMetrics.columns(row[c]));
        boolean left = c == 0 || row[c].matches("[IV]+ .*") || c == cols - 1 && !row[c].matches("[-+\\d.]+");
        line.append(c == 0 ? "" : "  ").append(left ? row[c] + pad : pad + row[c]);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
