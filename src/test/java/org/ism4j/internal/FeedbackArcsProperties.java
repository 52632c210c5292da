package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ism4j.Reference;
import org.ism4j.internal.BitMatrix;

/** Feedback links: exact ones against brute force over all orderings, heuristic ones acyclic and minimal. */
class FeedbackArcsProperties {

  private static int[] all(int n) {
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return v;
  }

  private static boolean[][] without(boolean[][] m, List<int[]> arcs) {
    boolean[][] r = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      r[i] = m[i].clone();
    }
    for (int[] a : arcs) {
      assertTrue(r[a[0]][a[1]], "a feedback link is a link");
      r[a[0]][a[1]] = false;
    }
    return r;
  }

  private static boolean acyclic(boolean[][] m) {
    boolean[][] c = Reference.closure(m);
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        if (i != j && c[i][j] && c[j][i]) {
          return false;
        }
      }
    }
    return true;
  }

  /** Minimum number of backward links over all orderings, by trying every permutation. */
  private static int bruteForce(boolean[][] m) {
    return permute(m, new int[m.length], new boolean[m.length], 0);
  }

  private static int permute(boolean[][] m, int[] order, boolean[] used, int k) {
    int n = m.length;
    if (k == n) {
      int back = 0;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < a; b++) {
          back += m[order[a]][order[b]] ? 1 : 0;
        }
      }
      return back;
    }
    int best = Integer.MAX_VALUE;
    for (int v = 0; v < n; v++) {
      if (!used[v]) {
        used[v] = true;
        order[k] = v;
        best = Math.min(best, permute(m, order, used, k + 1));
        used[v] = false;
      }
    }
    return best;
  }

  @Property(tries = 200)
  void exactSetsAreMinimumAndLeaveNoCycle(@ForAll @IntRange(min = 0, max = 7) int n,
      @ForAll @DoubleRange(min = 0.1, max = 0.7) double p, @ForAll long seed) {
    boolean[][] m = Reference.randomDigraph(n, p, seed);
    FeedbackArcs f = FeedbackArcs.of(BitMatrix.of(m), all(n));
    assertTrue(f.isExact());
    assertTrue(acyclic(without(m, f.arcs())));
    assertEquals(bruteForce(m), f.size());
  }

  @Property(tries = 60)
  void heuristicSetsLeaveNoCycleAndAreMinimal(@ForAll @IntRange(min = 21, max = 70) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.3) double p, @ForAll long seed) {
    boolean[][] m = Reference.randomDigraph(n, p, seed);
    FeedbackArcs f = FeedbackArcs.of(BitMatrix.of(m), all(n));
    assertFalse(f.isExact());
    boolean[][] reduced = without(m, f.arcs());
    assertTrue(acyclic(reduced));
    for (int[] a : f.arcs()) {
      reduced[a[0]][a[1]] = true;
      assertFalse(acyclic(reduced) , "returning " + a[0] + " → " + a[1] + " closes a cycle");
      reduced[a[0]][a[1]] = false;
    }
  }

  @Example
  void aSimpleCycleNeedsOneLinkAndTheLevelsChooseWhichOne() {
    // 0 → 1 → 2 → 0
    boolean[][] m = new boolean[3][3];
    m[0][1] = m[1][2] = m[2][0] = true;
    FeedbackArcs f = FeedbackArcs.of(BitMatrix.of(m), all(3));
    assertEquals(1, f.size());
    assertEquals("exact minimum", f.method());
    // published levels 0 top (1), 1 middle (2), 2 bottom (3): links 2 → 1? no; 1 → 0? no; only
    // 2 → 0 points up, 0 → 1 and 1 → 2 point down; a hierarchy keeps 2 → 0 and drops a downward one
    FeedbackArcs g = FeedbackArcs.of(BitMatrix.of(m), all(3), new int[] {1, 2, 3});
    int[] arc = g.arcs().get(0);
    assertTrue(arc[0] != 2, "the upward link 2 → 0 is kept");
  }
}
