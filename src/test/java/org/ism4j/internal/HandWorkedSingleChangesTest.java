package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One-cell changes of an IRM, worked by hand with the result-first rule: a factor's level is 1 + the
 * highest level among the factors it reaches outside its own cycle (a factor reaching nothing else
 * is level 1), and a cycle's factors share a level.
 */
class HandWorkedSingleChangesTest {

  /** The chain a = 0 → b = 1 → c = 2, diagonal set. Closure: a {a, b, c}, b {b, c}, c {c}. */
  private static SingleChanges chain() {
    return new SingleChanges(BitMatrix.builder(3).set(0, 0).set(1, 1).set(2, 2).set(0, 1).set(1, 2)
        .build());
  }

  @Test
  void theUnchangedChainHasThreeLevels() {
    SingleChanges s = chain();
    assertEquals(3, s.size());
    // c reaches nothing else: 1; b reaches c: 2; a reaches b (2) and c (1): 3
    assertArrayEquals(new int[] {3, 2, 1}, s.baseLevels());
    assertEquals(3, s.baseLevelCount());
    assertTrue(s.link(0, 1));
    assertTrue(s.link(1, 2));
    assertFalse(s.link(1, 0));
    assertFalse(s.link(0, 2));
  }

  @Test
  void removingTheFirstLinkLeavesAAlone() {
    SingleChanges s = chain();
    // without a → b: a reaches only itself (1), b → c (2), c (1)
    s.evaluate(0, 1, false, false);
    assertArrayEquals(new int[] {1, 2, 1}, s.levels());
    assertEquals(2, s.levelCount());
    assertFalse(s.componentsChanged());
    // the same cell seen from the other side: (1, 0) with backward = link 0 → 1 removed
    s.evaluate(1, 0, false, false);
    assertArrayEquals(new int[] {1, 2, 1}, s.levels());
    assertEquals(2, s.levelCount());
    // the base stays as it was
    assertArrayEquals(new int[] {3, 2, 1}, s.baseLevels());
  }

  @Test
  void removingTheLastLinkLeavesCAlone() {
    SingleChanges s = chain();
    // without b → c: a → b (a 2, b 1), c alone (1)
    s.evaluate(1, 2, false, false);
    assertArrayEquals(new int[] {2, 1, 1}, s.levels());
    assertEquals(2, s.levelCount());
    assertFalse(s.componentsChanged());
  }

  @Test
  void aLinkAlreadyImpliedChangesNothing() {
    SingleChanges s = chain();
    // a → c is already in the closure
    s.evaluate(0, 2, true, false);
    assertArrayEquals(new int[] {3, 2, 1}, s.levels());
    assertEquals(3, s.levelCount());
    assertFalse(s.componentsChanged());
    // keeping a cell as it is changes nothing either
    s.evaluate(0, 1, true, false);
    assertArrayEquals(new int[] {3, 2, 1}, s.levels());
  }

  @Test
  void aBackLinkMakesACycle() {
    SingleChanges s = chain();
    // b ⇄ c: {b, c} a cycle at level 1, a above it at 2
    s.evaluate(1, 2, true, true);
    assertArrayEquals(new int[] {2, 1, 1}, s.levels());
    assertEquals(2, s.levelCount());
    assertTrue(s.componentsChanged());
    // c → a (cell (2, 0) forward): a → b → c → a, one cycle, one level
    s.evaluate(2, 0, true, false);
    assertArrayEquals(new int[] {1, 1, 1}, s.levels());
    assertEquals(1, s.levelCount());
    assertTrue(s.componentsChanged());
  }

  @Test
  void reversingALinkTurnsTheChainAround() {
    SingleChanges s = chain();
    // a → b becomes b → a: b reaches a and c (both 1), so b is 2
    s.evaluate(0, 1, false, true);
    assertArrayEquals(new int[] {1, 2, 1}, s.levels());
    assertEquals(2, s.levelCount());
    assertFalse(s.componentsChanged());
  }

  @Test
  void removingALinkInsideACycleSplitsIt() {
    // a ⇄ b, b → c: {a, b} level 2, c level 1
    SingleChanges s = new SingleChanges(BitMatrix.builder(3).set(0, 0).set(1, 1).set(2, 2)
        .set(0, 1).set(1, 0).set(1, 2).build());
    assertArrayEquals(new int[] {2, 2, 1}, s.baseLevels());
    assertEquals(2, s.baseLevelCount());
    // without b → a: a → b → c, three levels, the cycle broken
    s.evaluate(0, 1, true, false);
    assertArrayEquals(new int[] {3, 2, 1}, s.levels());
    assertEquals(3, s.levelCount());
    assertTrue(s.componentsChanged());
    // without a → b: b → a and b → c: a 1, c 1, b 2
    s.evaluate(0, 1, false, true);
    assertArrayEquals(new int[] {1, 2, 1}, s.levels());
    assertTrue(s.componentsChanged());
    // without both: a alone (1), b → c (2, 1)
    s.evaluate(0, 1, false, false);
    assertArrayEquals(new int[] {1, 2, 1}, s.levels());
    assertEquals(2, s.levelCount());
  }

  @Test
  void aRedundantLinkCanGoWithoutChange() {
    // a → b → c and a → c: removing a → c leaves the closure as it was
    SingleChanges s = new SingleChanges(BitMatrix.builder(3).set(0, 0).set(1, 1).set(2, 2)
        .set(0, 1).set(1, 2).set(0, 2).build());
    s.evaluate(0, 2, false, false);
    assertArrayEquals(new int[] {3, 2, 1}, s.levels());
    assertEquals(3, s.levelCount());
    assertFalse(s.componentsChanged());
  }

  /**
   * The chain 0 → 1 → … → 65 across the word boundary: factor i is level 66 − i. Without 63 → 64,
   * 0..63 is a chain of 64 (factor i level 64 − i) and 64 → 65 one of 2 (64 is 2, 65 is 1). With
   * 65 → 0 added instead, everything is one cycle at level 1.
   */
  @Test
  void aLongChainAcrossTheWordBoundary() {
    BitMatrix.Builder b = BitMatrix.builder(66);
    for (int i = 0; i < 66; i++) {
      b.set(i, i);
      if (i < 65) {
        b.set(i, i + 1);
      }
    }
    SingleChanges s = new SingleChanges(b.build());
    int[] base = new int[66];
    for (int i = 0; i < 66; i++) {
      base[i] = 66 - i;
    }
    assertArrayEquals(base, s.baseLevels());
    assertEquals(66, s.baseLevelCount());
    s.evaluate(63, 64, false, false);
    int[] split = new int[66];
    for (int i = 0; i < 64; i++) {
      split[i] = 64 - i;
    }
    split[64] = 2;
    split[65] = 1;
    assertArrayEquals(split, s.levels());
    assertEquals(64, s.levelCount());
    assertFalse(s.componentsChanged());
    s.evaluate(0, 65, false, true);
    int[] one = new int[66];
    java.util.Arrays.fill(one, 1);
    assertArrayEquals(one, s.levels());
    assertEquals(1, s.levelCount());
    assertTrue(s.componentsChanged());
    // 64 → 63 added (cell (63, 64) backward, forward kept): {63, 64} a cycle. It reaches 65 (1),
    // so it is 2; factor i < 63 is then 2 + (63 − i), i.e. 65 − i
    s.evaluate(63, 64, true, true);
    int[] cyc = new int[66];
    for (int i = 0; i < 63; i++) {
      cyc[i] = 65 - i;
    }
    cyc[63] = 2;
    cyc[64] = 2;
    cyc[65] = 1;
    assertArrayEquals(cyc, s.levels());
    assertEquals(65, s.levelCount());
    assertTrue(s.componentsChanged());
  }
}
