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

  /** A matrix of n factors and words to OR into row {@code row}: pairs of (word index, bits). */
  record WordCase(int n, int row, List<Integer> present, List<Long> words) {}

  @Provide
  Arbitrary<WordCase> wordCases() {
    return Arbitraries.integers().between(1, 200).flatMap(n -> Combinators.combine(
        Arbitraries.integers().between(0, n - 1),
        Arbitraries.integers().between(0, n * n - 1).list().ofMaxSize(n),
        Arbitraries.longs().list().ofMaxSize(6))
        .as((row, present, words) -> new WordCase(n, row, present, words)));
  }

  @Property(tries = 300)
  void orWordSetsTheSameBitsAsSettingThemOneByOne(@ForAll("wordCases") WordCase c) {
    int n = c.n();
    int words = BitMatrix.wordsFor(n);
    boolean[][] expected = cells(n, n, c.present());
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int k : c.present()) {
      b.set(k / n, k % n);
    }
    for (int k = 0; k < c.words().size(); k++) {
      int w = k % words;
      long bits = c.words().get(k);
      if (w == words - 1 && n % 64 != 0) {
        bits &= (1L << (n % 64)) - 1; // only columns below n
      }
      for (int bit = 0; bit < 64; bit++) {
        if ((bits >>> bit & 1) != 0) {
          expected[c.row()][w * 64 + bit] = true; // column 64w + bit, one at a time
        }
      }
      b.orWord(c.row(), w, bits);
    }
    assertEquals(BitMatrix.of(expected), b.build(), c::toString);
  }

  @Test
  void orWordRefusesABitPastTheLastColumnAndAWordOrRowOutside() {
    BitMatrix.Builder b = BitMatrix.builder(70);
    b.orWord(69, 1, 1L << 5); // column 69: inside
    assertThrows(IllegalArgumentException.class, () -> b.orWord(0, 1, 1L << 6)); // column 70
    assertThrows(IndexOutOfBoundsException.class, () -> b.orWord(0, 2, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> b.orWord(0, -1, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> b.orWord(70, 0, 1));
    BitMatrix.Builder full = BitMatrix.builder(128);
    full.orWord(127, 1, -1L); // a multiple of 64: every bit of the last word is a column
    assertEquals(true, full.build().get(127, 127));
  }

  private static boolean[][] cells(int rows, int n, List<Integer> indices) {
    boolean[][] m = new boolean[rows][n];
    for (int k : indices) {
      m[k / n][k % n] = true;
    }
    return m;
  }
}
