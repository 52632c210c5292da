package org.ism4j.internal;

import java.util.Arrays;

/**
 * The levels and components of an IRM after changing one SSIM cell, computed from the IRM's
 * closure instead of from scratch. Mutable scratch space: one instance per thread.
 *
 * <p>Adding a link a→b to a closed matrix ORs row b into the rows of the factors that reach a
 * (nothing at all when a already reaches b). Removing a link a→b can change only the rows of the
 * factors that reach a (the set S): the other rows are copied, and the rows of S are closed by a
 * Warshall pass whose pivots are the factors of S alone, starting from each factor's direct links
 * in S and the (unchanged) closed rows of its direct links outside S. A path that leaves S never
 * returns to it, so this is the full closure. Levels come from the closed rows: ordered by row
 * cardinality, a factor's level is 1 + the highest level among what it reaches outside its own
 * component, which equals the textbook partition.
 */
public final class SingleChanges {
  private final int n;
  private final int words;
  private final long[][] irm;
  private final long[][] closure;
  private final int[] baseRepresentative;
  private final int[] baseLevels;
  private final int baseLevelCount;

  // scratch
  private final long[][] rows;
  private final long[] inS;
  private final int[] representative;
  private final int[] levels;
  private final int[] order;
  private final int[] count;
  private int levelCount;
  private boolean componentsChanged;

  /**
   * Prepares the changes of an IRM.
   *
   * @param irm the initial reachability matrix (diagonal set); not modified
   */
  public SingleChanges(BitMatrix irm) {
    this.n = irm.size();
    this.words = BitMatrix.wordsFor(n);
    this.irm = new long[n][];
    for (int i = 0; i < n; i++) {
      this.irm[i] = irm.rows[i].clone();
    }
    BitMatrix frm = TransitiveClosure.of(irm);
    this.closure = new long[n][];
    for (int i = 0; i < n; i++) {
      this.closure[i] = frm.rows[i].clone();
    }
    this.rows = new long[n][words];
    this.inS = new long[words];
    this.representative = new int[n];
    this.levels = new int[n];
    this.order = new int[n];
    this.count = new int[n + 2];
    for (int i = 0; i < n; i++) {
      System.arraycopy(closure[i], 0, rows[i], 0, words);
    }
    levelsOfRows();
    this.baseRepresentative = representative.clone();
    this.baseLevels = levels.clone();
    this.baseLevelCount = levelCount;
  }

  /**
   * Returns the number of factors.
   *
   * @return n
   */
  public int size() {
    return n;
  }

  /**
   * Returns the level of each factor before any change (1 = top).
   *
   * @return a new array
   */
  public int[] baseLevels() {
    return baseLevels.clone();
  }

  /**
   * Returns the number of levels before any change.
   *
   * @return the level count
   */
  public int baseLevelCount() {
    return baseLevelCount;
  }

  /**
   * Returns whether the IRM has the link i→j.
   *
   * @param i from
   * @param j to
   * @return whether bit (i, j) is set
   */
  public boolean link(int i, int j) {
    return (irm[i][j >>> 6] & (1L << j)) != 0;
  }

  /**
   * Sets cell (i, j) of the IRM to the given links (and (j, i) to {@code backward}) and computes the
   * levels after the change; read them with {@link #levels()}, {@link #levelCount()} and
   * {@link #componentsChanged()} until the next call. The IRM itself is not changed.
   *
   * @param i a factor
   * @param j another factor
   * @param forward whether i→j after the change
   * @param backward whether j→i after the change
   */
  public void evaluate(int i, int j, boolean forward, boolean backward) {
    boolean f0 = link(i, j);
    boolean b0 = link(j, i);
    boolean removeForward = f0 && !forward;
    boolean removeBackward = b0 && !backward;
    boolean changed;
    if (removeForward || removeBackward) {
      changed = remove(i, j, removeForward, removeBackward);
    } else {
      changed = false;
      for (int k = 0; k < n; k++) {
        System.arraycopy(closure[k], 0, rows[k], 0, words);
      }
    }
    if (!f0 && forward) {
      changed |= add(i, j);
    }
    if (!b0 && backward) {
      changed |= add(j, i);
    }
    if (!changed) {
      System.arraycopy(baseLevels, 0, levels, 0, n);
      levelCount = baseLevelCount;
      componentsChanged = false;
      return;
    }
    levelsOfRows();
    componentsChanged = !Arrays.equals(representative, baseRepresentative);
  }

  /**
   * Returns the level of each factor after the last {@link #evaluate}; the scratch array itself.
   *
   * @return the levels, valid until the next call
   */
  public int[] levels() {
    return levels;
  }

  /**
   * Returns the number of levels after the last {@link #evaluate}.
   *
   * @return the level count
   */
  public int levelCount() {
    return levelCount;
  }

  /**
   * Returns whether the last {@link #evaluate} changed the strongly connected components (a cycle
   * formed, merged, split or broke).
   *
   * @return whether the partition into components differs from the unchanged IRM's
   */
  public boolean componentsChanged() {
    return componentsChanged;
  }

  /** Adds a→b to the closed rows; returns whether anything changed. */
  private boolean add(int a, int b) {
    if ((rows[a][b >>> 6] & (1L << b)) != 0) {
      return false;
    }
    long[] from = rows[b];
    int aw = a >>> 6;
    long abit = 1L << a;
    for (int k = 0; k < n; k++) {
      long[] row = rows[k];
      if ((row[aw] & abit) != 0 && row != from) {
        for (int w = 0; w < words; w++) {
          row[w] |= from[w];
        }
      }
    }
    return true;
  }

  /** Copies the closure into rows with the links removed and recloses; returns whether it changed. */
  private boolean remove(int i, int j, boolean removeForward, boolean removeBackward) {
    Arrays.fill(inS, 0L);
    int iw = i >>> 6;
    long ibit = 1L << i;
    int jw = j >>> 6;
    long jbit = 1L << j;
    for (int k = 0; k < n; k++) {
      long[] c = closure[k];
      if ((removeForward && (c[iw] & ibit) != 0) || (removeBackward && (c[jw] & jbit) != 0)) {
        inS[k >>> 6] |= 1L << k;
      }
    }
    for (int k = 0; k < n; k++) {
      long[] row = rows[k];
      if ((inS[k >>> 6] & (1L << k)) == 0) {
        System.arraycopy(closure[k], 0, row, 0, words);
        continue;
      }
      long[] direct = irm[k];
      System.arraycopy(direct, 0, row, 0, words);
      if (removeForward && k == i) {
        row[jw] &= ~jbit;
      }
      if (removeBackward && k == j) {
        row[iw] &= ~ibit;
      }
      // the closed rows of direct links outside S
      for (int w = 0; w < words; w++) {
        long out = row[w] & ~inS[w];
        while (out != 0) {
          int m = (w << 6) + Long.numberOfTrailingZeros(out);
          out &= out - 1;
          long[] cm = closure[m];
          for (int x = 0; x < words; x++) {
            row[x] |= cm[x];
          }
        }
      }
    }
    // Warshall with the pivots in S, over the rows of S
    for (int pw = 0; pw < words; pw++) {
      long pivots = inS[pw];
      while (pivots != 0) {
        int p = (pw << 6) + Long.numberOfTrailingZeros(pivots);
        pivots &= pivots - 1;
        long[] prow = rows[p];
        long pbit = 1L << p;
        for (int kw = 0; kw < words; kw++) {
          long ks = inS[kw];
          while (ks != 0) {
            int k = (kw << 6) + Long.numberOfTrailingZeros(ks);
            ks &= ks - 1;
            long[] row = rows[k];
            if (k != p && (row[pw] & pbit) != 0) {
              for (int w = 0; w < words; w++) {
                row[w] |= prow[w];
              }
            }
          }
        }
      }
    }
    for (int kw = 0; kw < words; kw++) {
      long ks = inS[kw];
      while (ks != 0) {
        int k = (kw << 6) + Long.numberOfTrailingZeros(ks);
        ks &= ks - 1;
        if (!Arrays.equals(rows[k], closure[k])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Components and levels of the closed matrix in {@code rows}. */
  private void levelsOfRows() {
    Arrays.fill(count, 0);
    for (int k = 0; k < n; k++) {
      long[] row = rows[k];
      // the component's representative: its first member, the first j with k ⇄ j
      int kw = k >>> 6;
      long kbit = 1L << k;
      int rep = k;
      search:
      for (int w = 0; w <= kw; w++) {
        long word = row[w];
        while (word != 0) {
          int j = (w << 6) + Long.numberOfTrailingZeros(word);
          if (j >= k) {
            break search;
          }
          word &= word - 1;
          if ((rows[j][kw] & kbit) != 0) {
            rep = j;
            break search;
          }
        }
      }
      representative[k] = rep;
      count[BitMatrix.cardinality(row) + 1]++;
    }
    // counting sort by row cardinality, stable: a component's representative comes first
    for (int c = 1; c < count.length; c++) {
      count[c] += count[c - 1];
    }
    for (int k = 0; k < n; k++) {
      order[count[BitMatrix.cardinality(rows[k])]++] = k;
    }
    int most = 0;
    for (int o = 0; o < n; o++) {
      int k = order[o];
      int rep = representative[k];
      if (rep != k) {
        levels[k] = levels[rep];
        continue;
      }
      int high = 0;
      long[] row = rows[k];
      for (int w = 0; w < words; w++) {
        long word = row[w];
        while (word != 0) {
          int j = (w << 6) + Long.numberOfTrailingZeros(word);
          word &= word - 1;
          if (representative[j] != k && levels[j] > high) {
            high = levels[j];
          }
        }
      }
      levels[k] = high + 1;
      most = Math.max(most, high + 1);
    }
    levelCount = most;
  }
}
