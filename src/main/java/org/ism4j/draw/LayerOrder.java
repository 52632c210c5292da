package org.ism4j.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.LayeredDigraph.EdgeKind;
import org.ism4j.graph.Node;

/**
 * The layered graph of a digraph drawing and the order of its rows: one vertex per box (vertex k is
 * the node of component k), long edges split into dummy vertices on the rows they cross (within a
 * budget linear in the size of the digraph, see {@link #MIN_DUMMY_BUDGET}; an edge not split is a
 * free curve, a chain of its two ends with no segment in the layered graph), the vertices of each
 * row ordered by barycenter sweeps and adjacent swaps to reduce crossings, and each weakly
 * connected part kept contiguous. Mutable while a layout is built; package-private.
 */
final class LayerOrder {
  private static final double DUMMY_WIDTH = DigraphLayout.DUMMY_WIDTH;

  /** The number of box vertices; vertices from here on are dummies. */
  final int boxCount;
  // the layered graph: vertices 0..boxCount-1 are the boxes, then dummies
  final List<Integer> layerOf = new ArrayList<>();
  final List<Double> widthOf = new ArrayList<>();
  final List<List<Integer>> up = new ArrayList<>(); // neighbours on the row above
  final List<List<Integer>> down = new ArrayList<>(); // neighbours on the row below
  /**
   * Per edge of the digraph, in its order: the vertices from source to target (just the two boxes
   * for an edge drawn as a free curve).
   */
  final List<int[]> chains = new ArrayList<>();
  List<List<Integer>> rows;
  /** Per vertex: the representative of its weakly connected part. */
  int[] partOf;
  /** The parts' representatives, left to right. */
  List<Integer> partOrder;

  /**
   * Up to this many dummy vertices (or {@link #DUMMIES_PER_ELEMENT} per node and edge, whichever is
   * more) every long edge is split into one dummy per row it crosses: the classic layout, which
   * every drawing of a small model gets. Beyond that (dense models with direct links, where the
   * dummies grow with edges times levels) only skeleton edges are split, shortest first, while the
   * budget lasts; the other edges are drawn as free curves from box to box and take no part in
   * the crossing reduction, so the layout costs time linear in the edges drawn.
   */
  static final int MIN_DUMMY_BUDGET = 4000;

  /** The dummy budget per node and edge of the digraph; see {@link #MIN_DUMMY_BUDGET}. */
  static final int DUMMIES_PER_ELEMENT = 2;

  /**
   * Work done by the crossing reduction, in elementary steps (a neighbour visited, a segment
   * counted, a vertex sorted); exposed for the test that bounds it by the size of the drawing.
   */
  long work;

  /** The number of dummy vertices. */
  int dummyCount;

  LayerOrder(LayeredDigraph digraph, List<Node> nodes, double[] boxWidth, IntUnaryOperator rowOfLevel) {
    this.boxCount = nodes.size();
    int levels = digraph.levelCount();
    for (int k = 0; k < nodes.size(); k++) {
      addVertex(rowOfLevel.applyAsInt(nodes.get(k).level()), boxWidth[k]);
    }
    List<Edge> edges = digraph.edges();
    boolean[] split = splitEdges(edges, nodes.size());
    for (int k = 0; k < edges.size(); k++) {
      Edge e = edges.get(k);
      if (!split[k]) {
        chains.add(new int[] {e.source().component(), e.target().component()});
        continue;
      }
      int from = rowOfLevel.applyAsInt(e.source().level());
      int to = rowOfLevel.applyAsInt(e.target().level());
      int step = to > from ? 1 : -1;
      int[] chain = new int[Math.abs(to - from) + 1];
      chain[0] = e.source().component();
      for (int r = from + step, i = 1; r != to; r += step, i++) {
        chain[i] = addVertex(r, DUMMY_WIDTH);
        dummyCount++;
      }
      chain[chain.length - 1] = e.target().component();
      for (int i = 0; i + 1 < chain.length; i++) {
        int a = chain[i];
        int b = chain[i + 1];
        int upper = layerOf.get(a) < layerOf.get(b) ? a : b;
        int lower = upper == a ? b : a;
        down.get(upper).add(lower);
        up.get(lower).add(upper);
      }
      chains.add(chain);
    }
    rows = new ArrayList<>();
    for (int r = 0; r < levels; r++) {
      rows.add(new ArrayList<>());
    }
    // initial order: boxes by component, dummies after their chain's predecessor
    for (int v = 0; v < layerOf.size(); v++) {
      rows.get(layerOf.get(v)).add(v);
    }
  }

  /**
   * Which edges are split into dummy chains: all of them if their dummies fit the budget, else the
   * skeleton edges, fewest dummies first (then in edge order), as long as the budget lasts.
   */
  private static boolean[] splitEdges(List<Edge> edges, int nodeCount) {
    long budget = Math.max(MIN_DUMMY_BUDGET, (long) DUMMIES_PER_ELEMENT * (nodeCount + edges.size()));
    boolean[] split = new boolean[edges.size()];
    long total = 0;
    for (Edge e : edges) {
      total += e.span() - 1;
    }
    if (total <= budget) {
      Arrays.fill(split, true);
      return split;
    }
    List<Integer> skeleton = new ArrayList<>();
    for (int k = 0; k < edges.size(); k++) {
      if (edges.get(k).kind() == EdgeKind.SKELETON) {
        skeleton.add(k);
      }
    }
    skeleton.sort(Comparator.<Integer>comparingInt(k -> edges.get(k).span()).thenComparingInt(k -> k));
    long used = 0;
    for (int k : skeleton) {
      int dummies = edges.get(k).span() - 1;
      if (used + dummies > budget) {
        break;
      }
      used += dummies;
      split[k] = true;
    }
    return split;
  }

  private int addVertex(int layer, double w) {
    layerOf.add(layer);
    widthOf.add(w);
    up.add(new ArrayList<>());
    down.add(new ArrayList<>());
    return layerOf.size() - 1;
  }

  // ---- crossing reduction ----

  private int[] positions() {
    int[] pos = new int[layerOf.size()];
    for (List<Integer> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        pos[row.get(i)] = i;
      }
    }
    return pos;
  }

  private long crossings(int[] pos) {
    long total = 0;
    for (int r = 0; r + 1 < rows.size(); r++) {
      total += crossingsBetween(r, pos);
    }
    return total;
  }

  /** Crossings between rows r and r+1 in O(e log e): inversions among the lower ends (Barth, Mutzel, Jünger). */
  private long crossingsBetween(int r, int[] pos) {
    List<Integer> lower = rows.get(r + 1);
    List<long[]> segs = new ArrayList<>();
    for (int v : rows.get(r)) {
      for (int w : down.get(v)) {
        segs.add(new long[] {pos[v], pos[w]});
      }
    }
    segs.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    int size = lower.size();
    work += rows.get(r).size() + size + segs.size() * (long) (1 + log2(segs.size()) + 2 * log2(size + 1));
    long[] tree = new long[size + 1];
    long c = 0;
    long seen = 0;
    for (long[] s : segs) {
      int p = (int) s[1];
      // segments seen so far whose lower end lies strictly right of p cross this one
      long notRight = 0;
      for (int i = p + 1; i > 0; i -= i & -i) {
        notRight += tree[i];
      }
      c += seen - notRight;
      for (int i = p + 1; i <= size; i += i & -i) {
        tree[i]++;
      }
      seen++;
    }
    return c;
  }

  private static int log2(long x) {
    return 64 - Long.numberOfLeadingZeros(Math.max(1, x));
  }

  private void sortByBarycenter(int r, boolean useUp, int[] pos, double[] key) {
    List<Integer> row = rows.get(r);
    for (int v : row) {
      List<Integer> nb = useUp ? up.get(v) : down.get(v);
      work += 1 + nb.size();
      if (nb.isEmpty()) {
        key[v] = pos[v];
      } else {
        double s = 0;
        for (int w : nb) {
          s += pos[w];
        }
        // scale the neighbours' positions to this row's width so unconnected vertices keep their place
        int otherSize = rows.get(useUp ? r - 1 : r + 1).size();
        key[v] = (s / nb.size() + 0.5) * row.size() / Math.max(1, otherSize) - 0.5;
      }
    }
    work += (long) row.size() * log2(row.size());
    row.sort(Comparator.comparingDouble(v -> key[v]));
    for (int i = 0; i < row.size(); i++) {
      pos[row.get(i)] = i;
    }
  }

  /** Orders the rows: barycenter sweeps and adjacent swaps, the order with fewest crossings kept. */
  void order() {
    int[] pos = positions();
    double[] key = new double[layerOf.size()];
    int[][] sortedUp = new int[layerOf.size()][];
    int[][] sortedDown = new int[layerOf.size()][];
    List<List<Integer>> best = copyRows();
    long bestCrossings = crossings(pos);
    for (int it = 0; it < 24 && bestCrossings > 0; it++) {
      if (it % 2 == 0) {
        for (int r = 1; r < rows.size(); r++) {
          sortByBarycenter(r, true, pos, key);
        }
      } else {
        for (int r = rows.size() - 2; r >= 0; r--) {
          sortByBarycenter(r, false, pos, key);
        }
      }
      transpose(pos, sortedUp, sortedDown);
      long c = crossings(pos);
      if (c < bestCrossings) {
        bestCrossings = c;
        work += layerOf.size();
        best = copyRows();
      }
    }
    rows = best;
    groupByComponent();
  }

  /**
   * Keeps each weakly connected part of the drawing contiguous in every row (parts ordered by their
   * mean position, factors with no edge last), so that parts can be packed side by side. Segments of
   * different parts never cross, so this adds no crossing (free curves are not segments).
   */
  private void groupByComponent() {
    int n = layerOf.size();
    int[] parent = new int[n];
    for (int v = 0; v < n; v++) {
      parent[v] = v;
    }
    for (int v = 0; v < n; v++) {
      for (int w : down.get(v)) {
        parent[find(parent, v)] = find(parent, w);
      }
    }
    int[] pos = positions();
    double[] sum = new double[n];
    int[] count = new int[n];
    for (int v = 0; v < n; v++) {
      int root = find(parent, v);
      sum[root] += (pos[v] + 0.5) / rows.get(layerOf.get(v)).size();
      count[root]++;
    }
    partOf = new int[n];
    double[] key = new double[n];
    for (int v = 0; v < n; v++) {
      int root = find(parent, v);
      partOf[v] = root;
      key[v] = count[root] == 1 ? Double.MAX_VALUE : sum[root] / count[root];
    }
    for (List<Integer> row : rows) {
      row.sort(Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> partOf[v]));
    }
    List<Integer> roots = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (partOf[v] == v) {
        roots.add(v);
      }
    }
    roots.sort(Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> v));
    partOrder = roots;
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  private List<List<Integer>> copyRows() {
    List<List<Integer>> copy = new ArrayList<>();
    for (List<Integer> row : rows) {
      copy.add(new ArrayList<>(row));
    }
    return copy;
  }

  /**
   * Swaps adjacent vertices while that removes crossings. While a row is scanned its neighbouring
   * rows stay fixed, so each vertex's neighbour positions are sorted once per row and scan, and
   * each pair is compared by one merge: linear in the pair's degrees, not their product.
   */
  private void transpose(int[] pos, int[][] sortedUp, int[][] sortedDown) {
    boolean improved = true;
    for (int round = 0; improved && round < 8; round++) {
      improved = false;
      for (List<Integer> row : rows) {
        if (row.size() < 2) {
          continue;
        }
        for (int v : row) {
          sortedUp[v] = sortedPositions(up.get(v), pos);
          sortedDown[v] = sortedPositions(down.get(v), pos);
        }
        for (int i = 0; i + 1 < row.size(); i++) {
          int a = row.get(i);
          int b = row.get(i + 1);
          // crossings with a left of b, and with b left of a
          long[] up = pairCrossings(sortedUp[a], sortedUp[b]);
          long[] down = pairCrossings(sortedDown[a], sortedDown[b]);
          long before = up[0] + down[0];
          long after = up[1] + down[1];
          if (after < before) {
            row.set(i, b);
            row.set(i + 1, a);
            pos[a] = i + 1;
            pos[b] = i;
            improved = true;
          }
        }
      }
    }
  }

  private int[] sortedPositions(List<Integer> nb, int[] pos) {
    int[] p = new int[nb.size()];
    for (int k = 0; k < p.length; k++) {
      p[k] = pos[nb.get(k)];
    }
    Arrays.sort(p);
    work += 1 + p.length * (long) (1 + log2(p.length));
    return p;
  }

  /**
   * Crossings between the segments from a vertex a to neighbours at positions pa and from b to
   * neighbours at pb (both sorted, in one neighbouring row), with a left of b and with b left of a.
   *
   * @return {@code {pairs with pa > pb, pairs with pa < pb}}
   */
  private long[] pairCrossings(int[] pa, int[] pb) {
    work += 1 + pa.length + pb.length;
    long aLeft = 0;
    long bLeft = 0;
    int below = 0; // entries of pb smaller than the current pa entry
    int notAbove = 0; // entries of pb at most the current pa entry
    for (int p : pa) {
      while (below < pb.length && pb[below] < p) {
        below++;
      }
      while (notAbove < pb.length && pb[notAbove] <= p) {
        notAbove++;
      }
      aLeft += below;
      bLeft += pb.length - notAbove;
    }
    return new long[] {aLeft, bLeft};
  }

}
