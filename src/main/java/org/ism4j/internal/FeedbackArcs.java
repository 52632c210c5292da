package org.ism4j.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Feedback links of a cycle: a small set of direct links whose removal leaves the cycle's factors
 * acyclic, so that they spread over a hierarchy of levels. Immutable.
 *
 * <p>A feedback arc set is the set of links that point backwards in some ordering of the factors.
 * Finding a minimum one is NP-hard, so:
 *
 * <ul>
 *   <li>up to {@value #EXACT_LIMIT} factors the set is an exact minimum, by dynamic programming over
 *       the subsets of factors (the cheapest ordering of each subset placed first): time
 *       O(2<sup>k</sup>·k), memory 5·2<sup>k</sup> bytes. Among minimum sets, one that removes
 *       the fewest links consistent with a given hierarchy (the published levels) is returned,
 *       further ties broken deterministically by input position;
 *   <li>beyond, the Eades–Lin–Smyth heuristic (1993): repeatedly move sinks to the end of the
 *       ordering and sources to its front, and otherwise the factor with the largest out-degree minus
 *       in-degree to the front; then every feedback link whose return does not close a cycle is
 *       returned to the graph, so the set is minimal (no link can be dropped from it), though not
 *       necessarily minimum. Time O(k²·(1 + f)/64) for f feedback links.
 * </ul>
 */
public final class FeedbackArcs {
  /** The largest cycle whose feedback arc set is computed exactly. */
  public static final int EXACT_LIMIT = 20;

  /**
   * One feedback link.
   *
   * @param from the vertex the link leaves (a graph vertex index)
   * @param to the vertex the link enters
   */
  public record Arc(int from, int to) {}

  private final List<Arc> arcs;
  private final boolean exact;

  private FeedbackArcs(List<Arc> arcs, boolean exact) {
    this.arcs = arcs;
    this.exact = exact;
  }

  /**
   * Finds feedback links among some vertices of a directed graph.
   *
   * @param graph bit (u, v) set for a link u → v; the diagonal is ignored; not modified
   * @param vertices the vertices to consider (usually one strongly connected component), each once;
   *     links to or from other vertices are ignored
   * @return the feedback links, exact when {@code vertices.length <= EXACT_LIMIT}
   */
  public static FeedbackArcs of(BitMatrix graph, int[] vertices) {
    return of(graph, vertices, null);
  }

  /**
   * Finds feedback links among some vertices of a directed graph, preferring, among minimum sets,
   * one that keeps the links consistent with a given hierarchy: when exact, the set returned is a
   * minimum one that removes as few links u → v with {@code levels[u] > levels[v]} (links pointing
   * up a published hierarchy, level 1 at the top) as possible. The heuristic ignores the levels.
   *
   * @param graph bit (u, v) set for a link u → v; the diagonal is ignored; not modified
   * @param vertices the vertices to consider, each once
   * @param levels a level per graph vertex (1 = top), or {@code null} for no preference
   * @return the feedback links
   */
  public static FeedbackArcs of(BitMatrix graph, int[] vertices, int[] levels) {
    int k = vertices.length;
    long[][] out = new long[k][BitMatrix.wordsFor(k)];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        if (a != b && graph.get(vertices[a], vertices[b])) {
          out[a][b >>> 6] |= 1L << b;
        }
      }
    }
    int[] order;
    if (k <= EXACT_LIMIT) {
      int[] kept = new int[k];
      if (levels != null) {
        for (int a = 0; a < k; a++) {
          for (int b = 0; b < k; b++) {
            if ((out[a][0] & (1L << b)) != 0 && levels[vertices[a]] > levels[vertices[b]]) {
              kept[a] |= 1 << b;
            }
          }
        }
      }
      order = exactOrder(out, kept, k);
    } else {
      order = eadesLinSmyth(out, k);
    }
    int[] position = new int[k];
    for (int p = 0; p < k; p++) {
      position[order[p]] = p;
    }
    List<int[]> backward = new ArrayList<>();
    for (int a : order) {
      for (int b = 0; b < k; b++) {
        if ((out[a][b >>> 6] & (1L << b)) != 0 && position[b] < position[a]) {
          backward.add(new int[] {a, b});
        }
      }
    }
    if (k > EXACT_LIMIT) {
      backward = minimal(out, k, backward);
    }
    ImmutableList.Builder<Arc> result = ImmutableList.builder();
    backward.sort((x, y) -> x[0] != y[0] ? Integer.compare(vertices[x[0]], vertices[y[0]])
        : Integer.compare(vertices[x[1]], vertices[y[1]]));
    for (int[] arc : backward) {
      result.add(new Arc(vertices[arc[0]], vertices[arc[1]]));
    }
    return new FeedbackArcs(result.build(), k <= EXACT_LIMIT);
  }

  /** Minimum-feedback ordering by dynamic programming over subsets placed first. */
  private static int[] exactOrder(long[][] out, int[] kept, int k) {
    int full = (1 << k) - 1;
    // cost = links removed × (k² + 1) + hierarchy-consistent links removed: lexicographic
    int weight = k * k + 1;
    int[] mask = new int[k];
    for (int a = 0; a < k; a++) {
      mask[a] = (int) out[a][0];
    }
    int[] cost = new int[full + 1];
    Arrays.fill(cost, Integer.MAX_VALUE);
    byte[] last = new byte[full + 1];
    cost[0] = 0;
    for (int s = 0; s < full; s++) {
      int c = cost[s];
      if (c == Integer.MAX_VALUE) {
        continue;
      }
      for (int v = 0; v < k; v++) {
        if ((s & (1 << v)) != 0) {
          continue;
        }
        // v placed after s: its links into s point backwards
        int t = s | (1 << v);
        int ct = c + weight * Integer.bitCount(mask[v] & s) + Integer.bitCount(kept[v] & s);
        if (ct < cost[t]) {
          cost[t] = ct;
          last[t] = (byte) v;
        }
      }
    }
    int[] order = new int[k];
    int s = full;
    for (int p = k - 1; p >= 0; p--) {
      int v = last[s];
      order[p] = v;
      s &= ~(1 << v);
    }
    return order;
  }

  /** The Eades–Lin–Smyth ordering. */
  private static int[] eadesLinSmyth(long[][] out, int k) {
    int words = BitMatrix.wordsFor(k);
    long[][] in = new long[k][words];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        if ((out[a][b >>> 6] & (1L << b)) != 0) {
          in[b][a >>> 6] |= 1L << a;
        }
      }
    }
    long[] left = new long[words];
    for (int v = 0; v < k; v++) {
      left[v >>> 6] |= 1L << v;
    }
    List<Integer> front = new ArrayList<>();
    Deque<Integer> back = new ArrayDeque<>();
    int remaining = k;
    while (remaining > 0) {
      boolean moved = true;
      while (moved) {
        moved = false;
        for (int v = 0; v < k; v++) {
          if (has(left, v) && degree(out[v], left) == 0) {
            back.addFirst(v);
            left[v >>> 6] &= ~(1L << v);
            remaining--;
            moved = true;
          }
        }
      }
      moved = true;
      while (moved) {
        moved = false;
        for (int v = 0; v < k; v++) {
          if (has(left, v) && degree(in[v], left) == 0) {
            front.add(v);
            left[v >>> 6] &= ~(1L << v);
            remaining--;
            moved = true;
          }
        }
      }
      if (remaining > 0) {
        int best = -1;
        int bestDelta = Integer.MIN_VALUE;
        for (int v = 0; v < k; v++) {
          if (has(left, v)) {
            int delta = degree(out[v], left) - degree(in[v], left);
            if (delta > bestDelta) {
              bestDelta = delta;
              best = v;
            }
          }
        }
        front.add(best);
        left[best >>> 6] &= ~(1L << best);
        remaining--;
      }
    }
    int[] order = new int[k];
    int p = 0;
    for (int v : front) {
      order[p++] = v;
    }
    for (int v : back) {
      order[p++] = v;
    }
    return order;
  }

  /** Returns to the graph every feedback link that closes no cycle, in order. */
  private static List<int[]> minimal(long[][] out, int k, List<int[]> feedback) {
    int words = BitMatrix.wordsFor(k);
    long[][] g = new long[k][];
    for (int a = 0; a < k; a++) {
      g[a] = out[a].clone();
    }
    for (int[] arc : feedback) {
      g[arc[0]][arc[1] >>> 6] &= ~(1L << arc[1]);
    }
    List<int[]> kept = new ArrayList<>();
    for (int[] arc : feedback) {
      if (reaches(g, words, arc[1], arc[0])) {
        kept.add(arc);
      } else {
        g[arc[0]][arc[1] >>> 6] |= 1L << arc[1];
      }
    }
    return kept;
  }

  private static boolean reaches(long[][] g, int words, int from, int to) {
    long[] seen = new long[words];
    int[] stack = new int[g.length];
    int sp = 0;
    stack[sp++] = from;
    seen[from >>> 6] |= 1L << from;
    while (sp > 0) {
      int u = stack[--sp];
      if (u == to) {
        return true;
      }
      long[] row = g[u];
      for (int w = 0; w < words; w++) {
        long fresh = row[w] & ~seen[w];
        seen[w] |= fresh;
        while (fresh != 0) {
          stack[sp++] = (w << 6) + Long.numberOfTrailingZeros(fresh);
          fresh &= fresh - 1;
        }
      }
    }
    return false;
  }

  private static boolean has(long[] set, int v) {
    return (set[v >>> 6] & (1L << v)) != 0;
  }

  private static int degree(long[] row, long[] left) {
    int d = 0;
    for (int w = 0; w < row.length; w++) {
      d += Long.bitCount(row[w] & left[w]);
    }
    return d;
  }

  /**
   * Returns the feedback links, in the graph's vertex indices, sorted by {@code from}, then
   * {@code to}.
   *
   * @return an immutable list; empty when the vertices are already acyclic
   */
  public List<Arc> arcs() {
    return arcs;
  }

  /**
   * Returns the number of feedback links.
   *
   * @return the size of the set
   */
  public int size() {
    return arcs.size();
  }

  /**
   * Returns whether the set is an exact minimum.
   *
   * @return true when computed exactly (at most {@value #EXACT_LIMIT} vertices), false for the
   *     heuristic
   */
  public boolean isExact() {
    return exact;
  }
}
