package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Sequences of one-cell changes on one {@link SingleChanges}, and a change across the word
 * boundary, worked by hand with the result-first rule (a factor's level is 1 + the highest level
 * among what it reaches outside its own cycle; reaching nothing else is level 1). Each evaluate
 * starts again from the unchanged IRM, whatever the previous call computed.
 */
class HandWorkedSingleChangeSequencesTest {

  /** The chain a = 0 → b = 1 → c = 2, diagonal set: levels 3, 2, 1. */
  private static SingleChanges chain() {
    return new SingleChanges(BitMatrix.builder(3).set(0, 0).set(1, 1).set(2, 2).set(0, 1).set(1, 2)
        .build());
  }

  @Test
  void aChangeThatChangesNothingGivesTheBaseLevelsAfterOneThatDid() {
    SingleChanges s = chain();
    // without b → c: a → b (2, 1), c alone (1)
    s.evaluate(1, 2, false, false);
    assertArrayEquals(new int[] {2, 1, 1}, s.levels());
    assertEquals(2, s.levelCount());
    // a → c is implied: the unchanged levels 3, 2, 1 again, not the previous call's
    s.evaluate(0, 2, true, false);
    assertArrayEquals(new int[] {3, 2, 1}, s.levels());
    assertEquals(3, s.levelCount());
    assertFalse(s.componentsChanged());
  }

  /**
   * 0 → 1 → 2 and 0 → 3 → 4 → 5 → 6, diagonal set. Without 3 → 4: 4 → 5 → 6 is 3, 2, 1; 3 and 2
   * reach nothing else: 1; 1 reaches 2: 2; 0 reaches 1 (2) and 3 (1): 3. Then, from the unchanged
   * IRM again, without 1 → 2: 1 and 2 are 1; 3 → 4 → 5 → 6 is 4, 3, 2, 1; 0 reaches 1 (1) and, by
   * its direct link 3 outside the changed set {0, 1}, 3..6: 1 + 4 = 5.
   */
  @Test
  void aDirectLinkOutOfTheChangedSetBringsItsWholeClosedRow() {
    BitMatrix.Builder b = BitMatrix.builder(7);
    for (int i = 0; i < 7; i++) {
      b.set(i, i);
    }
    b.set(0, 1).set(1, 2).set(0, 3).set(3, 4).set(4, 5).set(5, 6);
    SingleChanges s = new SingleChanges(b.build());
    // base: 6 1, 5 2, 4 3, 3 4, 2 1, 1 2, 0 1 + max(2, 4) = 5
    assertArrayEquals(new int[] {5, 2, 1, 4, 3, 2, 1}, s.baseLevels());
    s.evaluate(3, 4, false, false);
    assertArrayEquals(new int[] {3, 2, 1, 1, 3, 2, 1}, s.levels());
    assertEquals(3, s.levelCount());
    s.evaluate(1, 2, false, false);
    assertArrayEquals(new int[] {5, 1, 1, 4, 3, 2, 1}, s.levels());
    assertEquals(5, s.levelCount());
    assertFalse(s.componentsChanged());
  }

  /**
   * The chain 0 → 1 → … → 127 and 70 → 101, diagonal set: factor i reaches i..127, level 128 − i.
   * Without 71 → 72 the changed set is what reaches 71, 0..71, across both words: 72..127 keep
   * 128 − i (101 is 27); 71 reaches nothing else: 1; 70 reaches 71 (1) and 101..127: 1 + 27 = 28;
   * each i below 70 one more than i + 1: 98 − i (0 is 98). Level count max(98, 56) = 98.
   */
  @Test
  void removingALinkWhoseAncestorsSpanTwoWords() {
    BitMatrix.Builder b = BitMatrix.builder(128);
    for (int i = 0; i < 128; i++) {
      b.set(i, i);
      if (i < 127) {
        b.set(i, i + 1);
      }
    }
    b.set(70, 101);
    SingleChanges s = new SingleChanges(b.build());
    int[] want = new int[128];
    for (int i = 0; i < 128; i++) {
      want[i] = 128 - i;
    }
    assertArrayEquals(want, s.baseLevels());
    assertEquals(128, s.baseLevelCount());
    s.evaluate(71, 72, false, false);
    for (int i = 0; i <= 70; i++) {
      want[i] = 98 - i;
    }
    want[71] = 1;
    assertArrayEquals(want, s.levels());
    assertEquals(98, s.levelCount());
    assertFalse(s.componentsChanged());
  }
}
