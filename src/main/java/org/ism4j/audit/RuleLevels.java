package org.ism4j.audit;

import org.ism4j.internal.BitMatrix;

/**
 * The textbook level rule R(i) ∩ A(i) = R(i) run on any 0/1 matrix as printed (closed or not),
 * on bit rows, without iteration tables: cheap enough for the misprint search.
 */
final class RuleLevels {
  private RuleLevels() {}

  /**
   * Returns the level the rule gives each factor, 1 = top, 0 for factors it never assigns (the
   * rule stops when no remaining factor qualifies).
   */
  static int[] of(BitMatrix m) {
    int n = m.size();
    BitMatrix t = m.transpose();
    int words = BitMatrix.wordsFor(n);
    long[][] rows = new long[n][];
    long[][] cols = new long[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = m.rowWords(i);
      cols[i] = t.rowWords(i);
    }
    long[] remaining = new long[words];
    for (int i = 0; i < n; i++) {
      remaining[i >>> 6] |= 1L << i;
    }
    int[] level = new int[n];
    int left = n;
    int[] picked = new int[n];
    for (int k = 1; left > 0; k++) {
      int count = 0;
      for (int i = 0; i < n; i++) {
        if ((remaining[i >>> 6] & (1L << i)) == 0) {
          continue;
        }
        boolean holds = true;
        for (int w = 0; w < words && holds; w++) {
          holds = (rows[i][w] & remaining[w] & ~cols[i][w]) == 0;
        }
        if (holds) {
          picked[count++] = i;
        }
      }
      if (count == 0) {
        break;
      }
      for (int p = 0; p < count; p++) {
        remaining[picked[p] >>> 6] &= ~(1L << picked[p]);
        level[picked[p]] = k;
      }
      left -= count;
    }
    return level;
  }
}
