package org.ism4j.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ism4j.Reference;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/**
 * A constructed paper: every table printed correctly from an SSIM, each part mutable so that a test
 * can plant exactly one error before {@link #tables()}. "Correctly" is the textbook's
 * {@link Reference} (the IRM from the SSIM's definition, Warshall's closure, the iterative level
 * partition, row and column sums), never the code under test.
 */
final class Paper {
  final Ssim ssim;
  final Labels labels;
  final int n;
  final boolean[][] irm;
  final boolean[][] frm;
  final List<Set<String>> out = new ArrayList<>();
  final List<Set<String>> in = new ArrayList<>();
  final List<Set<String>> common = new ArrayList<>();
  final int[] levels;
  final int[] driving;
  final int[] dependence;
  boolean printIrm = true;
  boolean printFrm = true;
  boolean printSets = true;
  boolean printLevels = true;
  boolean printPowers = true;
  boolean setsWithFactor = false;
  final Set<String> omitLevel = new LinkedHashSet<>();

  /**
   * A model with a transitive chain, a 2-cycle and two roots:
   * A → B → C ⇄ D → E and F → B. Levels: E 1; C, D 2; B 3; A, F 4.
   */
  static Ssim sample() {
    return Ssim.builder("A", "B", "C", "D", "E", "F")
        .v("A", "B").v("B", "C").x("C", "D").v("D", "E").a("B", "F").build();
  }

  Paper(Ssim ssim) {
    this.ssim = ssim;
    this.labels = ssim.labels();
    this.n = labels.size();
    this.irm = Reference.irm(ssim);
    this.frm = Reference.closure(irm);
    fillSets(frm);
    this.levels = Reference.levels(frm);
    this.driving = Reference.rowSums(frm);
    this.dependence = Reference.columnSums(frm);
  }

  static Paper clean() {
    return new Paper(sample());
  }

  /** Replaces the sets with the rows and columns of {@code m}. */
  void fillSets(boolean[][] m) {
    out.clear();
    in.clear();
    common.clear();
    for (int i = 0; i < n; i++) {
      Set<String> o = new LinkedHashSet<>();
      Set<String> a = new LinkedHashSet<>();
      for (int j = 0; j < n; j++) {
        if (m[i][j]) {
          o.add(labels.get(j));
        }
        if (m[j][i]) {
          a.add(labels.get(j));
        }
      }
      Set<String> c = new LinkedHashSet<>(o);
      c.retainAll(a);
      out.add(o);
      in.add(a);
      common.add(c);
    }
  }

  int i(String label) {
    return labels.indexOf(label);
  }

  /** The matrix as printed, cells {@code 1*} where {@code star} and the IRM has no link. */
  PublishedMatrix matrix(boolean[][] m, boolean star) {
    String[] rows = new String[n];
    for (int r = 0; r < n; r++) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < n; c++) {
        row.append(c == 0 ? "" : " ").append(!m[r][c] ? "0" : star && !irm[r][c] ? "1*" : "1");
      }
      rows[r] = row.toString();
    }
    return PublishedMatrix.ofRows(labels, rows);
  }

  private List<String> printed(Set<String> s, int f) {
    List<String> l = new ArrayList<>(s);
    if (!setsWithFactor) {
      l.remove(labels.get(f));
    }
    return l;
  }

  PublishedTables tables() {
    PublishedTables.Builder b = PublishedTables.builder();
    if (printIrm) {
      b.irm(matrix(irm, false));
    }
    if (printFrm) {
      b.frm(matrix(frm, true));
    }
    if (printSets) {
      for (int f = 0; f < n; f++) {
        b.setsRow(new PublishedTables.SetsRow(labels.get(f), printed(out.get(f), f),
            printed(in.get(f), f), Optional.of(printed(common.get(f), f)),
            OptionalInt.of(levels[f])));
      }
    }
    if (printLevels) {
      for (int f = 0; f < n; f++) {
        if (!omitLevel.contains(labels.get(f))) {
          b.level(labels.get(f), levels[f]);
        }
      }
    }
    if (printPowers) {
      for (int f = 0; f < n; f++) {
        b.power(labels.get(f), driving[f], dependence[f]);
      }
    }
    return b.build();
  }

  Audit audit() {
    return Audit.of(ssim, tables());
  }
}
