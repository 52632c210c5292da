package org.ism4j.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import org.ism4j.internal.BitMatrix;

/** Set arithmetic on factor sets and matrix rows for the checks; every method returns a new set. */
final class Bits {
  private Bits() {}

  /** Row i of a matrix as a set of column indices. */
  static BitSet row(BitMatrix m, int i) {
    BitSet s = new BitSet();
    m.forEachInRow(i, s::set);
    return s;
  }

  static BitSet and(BitSet a, BitSet b) {
    BitSet s = (BitSet) a.clone();
    s.and(b);
    return s;
  }

  static BitSet minus(BitSet a, BitSet b) {
    BitSet s = (BitSet) a.clone();
    s.andNot(b);
    return s;
  }

  static BitSet xor(BitSet a, BitSet b) {
    BitSet s = (BitSet) a.clone();
    s.xor(b);
    return s;
  }

  /** The indices in 0..n-1 for which {@code test} holds. */
  static BitSet where(int n, IntPredicate test) {
    BitSet s = new BitSet();
    for (int i = 0; i < n; i++) {
      if (test.test(i)) {
        s.set(i);
      }
    }
    return s;
  }

  static BitSet of(int[] members) {
    BitSet s = new BitSet();
    for (int m : members) {
      s.set(m);
    }
    return s;
  }

  /** The cells (i, j) where two matrices of one size differ, row by row. */
  static List<int[]> differences(BitMatrix a, BitMatrix b) {
    List<int[]> d = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.size(); j++) {
        if (a.get(i, j) != b.get(i, j)) {
          d.add(new int[] {i, j});
        }
      }
    }
    return d;
  }

  /** A shortest path of links from a to b (both included; breadth first), or null. */
  static List<Integer> path(BitMatrix g, int a, int b) {
    int[] parent = new int[g.size()];
    Arrays.fill(parent, -1);
    parent[a] = a;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(a);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      if (u == b) {
        break;
      }
      for (int v : g.rowIndices(u)) {
        if (parent[v] < 0) {
          parent[v] = u;
          queue.add(v);
        }
      }
    }
    if (parent[b] < 0) {
      return null;
    }
    List<Integer> p = new ArrayList<>();
    for (int v = b; v != a; v = parent[v]) {
      p.add(0, v);
    }
    p.add(0, a);
    return p;
  }

  /** The number of cells where two matrices of one size differ. */
  static int distance(BitMatrix a, BitMatrix b) {
    int d = 0;
    for (int i = 0; i < a.size(); i++) {
      long[] r = a.rowWords(i);
      long[] s = b.rowWords(i);
      for (int w = 0; w < r.length; w++) {
        d += Long.bitCount(r[w] ^ s[w]);
      }
    }
    return d;
  }

  /** The cells set in {@code a} and not in {@code b}, row by row. */
  static List<int[]> minus(BitMatrix a, BitMatrix b) {
    List<int[]> d = new ArrayList<>();
    a.forEachNotIn(b, (i, j) -> d.add(new int[] {i, j}));
    return d;
  }

  /**
   * One transitivity pass: the matrix plus every link of two steps (its Boolean square, the
   * diagonal set).
   */
  static BitMatrix oneStep(BitMatrix m) {
    int n = m.size();
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      b.set(i, i);
      for (int k : m.rowIndices(i)) {
        b.set(i, k);
        for (int j : m.rowIndices(k)) {
          b.set(i, j);
        }
      }
    }
    return b.build();
  }

  /** A copy of a matrix with cell (i, j) flipped. */
  static BitMatrix flip(BitMatrix m, int i, int j) {
    int n = m.size();
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int r = 0; r < n; r++) {
      int row = r;
      m.forEachInRow(row, col -> b.set(row, col));
    }
    b.set(i, j, !m.get(i, j));
    return b.build();
  }
}
