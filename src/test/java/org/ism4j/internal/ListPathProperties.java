package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.ism4j.Adjacency;
import org.ism4j.Matrices;
import org.ism4j.Reference;

/**
 * The adjacency-list path of the condensation (sparse input: successor lists by a counting sort on
 * topological rank) and the closure pass over it (later successors picked by a bit test against the
 * rows already picked, then OR-ed three, two or one at a time), against the boolean textbook
 * references. The inputs are sparse enough that the list path is nearly always taken (the rest,
 * dense edge cases, are discarded, since the bit-row path has properties of its own), with up
 * to 140 factors so rows span one to three words (0, 1, 63, 64, 65 are edge cases), and mix DAGs in
 * a hidden order, cycles linked forward and random digraphs (at most 4, 2 and 2 % of the cells, so
 * the lists stay within the bit rows' size).
 */
class ListPathProperties {

  @Provide
  Arbitrary<Adjacency> sparse() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Matrices.dags(0, 140, 4)),
        Tuple.of(2, Matrices.linkedCycles(0, 140, 2)),
        Tuple.of(1, Matrices.random(0, 140, 2)));
  }

  @Property(tries = 300)
  void theClosureOverAdjacencyListsEqualsTextbookWarshall(@ForAll("sparse") Adjacency a) {
    boolean[][] m = a.matrix();
    BitMatrix bits = BitMatrix.of(m);
    Assume.that(Tarjan.adjacency(bits) != null); // the list path, not the bit rows
    assertArrayEquals(Reference.closure(m), TransitiveClosure.of(bits).toBooleanArray());
  }

  /** 449 to 520 factors: rows of at least {@link TransitiveClosure#PICK_MIN_WORDS} words. */
  @Provide
  Arbitrary<Adjacency> longRows() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Matrices.dags(449, 520, 3)),
        Tuple.of(1, Matrices.linkedCycles(449, 520, 2)));
  }

  @Property(tries = 12)
  void theClosureWithPickedRowsEqualsTextbookWarshall(@ForAll("longRows") Adjacency a) {
    boolean[][] m = a.matrix();
    BitMatrix bits = BitMatrix.of(m);
    Assume.that(Tarjan.adjacency(bits) != null);
    assertEquals(true, BitMatrix.wordsFor(m.length) >= TransitiveClosure.PICK_MIN_WORDS);
    assertArrayEquals(Reference.closure(m), TransitiveClosure.of(bits).toBooleanArray());
  }

  @Property(tries = 300)
  void theListSuccessorsAreExactlyTheComponentEdgesInTopologicalOrder(
      @ForAll("sparse") Adjacency a) {
    boolean[][] m = a.matrix();
    BitMatrix bits = BitMatrix.of(m);
    Assume.that(Tarjan.adjacency(bits) != null); // the list path, not the bit rows
    checkCondensation(m, Condensation.of(bits));
  }

  /**
   * The entry point from adjacency lists (as {@code LevelPartition.of(Graph)} calls it) with every
   * edge listed twice and a self-loop on every third node: the repeats and loops must vanish.
   */
  @Property(tries = 200)
  void repeatedTargetsAndSelfLoopsInAdjacencyListsAreIgnored(@ForAll("sparse") Adjacency a) {
    boolean[][] m = a.matrix();
    int n = m.length;
    int[] start = new int[n + 1];
    int[] targets = new int[2 * n * n + n];
    int e = 0;
    Random rnd = new Random(n);
    for (int i = 0; i < n; i++) {
      start[i] = e;
      if (i % 3 == 0) {
        targets[e++] = i;
      }
      for (int j = n - 1; j >= 0; j--) {
        if (m[i][j]) {
          targets[e++] = j;
          if (rnd.nextBoolean()) {
            targets[e++] = j;
          }
        }
      }
    }
    start[n] = e;
    Condensation c = Condensation.of(n, start, targets);
    checkCondensation(m, c);
    assertArrayEquals(Reference.closure(m), TransitiveClosure.of(c).toBooleanArray());
  }

  private static void checkCondensation(boolean[][] m, Condensation c) {
    int[] expected = Reference.components(m);
    boolean[][] dag = Reference.condensation(m, expected);
    assertEquals(Reference.componentCount(expected), c.componentCount());
    for (int i = 0; i < m.length; i++) {
      assertEquals(expected[i], c.componentOf(i), "component of " + i);
    }
    for (int comp = 0; comp < c.componentCount(); comp++) {
      boolean[] actual = new boolean[c.componentCount()];
      int previousRank = -1;
      for (int d : c.successors(comp)) {
        assertEquals(false, actual[d], "successor " + d + " of " + comp + " listed once");
        actual[d] = true;
        assertEquals(true, c.topologicalRank(d) > previousRank,
            "successors of " + comp + " in topological order");
        previousRank = c.topologicalRank(d);
      }
      assertArrayEquals(dag[comp], actual, "successors of " + comp);
      assertEquals(true, previousRank < 0 || c.topologicalRank(comp) < c.topologicalRank(
          c.successor(comp, 0)), "edges of " + comp + " go forward");
    }
  }
}
