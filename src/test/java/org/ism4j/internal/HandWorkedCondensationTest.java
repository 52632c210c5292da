package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Condensations worked by hand from {@link Condensation}'s documentation: components numbered by
 * their first member, members ascending, the topological order the reverse of the order Tarjan
 * finishes the components (see {@link HandWorkedTarjanTest}), successor lists sorted by
 * topological rank, level 1 for a sink and else 1 + the highest level of a direct successor.
 */
class HandWorkedCondensationTest {

  /** 0 ⇄ 1, 1 → 2, 2 → 4, 0 → 3, 3 → 4, 4 ⇄ 5. */
  private static BitMatrix six() {
    return BitMatrix.builder(6).set(0, 1).set(1, 0).set(1, 2).set(2, 4).set(0, 3).set(3, 4)
        .set(4, 5).set(5, 4).build();
  }

  /**
   * Tarjan finishes {4, 5}, {2}, {3}, {0, 1} in that order; by first member they are 3, 1, 2, 0,
   * so the topological order (the reverse) is 0, 2, 1, 3. Successors: {0, 1} has 0 → 3 (component
   * 2, rank 1) and 1 → 2 (component 1, rank 2): [2, 1]; {2} and {3} reach {4, 5}: [3]; {4, 5} none.
   * Levels: {4, 5} 1, {2} 2, {3} 2, {0, 1} 1 + max(2, 2) = 3.
   */
  private static void assertSix(Condensation c) {
    assertEquals(6, c.factorCount());
    assertEquals(4, c.componentCount());
    for (int i = 0; i < 6; i++) {
      assertEquals(new int[] {0, 0, 1, 2, 3, 3}[i], c.componentOf(i));
    }
    assertArrayEquals(new int[] {0, 2, 1, 3}, c.topologicalOrder());
    assertEquals(0, c.topologicalRank(0));
    assertEquals(2, c.topologicalRank(1));
    assertEquals(1, c.topologicalRank(2));
    assertEquals(3, c.topologicalRank(3));
    assertArrayEquals(new int[] {2, 1}, c.successors(0));
    assertArrayEquals(new int[] {3}, c.successors(1));
    assertArrayEquals(new int[] {3}, c.successors(2));
    assertArrayEquals(new int[] {}, c.successors(3));
    assertEquals(2, c.successorCount(0));
    assertEquals(0, c.successorCount(3));
    assertEquals(2, c.successor(0, 0));
    assertEquals(1, c.successor(0, 1));
    assertArrayEquals(new int[] {4, 5}, c.members(3));
    assertEquals(2, c.size(3));
    assertEquals(4, c.firstMember(3));
    assertEquals(4, c.member(3, 0));
    assertEquals(5, c.member(3, 1));
    assertEquals(1, c.member(0, 1));
    assertEquals(2, c.member(1, 0));
    assertTrue(c.isCycle(0));
    assertFalse(c.isCycle(1));
    assertTrue(c.isCycle(3));
    assertArrayEquals(new int[] {3, 2, 2, 1}, c.levels());
  }

  @Test
  void sixFactorsFromTheMatrix() {
    // 8 links fit in the budget 6 × 1 × 2 = 12: adjacency lists
    assertSix(Condensation.of(six()));
  }

  @Test
  void sixFactorsFromTheBitRows() {
    assertSix(Condensation.ofBitRows(six()));
  }

  @Test
  void sixFactorsFromListsWithRepeatsAndSelfLoops() {
    // the same links, each list in index order, plus 0 → 0, a second 1 → 2 and 4 → 4
    int[] start = {0, 3, 6, 7, 8, 10, 11};
    int[] targets = {0, 1, 3, 0, 2, 2, 4, 4, 4, 5, 4};
    assertSix(Condensation.of(6, start, targets));
  }

  /**
   * G1 of {@link HandWorkedTarjanTest} (0 → 3..127 and back, 3 → 2, 4 → 1) as sparse lists: plain
   * Tarjan finishes {2}, {1}, C; by first member C = 0, {1} = 1, {2} = 2; topological order 0, 1,
   * 2. Made dense (every link among 5..127 added: far more than the budget 128 × 2 × 2 = 512), the
   * bit rows are searched and the peel finishes {1}, {2}, C: topological order 0, 2, 1, and C's
   * successors sorted by it, [2, 1]. Both are topological orders; which one comes out depends on
   * the path taken. Levels alike: C 2, {1} and {2} 1.
   */
  @Test
  void aDenseGiantComponentIsPeeledAndItsLowerComponentsComeInIndexOrder() {
    BitMatrix.Builder sparse = BitMatrix.builder(128);
    BitMatrix.Builder dense = BitMatrix.builder(128);
    for (int i = 3; i < 128; i++) {
      sparse.set(0, i).set(i, 0);
      dense.set(0, i).set(i, 0);
    }
    sparse.set(3, 2).set(4, 1);
    dense.set(3, 2).set(4, 1);
    for (int i = 5; i < 128; i++) {
      for (int j = 5; j < 128; j++) {
        dense.set(i, j);
      }
    }
    Condensation s = Condensation.of(sparse.build());
    assertEquals(3, s.componentCount());
    assertArrayEquals(new int[] {0, 1, 2}, s.topologicalOrder());
    assertArrayEquals(new int[] {1, 2}, s.successors(0));
    assertArrayEquals(new int[] {2, 1, 1}, s.levels());
    assertEquals(126, s.size(0));

    Condensation d = Condensation.of(dense.build());
    assertEquals(3, d.componentCount());
    assertEquals(1, d.componentOf(1));
    assertEquals(2, d.componentOf(2));
    assertEquals(0, d.componentOf(127));
    assertArrayEquals(new int[] {0, 2, 1}, d.topologicalOrder());
    assertArrayEquals(new int[] {2, 1}, d.successors(0));
    assertArrayEquals(new int[] {}, d.successors(1));
    assertArrayEquals(new int[] {2, 1, 1}, d.levels());
  }
}
