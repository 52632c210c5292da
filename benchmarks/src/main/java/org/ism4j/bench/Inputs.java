package org.ism4j.bench;

import java.util.Random;
import org.ism4j.internal.BitMatrix;

/**
 * The benchmark inputs: random and structured digraphs as {@link BitMatrix} adjacency (row → column,
 * diagonal clear), generated from fixed seeds so that every implementation, every fork and every
 * machine sees the same graph for a given (shape, n).
 */
public final class Inputs {
  /** Average number of out-links per factor in the sparse and dag shapes. */
  public static final int LINKS_PER_FACTOR = 10;

  private Inputs() {}

  /** The input shapes; the names are the values of the {@code shape} JMH parameter. */
  public enum Shape {
    /**
     * Random digraph: every factor links to {@code min(10, n - 1)} distinct random other factors;
     * cycles allowed, so for n ≥ 100 nearly everything is one strongly connected component.
     */
    sparse,
    /**
     * Random DAG: a random permutation is the hidden topological order and 10·n random pairs of
     * distinct positions become forward edges (duplicates merge, so slightly fewer than 10 links per
     * factor); index order is not a topological order.
     */
    dag,
    /** The chain 0 → 1 → … → n-1: the longest possible path, closure n(n+1)/2 bits. */
    chain,
    /** Every ordered pair i ≠ j is a link with probability 1/2. */
    dense
  }

  /**
   * Returns the input adjacency matrix for a shape and size.
   *
   * @param shape the shape
   * @param n the number of factors
   * @return the adjacency, diagonal clear; the same matrix on every call with the same arguments
   */
  public static BitMatrix adjacency(Shape shape, int n) {
    Random rnd = new Random(seed(shape, n));
    BitMatrix.Builder b = BitMatrix.builder(n);
    switch (shape) {
      case sparse:
        {
          int links = Math.min(LINKS_PER_FACTOR, n - 1);
          for (int i = 0; i < n; i++) {
            int added = 0;
            while (added < links) {
              int j = rnd.nextInt(n);
              if (j != i && !b.get(i, j)) {
                b.set(i, j);
                added++;
              }
            }
          }
          break;
        }
      case dag:
        {
          int[] order = permutation(n, rnd);
          if (n > 1) {
            long pairs = (long) LINKS_PER_FACTOR * n;
            for (long e = 0; e < pairs; e++) {
              int p = rnd.nextInt(n);
              int q = rnd.nextInt(n - 1);
              if (q >= p) {
                q++;
              }
              b.set(order[Math.min(p, q)], order[Math.max(p, q)]);
            }
          }
          break;
        }
      case chain:
        for (int i = 0; i + 1 < n; i++) {
          b.set(i, i + 1);
        }
        break;
      case dense:
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j += 64) {
            long word = rnd.nextLong();
            for (int k = 0; k < 64 && j + k < n; k++) {
              if ((word & (1L << k)) != 0 && j + k != i) {
                b.set(i, j + k);
              }
            }
          }
        }
        break;
      default:
        throw new AssertionError(shape);
    }
    return b.build();
  }

  /**
   * Returns {@code m} with its diagonal set (the IRM form: every factor reaches itself).
   *
   * @param m a square matrix
   * @return a new matrix
   */
  public static BitMatrix withDiagonal(BitMatrix m) {
    return m.or(BitMatrix.identity(m.size()));
  }

  private static long seed(Shape shape, int n) {
    return 0x15_4A_2026L * 31 + shape.ordinal() * 1_000_003L + n;
  }

  private static int[] permutation(int n, Random rnd) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
