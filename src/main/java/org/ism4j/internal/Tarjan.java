package org.ism4j.internal;

import java.util.Arrays;

/**
 * Tarjan's strongly connected components, iterative (no recursion, so a chain of 100,000 factors
 * needs no deep stack), over adjacency lists or straight over bit rows; used by
 * {@link Condensation#of(BitMatrix)}. Each search returns the component of every factor, numbered
 * in the order Tarjan finishes them.
 */
final class Tarjan {
  private Tarjan() {}

  /**
   * Returns the adjacency lists {start, targets} of the off-diagonal bits (targets of factor i at
   * {@code targets[start[i]..start[i + 1])}), built in one scan of the rows, or null as soon as they
   * would take more bytes than the bit rows themselves (dense input).
   */
  static int[][] adjacency(BitMatrix m) {
    int n = m.size();
    long budget = (long) n * BitMatrix.wordsFor(n) * 2;
    // dense input: 64 sample rows tell, before n²/128 bits are extracted only to be thrown away
    if (n >= 256) {
      long sampled = 0;
      for (int s = 0; s < 64; s++) {
        sampled += BitMatrix.cardinality(m.rows[(int) ((long) s * n / 64)]);
      }
      if (sampled * n / 64 > 2 * budget) {
        return null;
      }
    }
    int[] start = new int[n + 1];
    int[] targets = new int[(int) Math.min(budget, Math.max(16, 8L * n))];
    int e = 0;
    for (int i = 0; i < n; i++) {
      start[i] = e;
      long[] row = m.rows[i];
      for (int w = 0; w < row.length; w++) {
        long word = row[w];
        if (word == 0) {
          continue;
        }
        int bits = Long.bitCount(word);
        if (e + bits > targets.length) {
          if (e + bits > budget) {
            return null;
          }
          targets = Arrays.copyOf(targets, (int) Math.min(budget, Math.max(2L * targets.length, e + bits)));
        }
        do {
          int v = (w << 6) + Long.numberOfTrailingZeros(word);
          word &= word - 1;
          if (v != i) {
            targets[e++] = v;
          }
        } while (word != 0);
      }
    }
    start[n] = e;
    return new int[][] {start, targets};
  }

  /**
   * Iterative Tarjan over adjacency lists, O(n + m); returns each node's component, numbered in
   * reverse topological order.
   */
  static int[] components(int n, int[] start, int[] targets) {
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int[] low = new int[n];
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    int[] cursor = new int[n];
    int[] stack = new int[n];
    int sp = 0;
    int[] calls = new int[n];
    int cp = 0;
    int counter = 0;
    int components = 0;
    for (int s = 0; s < n; s++) {
      if (index[s] >= 0) {
        continue;
      }
      index[s] = low[s] = counter++;
      cursor[s] = start[s];
      stack[sp++] = s;
      calls[cp++] = s;
      while (cp > 0) {
        int u = calls[cp - 1];
        int e = cursor[u];
        int end = start[u + 1];
        int v = -1;
        while (e < end) {
          int t = targets[e++];
          if (index[t] < 0) {
            v = t;
            break;
          }
          if (comp[t] < 0 && index[t] < low[u]) {
            low[u] = index[t];
          }
        }
        cursor[u] = e;
        if (v >= 0) {
          index[v] = low[v] = counter++;
          cursor[v] = start[v];
          stack[sp++] = v;
          calls[cp++] = v;
          continue;
        }
        cp--;
        if (low[u] == index[u]) {
          int x;
          do {
            x = stack[--sp];
            comp[x] = components;
          } while (x != u);
          components++;
        }
        if (cp > 0) {
          int parent = calls[cp - 1];
          if (low[u] < low[parent]) {
            low[parent] = low[u];
          }
        }
      }
    }
    return comp;
  }

  /**
   * Iterative Tarjan straight over the bit rows, for dense input; returns each node's component,
   * numbered in reverse topological order.
   *
   * <p>Rows are scanned a word at a time through a mask, so nodes that cannot matter are skipped 64
   * at a time: a node already assigned to a component never changes a low-link, so the scan sees
   * only unassigned nodes; and once a node's low-link equals the index of the bottom of the stack
   * (the lowest index it could ever get), only unvisited nodes matter. On a dense graph with one
   * giant component this makes the search O(n²/64) instead of O(m).
   */
  static int[] components(BitMatrix m) {
    int n = m.size();
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    if (n >= PEEL_MIN && peel(m, comp)) {
      return comp;
    }
    long[] all = new long[BitMatrix.wordsFor(n)];
    for (int i = 0; i < n; i++) {
      all[i >>> 6] |= 1L << i;
    }
    search(m, all, comp, 0);
    return comp;
  }

  /** Below this size the peel is not worth its setup. */
  static final int PEEL_MIN = 128;

  /** The most backward passes the peel tries before giving up (deep, DAG-like input). */
  private static final int PEEL_PASSES = 4;

  /**
   * Peels the component of factor 0 off with two word-parallel searches, then runs Tarjan only on
   * what is left; fills {@code comp} and returns true, or returns false (comp untouched) when that
   * component holds less than half the factors or the backward search needs more than
   * {@value #PEEL_PASSES} passes, so the caller runs plain Tarjan.
   *
   * <p>Forward: F, what 0 reaches, by a breadth-first search that ORs each row into F through the
   * mask of factors not yet in F (O(n/64) a factor, and it stops once F holds everything). Backward:
   * C = the factors of F that reach 0, by passes over F in index order, a factor joining as soon as
   * its row meets C (a path from F stays in F, so C = F ∩ what reaches 0 is 0's component). On a
   * dense graph with one giant component both take about n words instead of Tarjan's n²/2 edges.
   * Numbering stays sinks first: F \ C only reaches F, so its components come first, then C, then
   * the rest (whose links into F never matter to its own components).
   */
  private static boolean peel(BitMatrix m, int[] comp) {
    int n = m.size();
    int words = BitMatrix.wordsFor(n);
    long[][] rows = m.rows;
    long[] f = new long[words];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    f[0] = 1L;
    queue[tail++] = 0;
    while (head < tail && tail < n) {
      long[] row = rows[queue[head++]];
      for (int w = 0; w < words; w++) {
        long fresh = row[w] & ~f[w];
        if (fresh != 0) {
          f[w] |= fresh;
          do {
            queue[tail++] = (w << 6) + Long.numberOfTrailingZeros(fresh);
            fresh &= fresh - 1;
          } while (fresh != 0);
        }
      }
    }
    int reached = tail;
    if (2 * reached < n) {
      return false;
    }
    long[] c = new long[words];
    c[0] = 1L;
    int size = 1;
    boolean changed = true;
    for (int pass = 0; changed; pass++) {
      if (pass == PEEL_PASSES) {
        return false;
      }
      changed = false;
      for (int q = 1; q < reached; q++) {
        int u = queue[q];
        if ((c[u >>> 6] & (1L << u)) != 0) {
          continue;
        }
        long[] row = rows[u];
        for (int w = 0; w < words; w++) {
          if ((row[w] & c[w]) != 0) {
            c[u >>> 6] |= 1L << u;
            size++;
            changed = true;
            break;
          }
        }
      }
    }
    if (2 * size < n) {
      return false;
    }
    int next = 0;
    if (size < reached) {
      long[] rest = new long[words];
      for (int w = 0; w < words; w++) {
        rest[w] = f[w] & ~c[w];
      }
      next = search(m, rest, comp, 0);
    }
    for (int w = 0; w < words; w++) {
      long word = c[w];
      while (word != 0) {
        comp[(w << 6) + Long.numberOfTrailingZeros(word)] = next;
        word &= word - 1;
      }
    }
    next++;
    if (reached < n) {
      long[] rest = new long[words];
      for (int i = 0; i < n; i++) {
        rest[i >>> 6] |= 1L << i;
      }
      for (int w = 0; w < words; w++) {
        rest[w] &= ~f[w];
      }
      search(m, rest, comp, next);
    }
    return true;
  }

  /**
   * Tarjan over the factors of {@code domain} only (links leaving it are ignored), numbering their
   * components from {@code first} in the order Tarjan finishes them.
   *
   * @return the next free component number
   */
  private static int search(BitMatrix m, long[] domain, int[] comp, int first) {
    int n = m.size();
    int words = BitMatrix.wordsFor(n);
    long[][] rows = m.rows;
    int[] index = new int[n];
    int[] low = new int[n];
    int[] cursor = new int[n];
    int[] stack = new int[n];
    int sp = 0;
    int[] calls = new int[n];
    int cp = 0;
    long[] unvisited = domain.clone();
    long[] unassigned = domain.clone();
    int counter = 0;
    int components = first;
    for (int s = 0; s < n; s++) {
      if ((unvisited[s >>> 6] & (1L << s)) == 0) {
        continue;
      }
      index[s] = low[s] = counter++;
      unvisited[s >>> 6] &= ~(1L << s);
      stack[sp++] = s;
      calls[cp++] = s;
      while (cp > 0) {
        int u = calls[cp - 1];
        long[] row = rows[u];
        int floor = index[stack[0]];
        int v = -1;
        int p = cursor[u];
        while (p < n) {
          int w = p >>> 6;
          long word = row[w] & (low[u] == floor ? unvisited[w] : unassigned[w]) & (-1L << p);
          while (word == 0 && ++w < words) {
            word = row[w] & (low[u] == floor ? unvisited[w] : unassigned[w]);
          }
          if (word == 0) {
            p = n;
            break;
          }
          int candidate = (w << 6) + Long.numberOfTrailingZeros(word);
          p = candidate + 1;
          if ((unvisited[candidate >>> 6] & (1L << candidate)) != 0) {
            v = candidate;
            break;
          }
          if (index[candidate] < low[u]) {
            low[u] = index[candidate]; // visited and unassigned: on the stack
          }
        }
        cursor[u] = p;
        if (v >= 0) {
          index[v] = low[v] = counter++;
          unvisited[v >>> 6] &= ~(1L << v);
          stack[sp++] = v;
          calls[cp++] = v;
          continue;
        }
        cp--;
        if (low[u] == index[u]) {
          int x;
          do {
            x = stack[--sp];
            comp[x] = components;
            unassigned[x >>> 6] &= ~(1L << x);
          } while (x != u);
          components++;
        }
        if (cp > 0) {
          int parent = calls[cp - 1];
          if (low[u] < low[parent]) {
            low[parent] = low[u];
          }
        }
      }
    }
    return components;
  }

}
