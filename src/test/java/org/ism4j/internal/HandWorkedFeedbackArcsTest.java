package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ism4j.internal.FeedbackArcs.Arc;
import org.junit.jupiter.api.Test;

/**
 * Feedback links worked by hand. Beyond {@value FeedbackArcs#EXACT_LIMIT} vertices the heuristic is
 * Eades–Lin–Smyth as the class documents it: repeat { move every sink (no out-link among the vertices
 * left) to the front of the back list, scanning vertices by position, until none is left; then every
 * source to the end of the front list likewise; then, if vertices remain, the one of largest
 * out-degree − in-degree (the first by position among equals) to the end of the front list }; the
 * ordering is front then back, the feedback links are the links that point backwards in it, and a
 * feedback link whose return closes no cycle is returned. "Position" is the index in the
 * {@code vertices} argument; results are in graph vertex indices, sorted by from, then to.
 */
class HandWorkedFeedbackArcsTest {

  private static int[] identity(int n) {
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return v;
  }

  /** The n-cycle 0 → 1 → … → n − 1 → 0. */
  private static BitMatrix cycle(int n) {
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      b.set(i, (i + 1) % n);
    }
    return b.build();
  }

  /**
   * The 21-cycle 0 → 1 → … → 20 → 0. No sink, no source; every delta is 1 − 1 = 0, so the first,
   * vertex 0, goes to the front. Then 20 (its one link, to 0, leaves the set) is a sink; the scan
   * by position reaches 19 before 20 leaves, so each pass peels one: 20, 19, …, 1, each put before
   * the others at the back, giving back = 1, 2, …, 20. Ordering 0, 1, …, 20: the one backward link
   * is 20 → 0, and its return closes the cycle, so it stays.
   */
  @Test
  void aLongCycleLosesTheLinkIntoTheFirstVertexOfTheLargestDelta() {
    FeedbackArcs f = FeedbackArcs.of(cycle(21), identity(21));
    assertEquals(List.of(new Arc(20, 0)), f.arcs());
    assertEquals(1, f.size());
    assertFalse(f.isExact());
  }

  /**
   * a = 0 ⇄ b = 1, b ⇄ c = 2, a → c, and 18 isolated vertices 3..20 (21 vertices, so the heuristic).
   * First sink pass: 3..20 have no out-link, all go to the back; a, b, c have out-links. No source
   * (a has in-link b → a, b has a → b, c has a → c). Deltas: a out {b, c} − in {b} = 2 − 1 = 1; b
   * out {a, c} − in {a, c} = 0; c out {b} − in {a, b} = 1 − 2 = −1: a goes first. Left b, c: b → c
   * and c → b, so no sink and no source; deltas b 1 − 1 = 0, c 1 − 1 = 0, a tie, so b (first by
   * position) goes next; c is then a sink. Ordering a, b, c, then the isolated ones: backward b → a
   * and c → b. With both removed only a → b, a → c, b → c are left: returning b → a closes
   * a → b → a, returning c → b closes b → c → b; both stay (two disjoint 2-cycles need two).
   */
  @Test
  void theLargestDeltaGoesFirstAndATieGoesToTheFirstPosition() {
    BitMatrix.Builder b = BitMatrix.builder(21);
    b.set(0, 1).set(1, 0).set(1, 2).set(2, 1).set(0, 2);
    FeedbackArcs f = FeedbackArcs.of(b.build(), identity(21));
    assertEquals(List.of(new Arc(1, 0), new Arc(2, 1)), f.arcs());
    assertFalse(f.isExact());
  }

  /**
   * The same three vertices placed at graph indices 20, 19, 18 by a vertices array in descending
   * order (position p is vertex 20 − p), so position a = 0 is vertex 20, b = 1 is 19, c = 2 is 18:
   * links 20 ⇄ 19, 19 ⇄ 18, 20 → 18. The positions work out as above: backward b → a, c → b, found
   * in that order, i.e. 19 → 20 then 18 → 19; sorted by the from vertex: 18 → 19 first.
   */
  @Test
  void resultsAreInGraphIndicesSortedByFromThenTo() {
    BitMatrix.Builder b = BitMatrix.builder(21);
    b.set(20, 19).set(19, 20).set(19, 18).set(18, 19).set(20, 18);
    int[] vertices = new int[21];
    for (int p = 0; p < 21; p++) {
      vertices[p] = 20 - p;
    }
    FeedbackArcs f = FeedbackArcs.of(b.build(), vertices);
    assertEquals(List.of(new Arc(18, 19), new Arc(19, 20)), f.arcs());
  }

  /**
   * The cycle 4 → 5 → … → 24 → 4 (21 vertices) inside a graph of 25, seen through the vertices
   * 24, 23, …, 4 (position p is vertex 24 − p); links to and from 0..3 (24 → 0 → 4, closing a longer
   * cycle) and the diagonal bit (10, 10) are ignored. In positions the links are 0 → 20 (24 → 4)
   * and p → p − 1 for p = 1..20. All deltas 0: position 0 (vertex 24) goes first. Then position 1
   * (its one link, to 0, leaves) is a sink, and the same ascending scan finds 2, 3, …, 20 sinks in
   * turn, each put before the others: back = 20, 19, …, 1. Ordering 0, 20, 19, …, 1: the one
   * backward link is 1 → 0, vertex 23 → 24, which closes the cycle and stays.
   */
  @Test
  void onlyTheGivenVerticesCountAndTheDiagonalIsIgnored() {
    BitMatrix.Builder b = BitMatrix.builder(25);
    for (int v = 4; v < 24; v++) {
      b.set(v, v + 1);
    }
    b.set(24, 4).set(24, 0).set(0, 4).set(10, 10);
    int[] vertices = new int[21];
    for (int p = 0; p < 21; p++) {
      vertices[p] = 24 - p;
    }
    FeedbackArcs f = FeedbackArcs.of(b.build(), vertices);
    assertEquals(List.of(new Arc(23, 24)), f.arcs());
  }

  /**
   * Exactly {@value FeedbackArcs#EXACT_LIMIT} vertices are still solved exactly, 21 are not: the
   * 20-cycle 0 → … → 19 → 0 needs one link and {@code isExact()} holds; the 21-cycle is above.
   */
  @Test
  void twentyVerticesAreSolvedExactly() {
    FeedbackArcs f = FeedbackArcs.of(cycle(20), identity(20));
    assertTrue(f.isExact());
    assertEquals(1, f.size());
  }
}
