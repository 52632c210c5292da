package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bit matrix's accessors and builder at the word boundaries 63/64/65 and at the edges of their
 * index checks; every expected value follows from "bit (i, j) is bit j % 64 of word j / 64 of row
 * i". Also the small accessors of {@link Skeleton} and {@link Condensation}.
 */
class HandWorkedBitMatrixTest {

  /** Rows 0 = {63, 64, 65}, 1 = {65}, 64 = {0}, 65 = {} in a 66×66 matrix (two words a row). */
  private static BitMatrix sample() {
    return BitMatrix.builder(66).set(0, 63).set(0, 64).set(0, 65).set(1, 65).set(64, 0).build();
  }

  @Test
  void cellsHereAndNotThereComeRowByRowAndColumnByColumn() {
    // other = row 0 {64}, row 64 {0}: what is left of sample is (0, 63), (0, 65), (1, 65)
    BitMatrix other = BitMatrix.builder(66).set(0, 64).set(64, 0).set(2, 2).build();
    List<String> cells = new ArrayList<>();
    sample().forEachNotIn(other, (i, j) -> cells.add(i + "," + j));
    assertEquals(List.of("0,63", "0,65", "1,65"), cells);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> sample().forEachNotIn(BitMatrix.identity(65), (i, j) -> { }));
    assertEquals("sizes differ: 66 and 65", e.getMessage());
  }

  @Test
  void rowsAreReadAcrossTheWordBoundary() {
    BitMatrix m = sample();
    List<Integer> row0 = new ArrayList<>();
    m.forEachInRow(0, row0::add);
    assertEquals(List.of(63, 64, 65), row0);
    assertArrayEquals(new int[] {63, 64, 65}, m.rowIndices(0));
    assertEquals(3, m.rowCardinality(0));
    assertEquals(1, m.rowCardinality(64));
    assertEquals(0, m.rowCardinality(65));
    // column 65 holds rows 0 and 1; column 64 row 0; column 0 row 64
    assertEquals(2, m.columnCardinality(65));
    assertEquals(1, m.columnCardinality(64));
    assertEquals(1, m.columnCardinality(0));
    assertEquals(0, m.columnCardinality(1));
    // row 0 as words: bit 63 of word 0 is Long.MIN_VALUE; bits 0 and 1 of word 1 are 3
    assertArrayEquals(new long[] {Long.MIN_VALUE, 3L}, m.rowWords(0));
    assertEquals("0".repeat(63) + "111", m.rowString(0));
    assertEquals(5, m.cardinality());
  }

  @Test
  void everyRowAccessorChecksItsIndexAtBothEnds() {
    BitMatrix m = sample();
    List<Runnable> calls = new ArrayList<>();
    for (int bad : new int[] {-1, 66}) {
      calls.add(() -> m.get(bad, 0));
      calls.add(() -> m.get(0, bad));
      calls.add(() -> m.rowCardinality(bad));
      calls.add(() -> m.columnCardinality(bad));
      calls.add(() -> m.rowWords(bad));
      calls.add(() -> m.rowIndices(bad));
      calls.add(() -> m.forEachInRow(bad, j -> { }));
      calls.add(() -> m.rowString(bad));
    }
    for (int k = 0; k < calls.size(); k++) {
      Runnable call = calls.get(k);
      IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, call::run);
      assertEquals("index " + (k < 8 ? -1 : 66) + " out of range for 66 factors", e.getMessage(),
          "call " + k);
    }
    // 65 is the last valid index: column 65 of row 1 is set, row 65 is empty
    assertTrue(m.get(1, 65));
    assertFalse(m.get(65, 65));
  }

  @Test
  void equalityIsBitByBitAndTheSizeCounts() {
    BitMatrix a = sample();
    BitMatrix b = sample();
    assertEquals(a, a);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, BitMatrix.builder(66).set(0, 63).set(0, 64).set(0, 65).set(1, 65).build());
    assertNotEquals(a, BitMatrix.builder(66).set(0, 63).set(0, 64).set(0, 65).set(1, 65).set(64, 0)
        .set(65, 1).build());
    assertNotEquals(BitMatrix.builder(2).build(), BitMatrix.builder(3).build()); // all zeros
    assertNotEquals(BitMatrix.builder(2).build(), (Object) "00\n00\n");
    // two rows sharing one array in one matrix and separate arrays in the other are still equal
    long[] shared = {3L};
    assertEquals(new BitMatrix(2, new long[][] {shared, shared}),
        new BitMatrix(2, new long[][] {{3L}, {3L}}));
  }

  @Test
  void subsetsAndUnions() {
    BitMatrix small = BitMatrix.builder(66).set(0, 64).set(64, 0).build();
    BitMatrix m = sample();
    assertTrue(small.isSubsetOf(m));
    assertFalse(m.isSubsetOf(small));
    assertTrue(m.isSubsetOf(m));
    // a bit only in the last row, last word: (65, 65)
    assertFalse(BitMatrix.builder(66).set(65, 65).build().isSubsetOf(m));
    assertEquals("sizes differ: 66 and 65", assertThrows(IllegalArgumentException.class,
        () -> m.isSubsetOf(BitMatrix.identity(65))).getMessage());
    assertEquals("sizes differ: 66 and 65", assertThrows(IllegalArgumentException.class,
        () -> m.or(BitMatrix.identity(65))).getMessage());
    BitMatrix union = m.or(BitMatrix.builder(66).set(65, 65).set(0, 63).build());
    assertEquals(6, union.cardinality()); // five, plus (65, 65); (0, 63) was there
    assertTrue(union.get(65, 65));
  }

  @Test
  void printedRowByRow() {
    assertEquals("01\n00\n", BitMatrix.builder(2).set(0, 1).build().toString());
    assertEquals("", BitMatrix.builder(0).build().toString());
  }

  @Test
  void theBuilderReadsSetsAndClearsSingleBits() {
    BitMatrix.Builder b = BitMatrix.builder(66);
    assertEquals(66, b.size());
    b.set(1, 65, true).set(1, 64, true).set(1, 63, true).set(1, 64, false);
    assertTrue(b.get(1, 65));
    assertFalse(b.get(1, 64));
    assertTrue(b.get(1, 63));
    assertFalse(b.get(0, 65));
    b.set(1, 65, false);
    assertFalse(b.get(1, 65));
    for (int bad : new int[] {-1, 66}) {
      assertEquals("index " + bad + " out of range for 66 factors",
          assertThrows(IndexOutOfBoundsException.class, () -> b.set(bad, 0)).getMessage());
      assertEquals("index " + bad + " out of range for 66 factors",
          assertThrows(IndexOutOfBoundsException.class, () -> b.set(0, bad)).getMessage());
      assertEquals("index " + bad + " out of range for 66 factors",
          assertThrows(IndexOutOfBoundsException.class, () -> b.set(bad, 0, true)).getMessage());
      assertEquals("index " + bad + " out of range for 66 factors",
          assertThrows(IndexOutOfBoundsException.class, () -> b.set(0, bad, true)).getMessage());
      assertEquals("index " + bad + " out of range for 66 factors",
          assertThrows(IndexOutOfBoundsException.class, () -> b.get(bad, 0)).getMessage());
      assertEquals("index " + bad + " out of range for 66 factors",
          assertThrows(IndexOutOfBoundsException.class, () -> b.get(0, bad)).getMessage());
      assertEquals("index " + bad + " out of range for 66 factors",
          assertThrows(IndexOutOfBoundsException.class, () -> b.orWord(bad, 0, 1L)).getMessage());
    }
    BitMatrix m = b.build();
    assertTrue(m.get(1, 63));
    assertEquals(1, m.cardinality());
  }

  @Test
  void wordsAreOredUpToTheLastColumnAndNoFurther() {
    // n = 3: one word, columns 0..2 are bits 0..2 (mask (1 << 3) − 1 = 7)
    BitMatrix.Builder b = BitMatrix.builder(3);
    b.orWord(2, 0, 7L);
    assertEquals("bits past column 2 in word 0",
        assertThrows(IllegalArgumentException.class, () -> b.orWord(0, 0, 8L)).getMessage());
    assertEquals("word 1 out of range for 3 factors",
        assertThrows(IndexOutOfBoundsException.class, () -> b.orWord(0, 1, 1L)).getMessage());
    assertEquals("word -1 out of range for 3 factors",
        assertThrows(IndexOutOfBoundsException.class, () -> b.orWord(0, -1, 1L)).getMessage());
    assertEquals("111", b.build().rowString(2));
    // n = 64: the last word is full, any bit allowed
    BitMatrix full = BitMatrix.builder(64).orWord(0, 0, -1L).build();
    assertEquals(64, full.rowCardinality(0));
  }

  @Test
  void aTransposedBandStartsAtAMultipleOf64BelowN() {
    // n = 64: row 64 is past the matrix
    assertEquals("first row 64 is no multiple of 64 below 64", assertThrows(
        IllegalArgumentException.class,
        () -> BitMatrix.builder(64).orTransposedBand(64, new long[64])).getMessage());
    // n = 65: two words a row, so a band is 64 × 2 = 128 words
    assertEquals("band of 64 words, expected 128", assertThrows(IllegalArgumentException.class,
        () -> BitMatrix.builder(65).orTransposedBand(0, new long[64])).getMessage());
  }

  /**
   * Condensation and skeleton of 0 → 1, 0 → 2, 1 → 2 (no cycle): components are the factors
   * themselves (numbered by first member); the skeleton drops 0 → 2 (implied by 0 → 1 → 2).
   */
  @Test
  void componentAndSkeletonAccessors() {
    BitMatrix m = BitMatrix.builder(3).set(0, 1).set(0, 2).set(1, 2).build();
    Condensation c = Condensation.of(m);
    assertEquals(3, c.componentCount());
    assertEquals(0, c.member(0, 0));
    assertEquals(2, c.member(2, 0));
    assertEquals("member 1 of component 0",
        assertThrows(IndexOutOfBoundsException.class, () -> c.member(0, 1)).getMessage());
    assertEquals("member -1 of component 0",
        assertThrows(IndexOutOfBoundsException.class, () -> c.member(0, -1)).getMessage());
    // direct successors of 0: 1 then 2 (topological order)
    assertEquals(2, c.successorCount(0));
    assertEquals(1, c.successor(0, 0));
    assertEquals(2, c.successor(0, 1));
    assertEquals(0, c.successorCount(2));
    assertEquals("successor 2 of component 0",
        assertThrows(IndexOutOfBoundsException.class, () -> c.successor(0, 2)).getMessage());
    Skeleton s = Skeleton.of(c, TransitiveClosure.of(c));
    assertEquals(1, s.successorCount(0));
    assertEquals(1, s.successor(0, 0));
    assertEquals(1, s.successorCount(1));
    assertEquals(2, s.successor(1, 0));
    assertEquals(0, s.successorCount(2));
    assertEquals("skeleton successor 1 of component 0",
        assertThrows(IndexOutOfBoundsException.class, () -> s.successor(0, 1)).getMessage());
    assertEquals("skeleton successor -1 of component 0",
        assertThrows(IndexOutOfBoundsException.class, () -> s.successor(0, -1)).getMessage());
  }

  @Test
  void adjacencyListsMustFitTheirTargets() {
    // n = 2 needs 3 offsets; start[2] = 2 may not exceed the 1 target given
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Condensation.of(2, new int[] {0, 1, 2}, new int[] {1}));
    assertEquals("start must have n + 1 = 3 offsets within targets (1)", e.getMessage());
  }
}
