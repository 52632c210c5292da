package org.ism4j.bench;

import java.util.Random;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.TransitiveClosure;

/**
 * The reference closure that every benchmarked result is checked against, once per trial.
 *
 * <p>Up to {@link #WARSHALL_LIMIT} factors the reference is {@link TransitiveClosure#warshall}, the
 * plain bit-parallel Warshall. Above it Warshall itself is too slow to run in every trial's setup,
 * so the reference is {@link TransitiveClosure#of} — which the small sizes have just checked against
 * Warshall — and, so that the fast path is never only compared with itself, a sample of its rows is
 * recomputed by an independent graph search over the input.
 */
public final class Reference {
  /** The largest n whose reference is Warshall. */
  public static final int WARSHALL_LIMIT = 1000;
  private static final int SAMPLED_ROWS = 64;

  private Reference() {}

  /**
   * Returns the reflexive transitive closure of an adjacency matrix, checked as described above.
   *
   * @param adjacency the input
   * @return the reflexive closure
   * @throws IllegalStateException when the sampled search disagrees with the fast path
   */
  public static BitMatrix closure(BitMatrix adjacency) {
    int n = adjacency.size();
    if (n <= WARSHALL_LIMIT) {
      return TransitiveClosure.warshall(adjacency);
    }
    BitMatrix fast = TransitiveClosure.of(adjacency);
    Random rnd = new Random(42);
    for (int s = 0; s < SAMPLED_ROWS; s++) {
      int i = rnd.nextInt(n);
      long[] searched = reachableFrom(adjacency, i);
      long[] row = fast.rowWords(i);
      if (!java.util.Arrays.equals(searched, row)) {
        throw new IllegalStateException(
            "reference check failed: TransitiveClosure.of row " + i + " differs from a graph search");
      }
    }
    return fast;
  }

  /**
   * Returns the set of factors reachable from {@code s}, including {@code s}, by a depth-first
   * search over the rows of {@code m}.
   *
   * @param m the adjacency
   * @param s the start
   * @return the set as row words
   */
  static long[] reachableFrom(BitMatrix m, int s) {
    int n = m.size();
    long[] seen = new long[BitMatrix.wordsFor(n)];
    int[] stack = new int[n];
    int top = 0;
    seen[s >>> 6] |= 1L << s;
    stack[top++] = s;
    while (top > 0) {
      long[] row = m.rowWords(stack[--top]);
      for (int w = 0; w < row.length; w++) {
        long fresh = row[w] & ~seen[w];
        seen[w] |= fresh;
        while (fresh != 0) {
          stack[top++] = (w << 6) + Long.numberOfTrailingZeros(fresh);
          fresh &= fresh - 1;
        }
      }
    }
    return seen;
  }

  /**
   * Throws unless {@code actual} equals {@code expected}.
   *
   * @param what names the implementation and input, for the message
   * @param actual the benchmarked result
   * @param expected the reference
   * @param moduloDiagonal whether to ignore the diagonal of {@code actual} ({@code expected} is
   *     reflexive)
   * @throws IllegalStateException naming the first differing cell
   */
  public static void check(String what, BitMatrix actual, BitMatrix expected, boolean moduloDiagonal) {
    BitMatrix a = moduloDiagonal ? Inputs.withDiagonal(actual) : actual;
    if (a.equals(expected)) {
      return;
    }
    int n = expected.size();
    if (a.size() != n) {
      throw new IllegalStateException(what + ": result has size " + a.size() + ", expected " + n);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (a.get(i, j) != expected.get(i, j)) {
          throw new IllegalStateException(
              what + ": wrong result at (" + i + ", " + j + "): " + a.get(i, j) + ", expected "
                  + expected.get(i, j) + (moduloDiagonal ? " (compared modulo the diagonal)" : ""));
        }
      }
    }
    throw new AssertionError("matrices differ but no cell does");
  }
}
