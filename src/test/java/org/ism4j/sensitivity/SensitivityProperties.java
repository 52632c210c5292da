package org.ism4j.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Adjacency;
import org.ism4j.Matrices;
import org.ism4j.Reference;
import org.ism4j.internal.Access;
import org.ism4j.internal.SingleChanges;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/**
 * The incremental single-cell changes against recomputing from scratch with the textbook closure
 * and partition of {@link Reference}.
 */
class SensitivityProperties {
  static Ssim ssimOf(boolean[][] m) {
    int n = m.length;
    Ssim.Builder b = Ssim.builder(Labels.numbered(n));
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        b.relation(i, j, Relation.of(m[i][j], m[j][i]));
      }
    }
    return b.build();
  }

  /** The IRM with cell (i, j) set to r, diagonal set. */
  static boolean[][] changed(boolean[][] m, int i, int j, Relation r) {
    boolean[][] c = new boolean[m.length][];
    for (int k = 0; k < m.length; k++) {
      c[k] = m[k].clone();
      c[k][k] = true;
    }
    c[i][j] = r.forward();
    c[j][i] = r.backward();
    return c;
  }

  static boolean[][] withDiagonal(boolean[][] m) {
    boolean[][] c = new boolean[m.length][];
    for (int k = 0; k < m.length; k++) {
      c[k] = m[k].clone();
      c[k][k] = true;
    }
    return c;
  }

  static List<Integer> componentsOf(boolean[][] m) {
    int[] comp = Reference.components(m);
    List<Integer> out = new ArrayList<>();
    for (int x : comp) {
      out.add(x);
    }
    return out;
  }

  @Property(tries = 150)
  void everyChangeOfEveryCellMatchesRecomputingFromScratch(
      @ForAll("small") Adjacency adjacency) {
    boolean[][] m = adjacency.matrix();
    int n = m.length;
    Ssim ssim = ssimOf(m);
    Sensitivity s = Sensitivity.of(ssim);
    boolean[][] irm = withDiagonal(m);
    int[] base = Reference.levels(Reference.closure(irm));
    List<Integer> baseComponents = componentsOf(Reference.closure(irm));
    int[] moving = new int[n];
    int cell = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        CellSensitivity c = s.cells().get(cell++);
        assertEquals(Relation.of(m[i][j], m[j][i]), c.relation());
        assertEquals(3, c.alternatives().size());
        for (Alternative a : c.alternatives()) {
          boolean[][] frm = Reference.closure(changed(m, i, j, a.relation()));
          int[] after = Reference.levels(frm);
          List<String> moved = new ArrayList<>();
          for (int k = 0; k < n; k++) {
            if (after[k] != base[k]) {
              moved.add(ssim.labels().get(k));
              moving[k]++;
            }
          }
          String where = "cell " + i + "," + j + "=" + a.relation();
          assertEquals(moved, a.movedFactors(), where);
          assertEquals(Arrays.stream(after).max().orElse(0), a.levelCount(), where);
          assertEquals(!componentsOf(frm).equals(baseComponents), a.cyclesChanged(), where);
        }
      }
    }
    assertArrayEquals(moving, s.movingChanges().toArray());
  }

  @Property(tries = 200)
  void oneChangeAcrossWordBoundariesMatchesRecomputingFromScratch(
      @ForAll("large") Adjacency adjacency, @ForAll("picks") int[] pick) {
    boolean[][] m = adjacency.matrix();
    int n = m.length;
    if (n < 2) {
      return;
    }
    int i = Math.floorMod(pick[0], n);
    int j = Math.floorMod(pick[1], n - 1);
    if (j >= i) {
      j++;
    }
    Relation r = Relation.values()[pick[2]];
    SingleChanges changes = new SingleChanges(Access.bits(ssimOf(m)));
    changes.evaluate(i, j, r.forward(), r.backward());
    boolean[][] frm = Reference.closure(changed(m, i, j, r));
    assertArrayEquals(Reference.levels(frm), changes.levels(), "cell " + i + "," + j + "=" + r);
    boolean[][] irm = withDiagonal(m);
    assertEquals(!componentsOf(frm).equals(componentsOf(Reference.closure(irm))),
        changes.componentsChanged());
  }

  @Provide
  Arbitrary<Adjacency> small() {
    return Matrices.digraphs(0, 12, 40);
  }

  @Provide
  Arbitrary<Adjacency> large() {
    return Matrices.digraphs(2, 140, 6);
  }

  @Provide
  Arbitrary<int[]> picks() {
    return Combinators.combine(Arbitraries.integers().between(0, 10_000),
        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 3))
        .as((a, b, c) -> new int[] {a, b, c});
  }
}
