package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Reference;

/**
 * Feedback links: exact ones against brute force over all orderings (size, then the links kept
 * for a hierarchy), heuristic ones acyclic and minimal. Graphs are lists of links, so jqwik
 * shrinks a failure to few factors and few links, and prints the 0/1 rows.
 */
class FeedbackArcsProperties {

  /** A digraph as 0/1 rows; no loops. */
  record Digraph(boolean[][] m) {
    static Digraph of(int n, List<Integer> cells) {
      boolean[][] m = new boolean[n][n];
      for (int c : cells) {
        m[c / n][c % n] = c / n != c % n;
      }
      return new Digraph(m);
    }

    int size() {
      return m.length;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(size() + " vertices:");
      for (boolean[] row : m) {
        sb.append('\n');
        for (boolean b : row) {
          sb.append(b ? '1' : '0');
        }
      }
      return sb.toString();
    }
  }

  /** Digraphs of {@code min..max} vertices with up to {@code percent}% of the possible links. */
  static Arbitrary<Digraph> digraphs(int min, int max, int percent) {
    return Arbitraries.integers().between(min, max).flatMap(n -> n == 0
        ? Arbitraries.just(new Digraph(new boolean[0][0]))
        : Arbitraries.integers().between(0, n * n - 1).list().ofMaxSize(n * n * percent / 100)
            .map(cells -> Digraph.of(n, cells)));
  }

  @Provide
  Arbitrary<Digraph> small() {
    return digraphs(0, 7, 60);
  }

  @Provide
  Arbitrary<Digraph> large() {
    return digraphs(21, 70, 30);
  }

  /** A digraph with a level per vertex, 1 at the top. */
  record Ranked(Digraph g, int[] level) {
    @Override
    public String toString() {
      return g + "\nlevels " + java.util.Arrays.toString(level);
    }
  }

  /** A small digraph with a level (1..4) per vertex. */
  @Provide
  Arbitrary<Ranked> ranked() {
    return digraphs(1, 7, 60).flatMap(g -> Combinators.combine(Arbitraries.just(g),
        Arbitraries.integers().between(1, 4).array(int[].class).ofSize(g.size()))
        .as(Ranked::new));
  }

  private static int[] all(int n) {
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return v;
  }

  private static boolean[][] without(boolean[][] m, List<FeedbackArcs.Arc> arcs) {
    boolean[][] r = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      r[i] = m[i].clone();
    }
    for (FeedbackArcs.Arc a : arcs) {
      assertTrue(r[a.from()][a.to()], "a feedback link is a link: " + a);
      r[a.from()][a.to()] = false;
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

  /**
   * Over all orderings: the fewest backward links, and among orderings with that many, the fewest
   * backward links u → v with {@code level[u] > level[v]}; returned as {@code {fewest, fewestUp}}.
   */
  private static int[] bruteForce(boolean[][] m, int[] level) {
    int[] best = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    permute(m, level, new int[m.length], new boolean[m.length], 0, best);
    return best;
  }

  private static void permute(boolean[][] m, int[] level, int[] order, boolean[] used, int k,
      int[] best) {
    int n = m.length;
    if (k == n) {
      int back = 0;
      int up = 0;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < a; b++) {
          if (m[order[a]][order[b]]) {
            back++;
            up += level[order[a]] > level[order[b]] ? 1 : 0;
          }
        }
      }
      if (back < best[0] || back == best[0] && up < best[1]) {
        best[0] = back;
        best[1] = up;
      }
      return;
    }
    for (int v = 0; v < n; v++) {
      if (!used[v]) {
        used[v] = true;
        order[k] = v;
        permute(m, level, order, used, k + 1, best);
        used[v] = false;
      }
    }
  }

  @Property(tries = 200)
  void exactSetsAreMinimumAndLeaveNoCycle(@ForAll("small") Digraph g) {
    FeedbackArcs f = FeedbackArcs.of(BitMatrix.of(g.m()), all(g.size()));
    assertTrue(f.isExact());
    assertTrue(acyclic(without(g.m(), f.arcs())));
    assertEquals(bruteForce(g.m(), new int[g.size()])[0], f.size());
  }

  @Property(tries = 150)
  void amongMinimumSetsTheExactOneKeepsTheMostLinksThatPointUpTheHierarchy(
      @ForAll("ranked") Ranked r) {
    Digraph g = r.g();
    int[] level = r.level();
    FeedbackArcs f = FeedbackArcs.of(BitMatrix.of(g.m()), all(g.size()), level);
    int[] best = bruteForce(g.m(), level);
    assertTrue(acyclic(without(g.m(), f.arcs())));
    assertEquals(best[0], f.size());
    assertEquals(best[1], f.arcs().stream().filter(a -> level[a.from()] > level[a.to()]).count());
  }

  @Property(tries = 60)
  void heuristicSetsLeaveNoCycleAndAreMinimal(@ForAll("large") Digraph g) {
    FeedbackArcs f = FeedbackArcs.of(BitMatrix.of(g.m()), all(g.size()));
    assertFalse(f.isExact());
    boolean[][] reduced = without(g.m(), f.arcs());
    assertTrue(acyclic(reduced));
    for (FeedbackArcs.Arc a : f.arcs()) {
      reduced[a.from()][a.to()] = true;
      assertFalse(acyclic(reduced), "returning " + a + " closes a cycle");
      reduced[a.from()][a.to()] = false;
    }
  }

  @Example
  void aSimpleCycleNeedsOneLinkAndTheLevelsChooseWhichOne() {
    // 0 → 1 → 2 → 0
    boolean[][] m = new boolean[3][3];
    m[0][1] = m[1][2] = m[2][0] = true;
    FeedbackArcs f = FeedbackArcs.of(BitMatrix.of(m), all(3));
    assertEquals(1, f.size());
    assertTrue(f.isExact());
    // published levels 0 top (1), 1 middle (2), 2 bottom (3): only 2 → 0 points up; a hierarchy
    // keeps it and drops a downward link
    FeedbackArcs g = FeedbackArcs.of(BitMatrix.of(m), all(3), new int[] {1, 2, 3});
    assertTrue(g.arcs().get(0).from() != 2, "the upward link 2 → 0 is kept");
  }

  @Example
  void theLinksCannotBeChangedByTheCaller() {
    boolean[][] m = new boolean[2][2];
    m[0][1] = m[1][0] = true;
    FeedbackArcs f = FeedbackArcs.of(BitMatrix.of(m), all(2));
    assertThrows(UnsupportedOperationException.class, () -> f.arcs().clear());
    assertEquals(1, f.size());
  }
}
