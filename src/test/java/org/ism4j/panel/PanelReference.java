package org.ism4j.panel;

import java.util.List;
import java.util.Random;
import org.ism4j.Reference;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/**
 * Plain implementations of the panel's definitions, cell by cell with the public {@link Ssim} API and
 * the textbook partition of {@link Reference}: what {@link Panel}'s bit-row loops are checked against.
 */
final class PanelReference {
  private PanelReference() {}

  /** The symbol of one cell under a rule, straight from the definitions in the issue. */
  static Relation cell(List<Relation> judgements, String rule, double t) {
    int k = judgements.size();
    int forward = 0;
    int backward = 0;
    int[] count = new int[4];
    for (Relation r : judgements) {
      if (r == Relation.V || r == Relation.X) {
        forward++;
      }
      if (r == Relation.A || r == Relation.X) {
        backward++;
      }
      count[r.ordinal()]++;
    }
    switch (rule) {
      case "unanimous":
        return Relation.of(forward == k, backward == k);
      case "threshold":
        return Relation.of((double) forward / k >= t, (double) backward / k >= t);
      case "mode": {
        int best = -1;
        boolean tie = false;
        for (int s = 0; s < 4; s++) {
          if (best < 0 || count[s] > count[best]) {
            best = s;
            tie = false;
          } else if (count[s] == count[best]) {
            tie = true;
          }
        }
        return tie ? cell(judgements, "majority", t) : Relation.values()[best];
      }
      default:
        return Relation.of(forward * 2 > k, backward * 2 > k);
    }
  }

  /** Aggregates SSIMs (matched by label; the first one's order) cell by cell. */
  static Ssim aggregate(List<Ssim> ssims, String rule, double t) {
    return aggregate(ssims.get(0).labels(), ssims, rule, t);
  }

  /** Aggregates SSIMs (matched by label) cell by cell, in the given factor order. */
  static Ssim aggregate(List<String> labels, List<Ssim> ssims, String rule, double t) {
    Ssim.Builder b = Ssim.builder(labels);
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        String from = labels.get(i);
        String to = labels.get(j);
        List<Relation> cell = ssims.stream().map(s -> s.relation(from, to)).toList();
        b.relation(from, to, cell(cell, rule, t));
      }
    }
    return b.build();
  }

  /** The textbook level of every factor of an SSIM: Warshall, then R(i) ∩ A(i) = R(i) rounds. */
  static int[] levels(Ssim ssim) {
    int n = ssim.size();
    boolean[][] m = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = i == j || ssim.relation(i, j).forward();
      }
    }
    return Reference.levels(Reference.closure(m));
  }

  /**
   * Fleiss' kappa from a subjects × categories table of counts, as in Fleiss (1971), with the
   * convention P_e = 1 → κ = 1.
   */
  static double fleissKappa(int[][] table) {
    int subjects = table.length;
    int raters = 0;
    for (int c : table[0]) {
      raters += c;
    }
    double pBar = 0;
    double[] p = new double[table[0].length];
    for (int[] row : table) {
      double agree = 0;
      for (int c = 0; c < row.length; c++) {
        agree += row[c] * (row[c] - 1);
        p[c] += row[c];
      }
      pBar += agree / (raters * (raters - 1.0));
    }
    pBar /= subjects;
    double pe = 0;
    for (double x : p) {
      double share = x / (subjects * (double) raters);
      pe += share * share;
    }
    return pe == 1 ? 1 : (pBar - pe) / (1 - pe);
  }

  /** The counts table of a panel: one row per cell (row by row), columns V, A, X, O. */
  static int[][] table(List<Ssim> ssims) {
    List<String> labels = ssims.get(0).labels();
    int n = labels.size();
    int[][] table = new int[n * (n - 1) / 2][4];
    int c = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        for (Ssim s : ssims) {
          table[c][s.relation(labels.get(i), labels.get(j)).ordinal()]++;
        }
        c++;
      }
    }
    return table;
  }

  /** Per factor, the resamples that keep its full-panel level; then the all-factors count last. */
  static int[] stability(List<Ssim> ssims, String rule, double t, int resamples, long seed) {
    int k = ssims.size();
    int[] full = levels(aggregate(ssims, rule, t));
    int n = full.length;
    int[] same = new int[n + 1];
    Random random = new Random(seed);
    for (int r = 0; r < resamples; r++) {
      List<Ssim> drawn = new java.util.ArrayList<>();
      for (int d = 0; d < k; d++) {
        drawn.add(ssims.get(random.nextInt(k)));
      }
      int[] levels = levels(aggregate(ssims.get(0).labels(), drawn, rule, t));
      boolean all = true;
      for (int i = 0; i < n; i++) {
        if (levels[i] == full[i]) {
          same[i]++;
        } else {
          all = false;
        }
      }
      if (all) {
        same[n]++;
      }
    }
    return same;
  }
}
