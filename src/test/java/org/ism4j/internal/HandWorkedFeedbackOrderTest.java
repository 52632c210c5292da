package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ism4j.internal.FeedbackArcs.Arc;
import org.junit.jupiter.api.Test;

/**
 * The orderings behind feedback links, worked by hand. Exact (at most 20 vertices): a dynamic
 * programme over subsets s in increasing order, each vertex v not in s placed after s at the cost
 * (links from v into s) × (k² + 1) + (links from v into s that point up the hierarchy, levels[v]
 * &gt; levels[target]); a strictly cheaper cost replaces the one stored, so the first s found keeps
 * a tie, and the ordering is read back from the full set. The heuristic (above 20) is
 * Eades–Lin–Smyth as {@link HandWorkedFeedbackArcsTest} describes it. Positions are indices in the
 * {@code vertices} argument.
 */
class HandWorkedFeedbackOrderTest {

  private static int[] identity(int n) {
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return v;
  }

  /** 0 → 1 → 2 → 0 among n vertices (the rest isolated). */
  private static BitMatrix triangle(int n) {
    return BitMatrix.builder(n).set(0, 1).set(1, 2).set(2, 0).build();
  }

  /**
   * k = 3, weight 10, no levels: every ordering with one backward link costs 10. For the full set
   * {0, 1, 2} the subsets are met in order {0, 1} (cost 0: 0 then 1; 2 after it: 2 → 0, 10),
   * {0, 2} (0 via 2 then 0; 1 after: 1 → 2, 10, not cheaper), {1, 2} (10, not cheaper): the first,
   * so the ordering 0, 1, 2 and the link 2 → 0.
   */
  @Test
  void withoutLevelsTheFirstCheapestSubsetWins() {
    FeedbackArcs f = FeedbackArcs.of(triangle(3), identity(3));
    assertEquals(List.of(new Arc(2, 0)), f.arcs());
    assertTrue(f.isExact());
  }

  /**
   * Levels 1, 2, 2: only 2 → 0 points up (2 &gt; 1); 0 → 1 (1 &lt; 2) and 1 → 2 (2 = 2, equal, not
   * up) do not. Removing 2 → 0 costs 10 + 1 = 11; 0 → 1 or 1 → 2 costs 10. Full set: {0, 1} + 2
   * costs 11; {0, 2} (2 then 0, cost 0) + 1 costs 10, cheaper; {1, 2} + 0 costs 10, not cheaper.
   * Ordering 2, 0, 1: the link 1 → 2 goes. (Were the equal levels of 1 and 2 counted as up,
   * 1 → 2 would cost 11 and 0 → 1 would go.)
   */
  @Test
  void equalLevelsAreNotAHierarchyToKeep() {
    FeedbackArcs f = FeedbackArcs.of(triangle(3), identity(3), new int[] {1, 2, 2});
    assertEquals(List.of(new Arc(1, 2)), f.arcs());
  }

  /**
   * The same triangle with 17 isolated vertices, 20 in all: still exact (k = 20 is the limit), so
   * the levels count. The isolated ones cost nothing anywhere; the full set is reached first from
   * the smallest subset, the one without 19, and so on down, so they are placed last and the
   * triangle's ordering is the one above: 1 → 2. The heuristic would ignore the levels: 0 first
   * (all deltas 0), then 2 and 1 become sinks, ordering 0, 1, 2, and the link 2 → 0.
   */
  @Test
  void twentyVerticesStillHonourTheLevels() {
    int[] levels = new int[20];
    levels[0] = 1;
    levels[1] = 2;
    levels[2] = 2;
    FeedbackArcs f = FeedbackArcs.of(triangle(20), identity(20), levels);
    assertEquals(List.of(new Arc(1, 2)), f.arcs());
    assertTrue(f.isExact());
  }

  /**
   * Two 2-cycles, 0 ⇄ 3 and 1 ⇄ 2, levels 1, 1, 2, 2: 3 → 0 and 2 → 1 point up and are kept, so
   * the one cheapest set (2 × 17 = 34, against 35 or more) removes 0 → 3 and 1 → 2. Sorted by
   * from, then to: (0, 3) before (1, 2), although 2 &lt; 3.
   */
  @Test
  void linksAreSortedByFromBeforeTo() {
    BitMatrix m = BitMatrix.builder(4).set(0, 3).set(3, 0).set(1, 2).set(2, 1).build();
    FeedbackArcs f = FeedbackArcs.of(m, identity(4), new int[] {1, 1, 2, 2});
    assertEquals(List.of(new Arc(0, 3), new Arc(1, 2)), f.arcs());
  }

  /**
   * 21 vertices: p = 0 ⇄ q = 1, q ⇄ r = 2, r → p; 3..20 isolated. The isolated ones are sinks and
   * go to the back; then no sink or source (in-degrees p 2, q 2, r 1). Deltas: p 1 − 2 = −1,
   * q 2 − 2 = 0, r 2 − 1 = +1: r first. Left p ⇄ q: deltas 0 and 0, p (first position); then q
   * is a sink. Ordering r, p, q, …: backward q → p and q → r; with both out, p → q, r → q and
   * r → p are left, and returning either closes a cycle (p → q → p, r → q → r): both stay.
   * Ranking by out-degree alone would put q first and give p → q and r → q instead.
   */
  @Test
  void theHeuristicRanksByOutDegreeMinusInDegree() {
    BitMatrix m = BitMatrix.builder(21).set(0, 1).set(1, 0).set(1, 2).set(2, 1).set(2, 0).build();
    FeedbackArcs f = FeedbackArcs.of(m, identity(21));
    assertEquals(List.of(new Arc(1, 0), new Arc(1, 2)), f.arcs());
    assertFalse(f.isExact());
  }
}
