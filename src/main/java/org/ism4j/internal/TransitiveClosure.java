package org.ism4j.internal;

import java.util.Arrays;

/**
 * The closure core: the reflexive transitive closure of a 0/1 matrix, as ISM's final reachability
 * matrix needs it (every factor reaches itself, and whatever it reaches in any number of steps).
 *
 * <p>{@link #of(BitMatrix)} is the fast path. An acyclic input that fits in adjacency lists (the
 * lists are built first anyway) takes one iterative depth-first search that finds the topological
 * order and builds each row as it finishes a factor, with no components (see
 * {@code ofAcyclic}); the search gives up at the first link back onto its path. Any other input:
 * strongly connected components first ({@link Condensation}, iterative, from the same lists when
 * there are any), then one pass over the component DAG in reverse topological order. Each component gets one row: its members, OR the rows of its direct successors, visited in
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
    int[][] lists = Tarjan.adjacency(m);
    if (lists == null) {
      return of(Condensation.ofBitRows(m));
    }
    // an acyclic input needs no components: one search finds the order and builds the rows
    BitMatrix acyclic = ofAcyclic(m.size(), lists[0], lists[1]);
    return acyclic != null ? acyclic : of(Condensation.of(m.size(), lists[0], lists[1]));
  }

  /**
   * Returns the reflexive transitive closure of an acyclic graph given as adjacency lists, or null
   * as soon as a cycle shows; one iterative depth-first search (index order, targets in list order)
   * does both. A factor's row is built when the search finishes it: by then all its successors are
   * finished, and the one finished last comes first in topological order, so the successors are
   * taken in decreasing finish order and, as in {@link #of(Condensation)}, a later one only when no
   * row taken before it holds it. A link to a factor still on the search path is a cycle: the
   * search stops and returns null (the rows built so far are dropped). O(n + m) for the search,
   * a sort of each successor list, and one OR of n/64 words per successor taken.
   *
   * @param n the number of factors
   * @param start n + 1 offsets into {@code targets}: the successors of i are
   *     {@code targets[start[i]..start[i + 1])}, distinct and never i itself; not modified
   * @param targets the successor lists, not modified
   * @return the closure, a new row per factor; or null when the graph has a cycle
   */
  static BitMatrix ofAcyclic(int n, int[] start, int[] targets) {
    int words = BitMatrix.wordsFor(n);
    // state: 0 unvisited, -1 on the search path, f + 1 when finished f-th
    int[] state = new int[n];
    int[] byFinish = new int[n];
    int[] calls = new int[n];
    int[] cursor = new int[n];
    long[][] chosen = new long[16][];
    int finished = 0;
    for (int s = 0; s < n; s++) {
      if (state[s] != 0) {
        continue;
      }
      int cp = 0;
      state[s] = -1;
      cursor[s] = start[s];
      calls[cp++] = s;
      while (cp > 0) {
        int u = calls[cp - 1];
        int e = cursor[u];
        int end = start[u + 1];
        int v = -1;
        while (e < end) {
          int t = targets[e++];
          int st = state[t];
          if (st == 0) {
            v = t;
            break;
          }
          if (st < 0) {
            return null; // t is on the path to u: a cycle
          }
        }
        cursor[u] = e;
        if (v >= 0) {
          state[v] = -1;
          cursor[v] = start[v];
          calls[cp++] = v;
          continue;
        }
        cp--;
        byFinish[finished++] = u;
        state[u] = finished;
      }
    }
    // each list in topological order (decreasing finish) by a counting sort, not a sort per list:
    // the links are bucketed by the finish of their target, then dealt out to their sources from
    // the last finished target down, so every source's list fills in order
    int links = start[n];
    int[] bucket = new int[n + 1];
    for (int x = 0; x < links; x++) {
      bucket[state[targets[x]]]++;
    }
    for (int f = 0; f < n; f++) {
      bucket[f + 1] += bucket[f];
    }
    int[] sources = new int[links];
    for (int u = 0; u < n; u++) {
      for (int x = start[u], end = start[u + 1]; x < end; x++) {
        sources[bucket[state[targets[x]] - 1]++] = u;
      }
    }
    int[] slot = Arrays.copyOf(start, n);
    int[] sorted = new int[links];
    for (int f = n - 1; f >= 0; f--) {
      int t = byFinish[f];
      for (int x = f == 0 ? 0 : bucket[f - 1], end = bucket[f]; x < end; x++) {
        sorted[slot[sources[x]]++] = t;
      }
    }
    // the rows in finish order: the first successor in a list is never reached through another;
    // a later one is taken only when no row taken before it holds it
    long[][] rows = new long[n][];
    for (int at = 0; at < n; at++) {
      int u = byFinish[at];
      int first = start[u];
      int end = start[u + 1];
      long[] row;
      if (first == end) {
        row = new long[words];
      } else if (first + 1 == end || words < PICK_MIN_WORDS) {
        row = rows[sorted[first]].clone();
        for (int x = first + 1; x < end; x++) {
          int d = sorted[x];
          if ((row[d >>> 6] & (1L << d)) == 0) {
            or(row, rows[d]);
          }
        }
      } else {
        chosen[0] = rows[sorted[first]];
        int picked = 1;
        for (int x = first + 1; x < end; x++) {
          int d = sorted[x];
          if (!held(chosen, picked, d)) {
            if (picked == chosen.length) {
              chosen = Arrays.copyOf(chosen, 2 * picked);
            }
            chosen[picked++] = rows[d];
          }
        }
        row = union(chosen, picked);
      }
      row[u >>> 6] |= 1L << u;
      rows[u] = row;
    }
    return new BitMatrix(n, rows);
  }

  /** Whether bit d is set in one of the first {@code picked} rows. */
  private static boolean held(long[][] chosen, int picked, int d) {
    int w = d >>> 6;
    long bit = 1L << d;
    for (int p = 0; p < picked; p++) {
      if ((chosen[p][w] & bit) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A new row: the OR of the first {@code picked} (at least one) rows, three at a time; clears the
   * used slots of {@code chosen}.
   */
  private static long[] union(long[][] chosen, int picked) {
    long[] row = chosen[0].clone();
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
    return row;
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
          if (!held(chosen, picked, members[memberStart[d]])) {
            if (picked == chosen.length) {
              chosen = Arrays.copyOf(chosen, 2 * picked);
            }
            chosen[picked++] = componentRow[d];
          }
        }
        row = union(chosen, picked);
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
