package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
 * The acyclic path of the closure ({@code TransitiveClosure.ofAcyclic}: one depth-first search over
 * the adjacency lists that builds each row when it finishes a factor, and gives up on a cycle)
 * against the boolean textbook references: on DAGs in a hidden order and chains it must return the
 * closure, on anything with a cycle (as the textbook closure tells: two factors reaching each other)
 * it must return null, and {@link TransitiveClosure#of(BitMatrix)}, which falls back to the
 * components, must equal the textbook closure either way. Sizes 0 to 140 (0, 1, 63, 64, 65 as edge
 * cases, so the last word is partly used), and 449 to 520 so rows reach
 * {@link TransitiveClosure#PICK_MIN_WORDS} words; inputs with and without the diagonal set (an IRM
 * has it: self-loops must be ignored). Sparse DAGs leave many factors isolated.
 */
class AcyclicPathProperties {

  @Provide
  Arbitrary<Adjacency> acyclic() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Matrices.dags(0, 140, 4)),
        Tuple.of(1, Matrices.chains(0, 140)));
  }

  @Provide
  Arbitrary<Adjacency> any() {
    return Matrices.digraphs(0, 140, 4);
  }

  @Provide
  Arbitrary<Adjacency> longRows() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Matrices.dags(449, 520, 2)),
        Tuple.of(1, Matrices.chains(449, 520)));
  }

  @Property(tries = 400)
  void theAcyclicPathOfADagEqualsTextbookWarshall(@ForAll("acyclic") Adjacency a,
      @ForAll boolean diagonal) {
    boolean[][] m = diagonal ? a.withDiagonal() : a.matrix();
    BitMatrix closure = acyclicPath(m);
    assertNotNull(closure, "a DAG has no cycle");
    assertArrayEquals(Reference.closure(m), closure.toBooleanArray());
    assertArrayEquals(Reference.closure(m), TransitiveClosure.of(BitMatrix.of(m)).toBooleanArray());
  }

  @Property(tries = 20)
  void theAcyclicPathWithPickedRowsEqualsTextbookWarshall(@ForAll("longRows") Adjacency a,
      @ForAll boolean diagonal) {
    boolean[][] m = diagonal ? a.withDiagonal() : a.matrix();
    assertEquals(true, BitMatrix.wordsFor(m.length) >= TransitiveClosure.PICK_MIN_WORDS);
    BitMatrix closure = acyclicPath(m);
    assertNotNull(closure, "a DAG has no cycle");
    assertArrayEquals(Reference.closure(m), closure.toBooleanArray());
  }

  @Property(tries = 400)
  void theAcyclicPathGivesUpExactlyOnCycles(@ForAll("any") Adjacency a, @ForAll boolean diagonal) {
    boolean[][] m = diagonal ? a.withDiagonal() : a.matrix();
    boolean[][] expected = Reference.closure(m);
    BitMatrix closure = acyclicPath(m);
    if (hasCycle(expected)) {
      assertNull(closure, "a cycle must make the acyclic path give up");
    } else {
      assertNotNull(closure, "no cycle, so the acyclic path must finish");
      assertArrayEquals(expected, closure.toBooleanArray());
    }
    assertArrayEquals(expected, TransitiveClosure.of(BitMatrix.of(m)).toBooleanArray());
  }

  /**
   * A DAG with one link turned back along a path (so the cycle may lie deep in the search, after
   * many rows are built): the acyclic path gives up, and the fallback through the components still
   * equals the textbook closure.
   */
  @Property(tries = 300)
  void oneLinkBackInADagFallsBackToTheComponents(@ForAll("acyclic") Adjacency a,
      @ForAll int pick) {
    boolean[][] m = a.matrix();
    boolean[][] reach = Reference.closure(m);
    int n = m.length;
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && reach[i][j]) {
          pairs++;
        }
      }
    }
    Assume.that(pairs > 0);
    int k = Math.floorMod(pick, pairs);
    outer:
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && reach[i][j] && k-- == 0) {
          m[j][i] = true; // j reaches back to i
          break outer;
        }
      }
    }
    assertNull(acyclicPath(m), "the link back closes a cycle");
    assertArrayEquals(Reference.closure(m), TransitiveClosure.of(BitMatrix.of(m)).toBooleanArray());
  }

  /** The acyclic path on the lists the closure builds; the inputs here always fit in lists. */
  private static BitMatrix acyclicPath(boolean[][] m) {
    BitMatrix bits = BitMatrix.of(m);
    int[][] lists = Tarjan.adjacency(bits);
    Assume.that(lists != null);
    return TransitiveClosure.ofAcyclic(m.length, lists[0], lists[1]);
  }

  /** Whether two distinct factors reach each other in a textbook closure. */
  private static boolean hasCycle(boolean[][] closure) {
    for (int i = 0; i < closure.length; i++) {
      for (int j = i + 1; j < closure.length; j++) {
        if (closure[i][j] && closure[j][i]) {
          return true;
        }
      }
    }
    return false;
  }
}
