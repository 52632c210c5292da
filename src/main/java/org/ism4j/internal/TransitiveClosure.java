package org.ism4j.internal;

import java.util.Arrays;

/**
 * The closure core: the reflexive transitive closure of a 0/1 matrix, as ISM's final reachability
 * matrix needs it (every factor reaches itself, and whatever it reaches in any number of steps).
 *
 * <p>{@link #of(BitMatrix)} is the fast path: strongly connected components first
 * ({@link Condensation}, iterative), then one pass over the component DAG in reverse topological
 * order. Each component gets one row: its members, OR the rows of its direct successors, visited in
 * topological order and skipped when already reached (a reached successor's row is already inside
 * the row). On rows of {@value #PICK_MIN_WORDS} words or more, which successors are needed is
 * decided first, by testing each one's bit in the rows
 * picked before it; the picked rows are then OR-ed in one pass per three, so the new row is
 * written a few times instead of once per successor. All members of a component share that one
 * row array. Time O(n²/64 + m + k·e'·n/64)
 * where e' is the number of successor rows actually OR-ed; memory one row per component.
 *
 * <p>{@link #warshall(BitMatrix)} is the plain bit-parallel Warshall algorithm, O(n³/64): the
 * reference the fast path is tested against.
 */
public final class TransitiveClosure {
  private TransitiveClosure() {}

  /**
   * Returns the reflexive transitive closure of {@code m}.
   *
   * @param m the matrix, not modified
   * @return a new matrix: bit (i, j) set when i = j or a path leads from i to j in {@code m}
   */
  public static BitMatrix of(BitMatrix m) {
    return of(Condensation.of(m));
  }

  /**
   * Returns the reflexive transitive closure of the matrix a condensation was computed from, reusing
   * the condensation.
   *
   * @param c the condensation of the matrix
   * @return a new matrix; members of one component share one row array
   */
  public static BitMatrix of(Condensation c) {
    int n = c.factorCount();
    int words = BitMatrix.wordsFor(n);
    int k = c.componentCount();
    int[] members = c.memberArray();
    int[] memberStart = c.memberStartArray();
    int[] successors = c.successorArray();
    int[] successorStart = c.successorStartArray();
    int[] order = c.topologicalOrderArray();
    long[][] componentRow = new long[k][];
    long[][] rows = new long[n][];
    long[][] chosen = new long[16][];
    for (int r = k - 1; r >= 0; r--) {
      int comp = order[r];
      int first = successorStart[comp];
      int end = successorStart[comp + 1];
      long[] row;
      if (first == end) {
        row = new long[words];
      } else if (first + 1 == end || words < PICK_MIN_WORDS) {
        // one successor (a chain), or rows so short that an OR costs no more than a pick
        row = componentRow[successors[first]].clone();
        for (int s = first + 1; s < end; s++) {
          int d = successors[s];
          int rep = members[memberStart[d]];
          if ((row[rep >>> 6] & (1L << rep)) == 0) {
            or(row, componentRow[d]);
          }
        }
      } else {
        // the first successor in topological order is never reached through another; a later one
        // is needed only when no row chosen before it holds it (then its whole row is in)
        chosen[0] = componentRow[successors[first]];
        int picked = 1;
        for (int s = first + 1; s < end; s++) {
          int d = successors[s];
          int rep = members[memberStart[d]];
          int w = rep >>> 6;
          long bit = 1L << rep;
          boolean reached = false;
          for (int p = 0; p < picked; p++) {
            if ((chosen[p][w] & bit) != 0) {
              reached = true;
              break;
            }
          }
          if (!reached) {
            if (picked == chosen.length) {
              chosen = Arrays.copyOf(chosen, 2 * picked);
            }
            chosen[picked++] = componentRow[d];
          }
        }
        row = chosen[0].clone();
        int p = 1;
        for (; p + 3 <= picked; p += 3) {
          or3(row, chosen[p], chosen[p + 1], chosen[p + 2]);
        }
        if (p + 2 == picked) {
          or2(row, chosen[p], chosen[p + 1]);
        } else if (p + 1 == picked) {
          or(row, chosen[p]);
        }
        Arrays.fill(chosen, 0, picked, null);
      }
      for (int x = memberStart[comp]; x < memberStart[comp + 1]; x++) {
        int u = members[x];
        row[u >>> 6] |= 1L << u;
        rows[u] = row;
      }
      componentRow[comp] = row;
    }
    return new BitMatrix(n, rows);
  }

  /** Rows of fewer words than this take their successors' ORs one at a time, as they come. */
  static final int PICK_MIN_WORDS = 8;

  /**
   * Returns the reflexive transitive closure of {@code m} by bit-parallel Warshall: for every k, every
   * row that reaches k takes row k. O(n³/64) time, n rows of memory; the reference implementation.
   *
   * @param m the matrix, not modified
   * @return a new matrix with a row array of its own per factor
   */
  public static BitMatrix warshall(BitMatrix m) {
    int n = m.size();
    long[][] rows = new long[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = m.rows[i].clone();
      rows[i][i >>> 6] |= 1L << i;
    }
    for (int k = 0; k < n; k++) {
      int w = k >>> 6;
      long bit = 1L << k;
      long[] rk = rows[k];
      for (int i = 0; i < n; i++) {
        long[] ri = rows[i];
        if (ri != rk && (ri[w] & bit) != 0) {
          or(ri, rk);
        }
      }
    }
    return new BitMatrix(n, rows);
  }

  private static void or3(long[] into, long[] a, long[] b, long[] c) {
    for (int w = 0; w < into.length; w++) {
      into[w] |= a[w] | b[w] | c[w];
    }
  }

  private static void or2(long[] into, long[] a, long[] b) {
    for (int w = 0; w < into.length; w++) {
      into[w] |= a[w] | b[w];
    }
  }

  private static void or(long[] into, long[] from) {
    for (int w = 0; w < into.length; w++) {
      into[w] |= from[w];
    }
  }
}
