package org.ism4j.internal;

import org.ism4j.internal.Access;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.junit.jupiter.api.Test;

class BitMatrixTest {

  @Test
  void bitsAcrossWordBoundariesAreKeptApart() {
    BitMatrix m = BitMatrix.builder(130).set(0, 63).set(0, 64).set(129, 128).build();
    assertTrue(m.get(0, 63));
    assertTrue(m.get(0, 64));
    assertFalse(m.get(0, 65));
    assertArrayEquals(new int[] {63, 64}, m.rowIndices(0));
    assertEquals(1, m.columnCardinality(128));
    assertEquals(3, m.cardinality());
    assertTrue(m.transpose().get(128, 129));
  }

  @Test
  void aBuilderCannotChangeAMatrixAfterBuild() {
    BitMatrix.Builder b = BitMatrix.builder(2);
    BitMatrix m = b.set(0, 1).build();
    assertThrows(IllegalStateException.class, () -> b.set(1, 0));
    assertFalse(m.get(1, 0));
  }

  @Test
  void outOfRangeIndicesNameTheSize() {
    BitMatrix m = BitMatrix.identity(3);
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> m.get(0, 3));
    assertEquals("index 3 out of range for 3 factors", e.getMessage());
  }

  @Test
  void rowWordsAreACopy() {
    BitMatrix m = BitMatrix.identity(3);
    m.rowWords(0)[0] = -1L;
    assertEquals("100", m.rowString(0));
  }

  @Test
  void anIrmMadeFromBitsWithoutTheirDiagonalStillHasIt() {
    // every factor reaches itself: the SSIM behind an IRM sets the diagonal whatever the bits say
    ReachabilityMatrix irm = Access.make(ReachabilityMatrix.class, Labels.of("A", "B"),
        BitMatrix.builder(2).set(0, 1).build());
    assertEquals("11\n01", irm.rowString(0) + "\n" + irm.rowString(1));
  }

}
