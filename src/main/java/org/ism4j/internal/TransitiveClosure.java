package org.ism4j.internal;

/**
 * The closure core: the reflexive transitive closure of a 0/1 matrix, as ISM's final reachability
 * matrix needs it (every factor reaches itself, and whatever it reaches in any number of steps).
 *
 * <p>{@link #of(BitMatrix)} is the fast path: strongly connected components first
 * ({@link Condensation}, iterative), then one pass over the component DAG in reverse topological
 * order. Each component gets one row: its members, OR the rows of its direct successors, visited in
 * topological order and skipped when already reached (a reached successor's row is already inside
 * the row). All members of a component share that one row array. Time O(n²/64 + m + k·e'·n/64)
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
    for (int r = k - 1; r >= 0; r--) {
      int comp = order[r];
      int first = successorStart[comp];
      int end = successorStart[comp + 1];
      // the first successor in topological order is never reached through another: copy its row
      long[] row = first < end ? componentRow[successors[first]].clone() : new long[words];
      for (int s = first + 1; s < end; s++) {
        int d = successors[s];
        int rep = members[memberStart[d]];
        if ((row[rep >>> 6] & (1L << rep)) == 0) {
          or(row, componentRow[d]);
        }
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

  private static void or(long[] into, long[] from) {
    for (int w = 0; w < into.length; w++) {
      into[w] |= from[w];
    }
  }
}
