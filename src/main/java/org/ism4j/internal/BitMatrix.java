package org.ism4j.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An immutable square 0/1 matrix stored as rows of {@code long} words, 64 columns a word.
 *
 * <p>Bit (i, j) set means factor i reaches factor j (row → column). Memory is
 * {@code 8 * ceil(n / 64)} bytes per row plus a 16-byte array header; rows that are equal may share
 * one array (all members of a strongly connected component share their closure row), which is safe
 * because nothing ever writes to a built matrix.
 *
 * <p>Build one with {@link #builder(int)}.
 */
public final class BitMatrix {
  private final int n;
  private final int words;
  final long[][] rows;

  BitMatrix(int n, long[][] rows) {
    this.n = n;
    this.words = wordsFor(n);
    this.rows = rows;
  }

  /**
   * Returns the number of {@code long} words in a row of an n×n matrix.
   *
   * @param n the matrix size
   * @return {@code ceil(n / 64)}
   */
  public static int wordsFor(int n) {
    return (n + 63) >>> 6;
  }

  /**
   * Returns a builder for an n×n matrix of zeros.
   *
   * @param n the size, at least 0
   * @return a new builder
   */
  public static Builder builder(int n) {
    return new Builder(n);
  }

  /**
   * Returns the n×n identity matrix.
   *
   * @param n the size
   * @return a matrix with only the diagonal set
   */
  public static BitMatrix identity(int n) {
    Builder b = builder(n);
    for (int i = 0; i < n; i++) {
      b.set(i, i);
    }
    return b.build();
  }

  /**
   * Returns a matrix from a {@code boolean[][]}; handy in tests.
   *
   * @param m a square matrix, not modified
   * @return the same matrix as bits
   */
  public static BitMatrix of(boolean[][] m) {
    Builder b = builder(m.length);
    for (int i = 0; i < m.length; i++) {
      if (m[i].length != m.length) {
        throw new IllegalArgumentException(
            "row " + i + " has " + m[i].length + " columns, expected " + m.length);
      }
      for (int j = 0; j < m.length; j++) {
        if (m[i][j]) {
          b.set(i, j);
        }
      }
    }
    return b.build();
  }

  /** Receives one cell (row, column). */
  @FunctionalInterface
  public interface CellConsumer {
    /**
     * Receives a cell.
     *
     * @param row the row
     * @param column the column
     */
    void accept(int row, int column);
  }

  /**
   * Calls {@code consumer} with every cell that is 1 here and 0 in {@code other}, row by row and
   * column by column, without allocating.
   *
   * @param other a matrix of the same size
   * @param consumer receives each such cell
   * @throws IllegalArgumentException when the sizes differ
   */
  public void forEachNotIn(BitMatrix other, CellConsumer consumer) {
    if (other.n != n) {
      throw new IllegalArgumentException("sizes differ: " + n + " and " + other.n);
    }
    for (int i = 0; i < n; i++) {
      long[] r = rows[i];
      long[] s = other.rows[i];
      for (int w = 0; w < r.length; w++) {
        long added = r[w] & ~s[w];
        while (added != 0) {
          consumer.accept(i, (w << 6) + Long.numberOfTrailingZeros(added));
          added &= added - 1;
        }
      }
    }
  }

  /**
   * Returns the number of rows (and columns).
   *
   * @return n
   */
  public int size() {
    return n;
  }

  /**
   * Returns bit (i, j).
   *
   * @param i row
   * @param j column
   * @return whether i reaches j
   */
  public boolean get(int i, int j) {
    checkIndex(i);
    checkIndex(j);
    return (rows[i][j >>> 6] & (1L << j)) != 0;
  }

  /**
   * Returns the number of set bits in row i.
   *
   * @param i row
   * @return the row sum
   */
  public int rowCardinality(int i) {
    checkIndex(i);
    return cardinality(rows[i]);
  }

  /**
   * Returns the number of set bits in column j; O(n).
   *
   * @param j column
   * @return the column sum
   */
  public int columnCardinality(int j) {
    checkIndex(j);
    int w = j >>> 6;
    long bit = 1L << j;
    int c = 0;
    for (long[] row : rows) {
      if ((row[w] & bit) != 0) {
        c++;
      }
    }
    return c;
  }

  /**
   * Returns the number of set bits in the whole matrix.
   *
   * @return the number of ones
   */
  public long cardinality() {
    long c = 0;
    for (long[] row : rows) {
      c += cardinality(row);
    }
    return c;
  }

  /**
   * Returns a copy of row i as words: bit j of the row is bit {@code j % 64} of word {@code j / 64}.
   *
   * @param i row
   * @return a new array of {@link #wordsFor(int) wordsFor(n)} words
   */
  public long[] rowWords(int i) {
    checkIndex(i);
    return rows[i].clone();
  }

  /**
   * Returns the columns set in row i, ascending.
   *
   * @param i row
   * @return a new array of column indices
   */
  public int[] rowIndices(int i) {
    checkIndex(i);
    long[] row = rows[i];
    int[] out = new int[cardinality(row)];
    int k = 0;
    for (int w = 0; w < row.length; w++) {
      long word = row[w];
      while (word != 0) {
        out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
        word &= word - 1;
      }
    }
    return out;
  }

  /**
   * Calls {@code action} with each column set in row i, ascending.
   *
   * @param i row
   * @param action called once per set column
   */
  public void forEachInRow(int i, IntConsumer action) {
    checkIndex(i);
    long[] row = rows[i];
    for (int w = 0; w < row.length; w++) {
      long word = row[w];
      while (word != 0) {
        action.accept((w << 6) + Long.numberOfTrailingZeros(word));
        word &= word - 1;
      }
    }
  }

  /**
   * Returns the transpose: bit (j, i) of the result is bit (i, j) of this.
   *
   * @return a new matrix
   */
  public BitMatrix transpose() {
    Builder b = builder(n);
    for (int i = 0; i < n; i++) {
      long[] row = rows[i];
      for (int w = 0; w < words; w++) {
        long word = row[w];
        while (word != 0) {
          int j = (w << 6) + Long.numberOfTrailingZeros(word);
          b.rows[j][i >>> 6] |= 1L << i;
          word &= word - 1;
        }
      }
    }
    return b.build();
  }

  /**
   * Returns this matrix with every bit of {@code other} also set.
   *
   * @param other a matrix of the same size
   * @return the element-wise OR
   */
  public BitMatrix or(BitMatrix other) {
    checkSameSize(other);
    long[][] out = new long[n][];
    for (int i = 0; i < n; i++) {
      long[] r = rows[i].clone();
      long[] o = other.rows[i];
      for (int w = 0; w < words; w++) {
        r[w] |= o[w];
      }
      out[i] = r;
    }
    return new BitMatrix(n, out);
  }

  /**
   * Returns whether every bit set here is also set in {@code other}.
   *
   * @param other a matrix of the same size
   * @return whether this ⊆ other
   */
  public boolean isSubsetOf(BitMatrix other) {
    checkSameSize(other);
    for (int i = 0; i < n; i++) {
      long[] a = rows[i];
      long[] b = other.rows[i];
      for (int w = 0; w < words; w++) {
        if ((a[w] & ~b[w]) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns the matrix as {@code boolean[][]}; handy in tests and for small matrices.
   *
   * @return a new array
   */
  public boolean[][] toBooleanArray() {
    boolean[][] m = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = (rows[i][j >>> 6] & (1L << j)) != 0;
      }
    }
    return m;
  }

  /**
   * Returns row i as a string of {@code '0'} and {@code '1'}, one character per column.
   *
   * @param i row
   * @return a string of length n
   */
  public String rowString(int i) {
    checkIndex(i);
    char[] c = new char[n];
    long[] row = rows[i];
    for (int j = 0; j < n; j++) {
      c[j] = (row[j >>> 6] & (1L << j)) != 0 ? '1' : '0';
    }
    return new String(c);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BitMatrix)) {
      return false;
    }
    BitMatrix other = (BitMatrix) o;
    if (other.n != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (rows[i] != other.rows[i] && !Arrays.equals(rows[i], other.rows[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = n;
    for (long[] row : rows) {
      h = 31 * h + Arrays.hashCode(row);
    }
    return h;
  }

  /**
   * Returns the matrix as lines of 0/1, one per row; for small matrices and debugging.
   *
   * @return the rows joined by newlines
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(rowString(i)).append('\n');
    }
    return sb.toString();
  }

  static int cardinality(long[] row) {
    int c = 0;
    for (long w : row) {
      c += Long.bitCount(w);
    }
    return c;
  }

  private void checkIndex(int i) {
    if (i < 0 || i >= n) {
      throw new IndexOutOfBoundsException("index " + i + " out of range for " + n + " factors");
    }
  }

  private void checkSameSize(BitMatrix other) {
    if (other.n != n) {
      throw new IllegalArgumentException("sizes differ: " + n + " and " + other.n);
    }
  }

  /**
   * Transposes a 64×64 bit block in place (bit c of word r becomes bit r of word c) by swapping
   * ever smaller off-diagonal quadrants: 32×32, then 16×16, down to single bits.
   */
  private static void transpose64(long[] a) {
    long m = 0x00000000FFFFFFFFL;
    for (int j = 32; j != 0; j >>>= 1, m ^= m << j) {
      for (int k = 0; k < 64; k = ((k | j) + 1) & ~j) {
        long t = ((a[k] >>> j) ^ a[k | j]) & m;
        a[k] ^= t << j;
        a[k | j] ^= t;
      }
    }
  }

  /** A mutable n×n bit matrix that builds an immutable {@link BitMatrix}; not thread-safe. */
  public static final class Builder {
    private final int n;
    private long[][] rows;

    private Builder(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("negative size: " + n);
      }
      this.n = n;
      this.rows = new long[n][wordsFor(n)];
    }

    /**
     * Returns the size of the matrix being built.
     *
     * @return n
     */
    public int size() {
      return n;
    }

    /**
     * Sets bit (i, j).
     *
     * @param i row
     * @param j column
     * @return this builder
     */
    public Builder set(int i, int j) {
      check(i);
      check(j);
      rows[i][j >>> 6] |= 1L << j;
      return this;
    }

    /**
     * Sets bit (i, j) to a value.
     *
     * @param i row
     * @param j column
     * @param value the bit
     * @return this builder
     */
    public Builder set(int i, int j, boolean value) {
      check(i);
      check(j);
      if (value) {
        rows[i][j >>> 6] |= 1L << j;
      } else {
        rows[i][j >>> 6] &= ~(1L << j);
      }
      return this;
    }

    /**
     * Returns bit (i, j) as set so far.
     *
     * @param i row
     * @param j column
     * @return the bit
     */
    public boolean get(int i, int j) {
      check(i);
      check(j);
      return (rows[i][j >>> 6] & (1L << j)) != 0;
    }

    /**
     * ORs 64 bits into one word of a row: bit k of {@code bits} sets bit ({@code row},
     * {@code 64 * word + k}).
     *
     * @param row the row
     * @param word the word of the row, {@code 0 <= word < wordsFor(n)}
     * @param bits the bits to set
     * @return this builder
     * @throws IndexOutOfBoundsException if the row or the word is out of range
     * @throws IllegalArgumentException if a bit lies at or past column n
     */
    public Builder orWord(int row, int word, long bits) {
      check(row);
      int words = wordsFor(n);
      if (word < 0 || word >= words) {
        throw new IndexOutOfBoundsException("word " + word + " out of range for " + n + " factors");
      }
      if (word == words - 1 && (n & 63) != 0 && (bits & ~((1L << n) - 1)) != 0) {
        throw new IllegalArgumentException("bits past column " + (n - 1) + " in word " + word);
      }
      rows[row][word] |= bits;
      return this;
    }

    /**
     * ORs the transpose of a band of 64 rows into this matrix, one 64×64 block of words at a time:
     * for every bit set at row {@code r}, column {@code c} of the band (bit {@code c % 64} of word
     * {@code band[r * wordsFor(n) + c / 64]}), sets bit ({@code c}, {@code firstRow + r}). The band is
     * read, not modified. Rows of the band at or past n and columns at or past n must be zero.
     *
     * @param firstRow the band's first row, a multiple of 64 below n
     * @param band 64 rows of {@link #wordsFor(int) wordsFor(n)} words each, row after row
     * @return this builder
     * @throws IllegalArgumentException if firstRow is no multiple of 64 below n, the band has the
     *     wrong length, or it holds a bit outside the matrix
     */
    public Builder orTransposedBand(int firstRow, long[] band) {
      if (rows == null) {
        throw new IllegalStateException("build() was already called");
      }
      int words = wordsFor(n);
      if (firstRow < 0 || firstRow >= n || (firstRow & 63) != 0) {
        throw new IllegalArgumentException("first row " + firstRow + " is no multiple of 64 below " + n);
      }
      if (band.length != 64 * words) {
        throw new IllegalArgumentException("band of " + band.length + " words, expected " + 64 * words);
      }
      long lastMask = (n & 63) == 0 ? -1L : (1L << n) - 1;
      for (int r = 0; r < 64; r++) {
        boolean outside = (band[r * words + words - 1] & ~lastMask) != 0;
        if (firstRow + r >= n) {
          for (int w = 0; w < words; w++) {
            outside |= band[r * words + w] != 0;
          }
        }
        if (outside) {
          throw new IllegalArgumentException("band row " + r + " has a bit outside the " + n + "×" + n + " matrix");
        }
      }
      int target = firstRow >>> 6;
      long[] block = new long[64];
      for (int w = 0; w < words; w++) {
        long any = 0;
        for (int r = 0; r < 64; r++) {
          block[r] = band[r * words + w];
          any |= block[r];
        }
        if (any == 0) {
          continue;
        }
        transpose64(block);
        int base = w << 6;
        int end = Math.min(64, n - base);
        for (int k = 0; k < end; k++) {
          rows[base + k][target] |= block[k];
        }
      }
      return this;
    }

    /**
     * Builds the matrix; the builder cannot be used afterwards.
     *
     * @return the immutable matrix
     */
    public BitMatrix build() {
      if (rows == null) {
        throw new IllegalStateException("build() was already called");
      }
      BitMatrix m = new BitMatrix(n, rows);
      rows = null;
      return m;
    }

    private void check(int i) {
      if (rows == null) {
        throw new IllegalStateException("build() was already called");
      }
      if (i < 0 || i >= n) {
        throw new IndexOutOfBoundsException("index " + i + " out of range for " + n + " factors");
      }
    }
  }
}
