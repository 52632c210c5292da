package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link BitMatrix.Builder#orTransposedBand} (the blocked 64×64 word transpose behind the SSIM
 * reader's backward bits) against a bit-by-bit transpose, on shrinkable random matrices of 1 to 200
 * factors, most of them no multiple of 64.
 */
class TransposedBandProperties {
  /** A matrix already holding some bits, and a band of 64 rows to OR in transposed. */
  record Case(int n, int firstRow, List<Integer> present, List<Integer> band) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("n=" + n + " firstRow=" + firstRow + "\nmatrix:\n");
      boolean[][] m = cells(n, n, present);
      for (boolean[] row : m) {
        for (boolean b : row) {
          sb.append(b ? '1' : '0');
        }
        sb.append('\n');
      }
      sb.append("band:\n");
      boolean[][] b = cells(Math.min(64, n - firstRow), n, band);
      for (boolean[] row : b) {
        for (boolean x : row) {
          sb.append(x ? '1' : '0');
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.integers().between(1, 200).flatMap(n -> Arbitraries.integers()
        .between(0, (n - 1) / 64).flatMap(block -> {
          int first = block * 64;
          int bandRows = Math.min(64, n - first);
          Arbitrary<List<Integer>> present = Arbitraries.integers().between(0, n * n - 1).list().ofMaxSize(n * 2);
          Arbitrary<List<Integer>> band = Arbitraries.integers().between(0, bandRows * n - 1).list()
              .ofMaxSize(bandRows * n / 2 + 1);
          return Combinators.combine(present, band).as((p, b) -> new Case(n, first, p, b));
        }));
  }

  @Property(tries = 300)
  void orsTheTransposeOfTheBandLikeABitByBitLoop(@ForAll("cases") Case c) {
    int n = c.n();
    boolean[][] expected = cells(n, n, c.present());
    boolean[][] band = cells(Math.min(64, n - c.firstRow()), n, c.band());
    for (int r = 0; r < band.length; r++) {
      for (int col = 0; col < n; col++) {
        if (band[r][col]) {
          expected[col][c.firstRow() + r] = true; // the textbook transpose, one bit at a time
        }
      }
    }
    BitMatrix.Builder b = BitMatrix.builder(n);
    boolean[][] start = cells(n, n, c.present());
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (start[i][j]) {
          b.set(i, j);
        }
      }
    }
    int words = BitMatrix.wordsFor(n);
    long[] packed = new long[64 * words];
    for (int r = 0; r < band.length; r++) {
      for (int col = 0; col < n; col++) {
        if (band[r][col]) {
          packed[r * words + col / 64] |= 1L << (col % 64);
        }
      }
    }
    long[] copy = packed.clone();
    b.orTransposedBand(c.firstRow(), packed);
    assertEquals(BitMatrix.of(expected), b.build(), c.toString());
    assertEquals(java.util.Arrays.toString(copy), java.util.Arrays.toString(packed), "the band is not modified");
  }

  @Test
  void refusesABitOutsideTheMatrixAndAMisalignedBand() {
    BitMatrix.Builder b = BitMatrix.builder(70);
    long[] band = new long[64 * 2];
    band[1] = 1L << 6; // column 70 of row 0: outside
    assertThrows(IllegalArgumentException.class, () -> b.orTransposedBand(0, band));
    long[] rowPast = new long[64 * 2];
    rowPast[6 * 2] = 1; // row 64 + 6 = 70 of the second band: outside
    assertThrows(IllegalArgumentException.class, () -> b.orTransposedBand(64, rowPast));
    assertThrows(IllegalArgumentException.class, () -> b.orTransposedBand(1, new long[64 * 2]));
    assertThrows(IllegalArgumentException.class, () -> b.orTransposedBand(128, new long[64 * 2]));
    assertThrows(IllegalArgumentException.class, () -> b.orTransposedBand(0, new long[64]));
  }

  private static boolean[][] cells(int rows, int n, List<Integer> indices) {
    boolean[][] m = new boolean[rows][n];
    for (int k : indices) {
      m[k / n][k % n] = true;
    }
    return m;
  }
}
