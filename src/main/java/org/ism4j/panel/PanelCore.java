package org.ism4j.panel;

import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Condensation;

/**
 * The panel as flat arrays for the hot loops: every expert's symbol (a {@link
 * org.ism4j.ssim.Relation} ordinal) per upper-triangle cell, cells numbered row by row
 * ((0, 1), (0, 2), …, (1, 2), …). Immutable after construction; the scratch arrays belong to the
 * caller.
 */
final class PanelCore {
  final int n;
  final int k;
  final int cells;
  final int[] cellRow;
  final int[] cellColumn;
  /** codes[e][c]: expert e's symbol in cell c. */
  final byte[][] codes;

  PanelCore(int n, byte[][] codes) {
    this.n = n;
    this.k = codes.length;
    this.cells = n * (n - 1) / 2;
    this.codes = codes;
    this.cellRow = new int[cells];
    this.cellColumn = new int[cells];
    int c = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        cellRow[c] = i;
        cellColumn[c] = j;
        c++;
      }
    }
  }

  /** Writes the symbol counts of every cell, weighted per expert, into {@code counts[4c + s]}. */
  void count(int[] weights, int[] counts) {
    java.util.Arrays.fill(counts, 0);
    for (int e = 0; e < k; e++) {
      int w = weights[e];
      if (w == 0) {
        continue;
      }
      byte[] code = codes[e];
      for (int c = 0; c < cells; c++) {
        counts[(c << 2) + code[c]] += w;
      }
    }
  }

  /** Decides every cell from its counts; {@link AggregationRule#decide}'s codes into {@code out}. */
  static void decide(AggregationRule rule, int[] counts, byte[] out) {
    for (int c = 0, base = 0; c < out.length; c++, base += 4) {
      out[c] = (byte) rule.decide(counts[base], counts[base + 1], counts[base + 2], counts[base + 3]);
    }
  }

  /** The influence bits of decided cells (no diagonal). */
  BitMatrix bits(byte[] decided) {
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int c = 0; c < cells; c++) {
      int s = decided[c] & 3;
      if (s == 0 || s == 2) {
        b.set(cellRow[c], cellColumn[c]);
      }
      if (s == 1 || s == 2) {
        b.set(cellColumn[c], cellRow[c]);
      }
    }
    return b.build();
  }

  /** Writes the result-first level of every factor of the decided cells into {@code levels}. */
  void levels(byte[] decided, int[] levels) {
    Condensation cond = Condensation.of(bits(decided));
    int[] componentLevel = cond.levels();
    for (int i = 0; i < n; i++) {
      levels[i] = componentLevel[cond.componentOf(i)];
    }
  }
}
