package org.ism4j.export;

import org.ism4j.ssim.FactorNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ism4j.internal.TextMetrics;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.LayeredDigraph.CycleLink;
import org.ism4j.graph.Node;

/**
 * The geometry of a layered digraph drawing (a Sugiyama layout with the levels as given): levels
 * as rows, long edges split into dummy vertices on the rows they cross, vertex order chosen by
 * barycenter sweeps and adjacent swaps to reduce crossings, x-coordinates by isotonic regression
 * (each row placed as close as possible to its neighbours' mean with no overlap), edges as curves
 * through their dummies. Mutable while built, read-only afterwards; package-private.
 */
final class DigraphLayout {
  static final double FONT = 13;
  static final double SMALL_FONT = 11;
  static final double LINE = 17;
  static final double PAD_X = 10;
  static final double PAD_Y = 7;
  static final double GAP = 28;
  static final double DUMMY_GAP = 12;
  static final double DUMMY_WIDTH = 6;
  static final double MARGIN = 16;
  static final double GUTTER = 64;
  static final double MAX_TEXT = 170;

  /** A box of the drawing: one node of the digraph. */
  static final class Box {
    final Node node;
    final List<String> header = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    final List<String> linkLines = new ArrayList<>();
    double width;
    double height;
    double x; // centre
    double y; // centre

    Box(Node node) {
      this.node = node;
    }

    double left() {
      return x - width / 2;
    }

    double right() {
      return x + width / 2;
    }

    double top() {
      return y - height / 2;
    }

    double bottom() {
      return y + height / 2;
    }
  }

  /** One edge of the drawing as a list of points; consecutive points on different rows are joined by curves. */
  static final class Route {
    final Edge edge;
    final List<double[]> points = new ArrayList<>();
    /** Whether the segment from point i to i+1 is straight (inside a row); else a vertical-tangent curve. */
    final List<Boolean> straight = new ArrayList<>();

    Route(Edge edge) {
      this.edge = edge;
    }
  }

  final LayeredDigraph digraph;
  final boolean bottomUp;
  final FactorNames names;
  final List<Box> boxes = new ArrayList<>();
  final List<Route> routes = new ArrayList<>();
  double[] rowTop;
  double[] rowHeight;
  int[] rowLevel;
  double width;
  double height;

  // the layered graph: vertices 0..k-1 are the boxes, then dummies
  private final List<Integer> layerOf = new ArrayList<>();
  private final List<Double> widthOf = new ArrayList<>();
  private final List<List<Integer>> up = new ArrayList<>(); // neighbours on the row above
  private final List<List<Integer>> down = new ArrayList<>(); // neighbours on the row below
  private final List<int[]> chains = new ArrayList<>();
  private List<List<Integer>> rows;
  private double[] xOf;
  private int[] partOf;
  private List<Integer> partOrder;

  private DigraphLayout(LayeredDigraph digraph, boolean bottomUp, FactorNames names) {
    this.digraph = digraph;
    this.bottomUp = bottomUp;
    this.names = names;
  }

  /**
   * Lays a digraph out.
   *
   * @param digraph the digraph
   * @param bottomUp whether level 1 is the bottom row rather than the top one
   * @param top the y where the first row starts
   * @return the layout
   */
  static DigraphLayout of(LayeredDigraph digraph, boolean bottomUp, double top) {
    return of(digraph, bottomUp, top, FactorNames.none());
  }

  /**
   * Lays a digraph out, showing factors with display names.
   *
   * @param digraph the digraph
   * @param bottomUp whether level 1 is the bottom row rather than the top one
   * @param top the y where the first row starts
   * @param names display names
   * @return the layout
   */
  static DigraphLayout of(LayeredDigraph digraph, boolean bottomUp, double top, FactorNames names) {
    DigraphLayout l = new DigraphLayout(digraph, bottomUp, names);
    l.sizeBoxes();
    l.buildLayers();
    l.order();
    l.placeX();
    l.placeY(top);
    l.route();
    return l;
  }

  private int rowOfLevel(int level) {
    int levels = digraph.levelCount();
    return bottomUp ? levels - level : level - 1;
  }

  private void sizeBoxes() {
    for (Node node : digraph.nodes()) {
      Box b = new Box(node);
      if (node.isCycle()) {
        double total = 0;
        List<String> shown = names.display(node.members());
        for (String m : shown) {
          total += TextMetrics.width(m + ", ", FONT);
        }
        double max = Math.max(MAX_TEXT, Math.min(480, Math.sqrt(3 * total * LINE)));
        b.header.add("cycle of " + node.size());
        b.lines.addAll(TextMetrics.flow(shown, ", ", FONT, max));
        if (digraph.options().cycleLinks()) {
          for (String m : node.members()) {
            List<String> targets = new ArrayList<>();
            for (CycleLink link : digraph.cycleLinks()) {
              if (link.node() == node && link.from().equals(m)) {
                targets.add(link.to());
              }
            }
            if (!targets.isEmpty()) {
              List<String> items = new ArrayList<>();
              items.add(m + " \u2192");
              items.addAll(targets);
              List<String> flowed = TextMetrics.flow(items.subList(1, items.size()), ", ", SMALL_FONT,
                  max - TextMetrics.width(items.get(0) + " ", SMALL_FONT));
              for (int i = 0; i < flowed.size(); i++) {
                b.linkLines.add((i == 0 ? items.get(0) + " " : "    ") + flowed.get(i));
              }
            }
          }
        }
        double w = Math.max(TextMetrics.maxWidth(b.lines, FONT),
            Math.max(TextMetrics.maxWidth(b.header, SMALL_FONT), TextMetrics.maxWidth(b.linkLines, SMALL_FONT)));
        b.width = w + 2 * PAD_X + 8;
        b.height = b.header.size() * LINE + b.lines.size() * LINE
            + (b.linkLines.isEmpty() ? 0 : 4 + b.linkLines.size() * (LINE - 2)) + 2 * PAD_Y + 4;
      } else {
        b.lines.addAll(TextMetrics.wrap(names.display(node.name()), FONT, MAX_TEXT));
        b.width = Math.max(40, TextMetrics.maxWidth(b.lines, FONT) + 2 * PAD_X);
        b.height = b.lines.size() * LINE + 2 * PAD_Y;
      }
      boxes.add(b);
    }
  }

  private int addVertex(int layer, double w) {
    layerOf.add(layer);
    widthOf.add(w);
    up.add(new ArrayList<>());
    down.add(new ArrayList<>());
    return layerOf.size() - 1;
  }

  private void buildLayers() {
    int levels = digraph.levelCount();
    for (Box b : boxes) {
      addVertex(rowOfLevel(b.node.level()), b.width);
    }
    for (Edge e : digraph.edges()) {
      int from = rowOfLevel(e.source().level());
      int to = rowOfLevel(e.target().level());
      int step = to > from ? 1 : -1;
      int[] chain = new int[Math.abs(to - from) + 1];
      chain[0] = e.source().component();
      for (int r = from + step, i = 1; r != to; r += step, i++) {
        chain[i] = addVertex(r, DUMMY_WIDTH);
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

  private void sortByBarycenter(int r, boolean useUp, int[] pos) {
    List<Integer> row = rows.get(r);
    double[] key = new double[layerOf.size()];
    for (int v : row) {
      List<Integer> nb = useUp ? up.get(v) : down.get(v);
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
    row.sort(Comparator.comparingDouble(v -> key[v]));
    for (int i = 0; i < row.size(); i++) {
      pos[row.get(i)] = i;
    }
  }

  private void order() {
    int[] pos = positions();
    List<List<Integer>> best = copyRows();
    long bestCrossings = crossings(pos);
    for (int it = 0; it < 24 && bestCrossings > 0; it++) {
      if (it % 2 == 0) {
        for (int r = 1; r < rows.size(); r++) {
          sortByBarycenter(r, true, pos);
        }
      } else {
        for (int r = rows.size() - 2; r >= 0; r--) {
          sortByBarycenter(r, false, pos);
        }
      }
      transpose(pos);
      long c = crossings(pos);
      if (c < bestCrossings) {
        bestCrossings = c;
        best = copyRows();
      }
    }
    rows = best;
    groupByComponent();
  }

  /**
   * Keeps each weakly connected part of the drawing contiguous in every row (parts ordered by their
   * mean position, factors with no edge last), so that parts can be packed side by side. Edges of
   * different parts never cross, so this adds no crossing.
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

  /**
   * Packs the parts side by side, left to right: each part moves as far left as its rows allow
   * (never changing the order or the shape within it).
   */
  private void packParts() {
    int levels = rows.size();
    int[] last = new int[levels];
    Arrays.fill(last, -1);
    List<List<Integer>> members = new ArrayList<>();
    java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
    for (int root : partOrder) {
      index.put(root, members.size());
      members.add(new ArrayList<>());
    }
    for (List<Integer> row : rows) {
      for (int v : row) {
        members.get(index.get(partOf[v])).add(v);
      }
    }
    boolean first = true;
    for (List<Integer> part : members) {
      // leftmost vertex of the part per row
      int[] leftmost = new int[levels];
      Arrays.fill(leftmost, -1);
      for (int v : part) {
        int r = layerOf.get(v);
        if (leftmost[r] < 0 || xOf[v] < xOf[leftmost[r]]) {
          leftmost[r] = v;
        }
      }
      double shift = Double.MAX_VALUE;
      for (int r = 0; r < levels; r++) {
        if (leftmost[r] >= 0 && last[r] >= 0) {
          shift = Math.min(shift, xOf[leftmost[r]] - (xOf[last[r]] + separation(last[r], leftmost[r])));
        }
      }
      if (shift == Double.MAX_VALUE) {
        shift = first ? 0 : Double.MAX_VALUE;
        if (!first) {
          // shares no row with anything placed: put it right after the widest row so far
          double right = -Double.MAX_VALUE;
          double left = Double.MAX_VALUE;
          for (int r = 0; r < levels; r++) {
            if (last[r] >= 0) {
              right = Math.max(right, xOf[last[r]] + widthOf.get(last[r]) / 2);
            }
          }
          for (int v : part) {
            left = Math.min(left, xOf[v] - widthOf.get(v) / 2);
          }
          shift = left - right - GAP;
        }
      }
      for (int v : part) {
        xOf[v] -= shift;
        int r = layerOf.get(v);
        if (last[r] < 0 || xOf[v] > xOf[last[r]]) {
          last[r] = v;
        }
      }
      first = false;
    }
  }

  private List<List<Integer>> copyRows() {
    List<List<Integer>> copy = new ArrayList<>();
    for (List<Integer> row : rows) {
      copy.add(new ArrayList<>(row));
    }
    return copy;
  }

  /** Swaps adjacent vertices while that removes crossings. */
  private void transpose(int[] pos) {
    boolean improved = true;
    for (int round = 0; improved && round < 8; round++) {
      improved = false;
      for (List<Integer> row : rows) {
        for (int i = 0; i + 1 < row.size(); i++) {
          int a = row.get(i);
          int b = row.get(i + 1);
          long before = pairCrossings(a, b, pos);
          long after = pairCrossings(b, a, pos);
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

  /** Crossings between the edges of a (left) and b (right) with both neighbouring rows. */
  private long pairCrossings(int a, int b, int[] pos) {
    long c = 0;
    for (int side = 0; side < 2; side++) {
      List<Integer> na = side == 0 ? up.get(a) : down.get(a);
      List<Integer> nb = side == 0 ? up.get(b) : down.get(b);
      for (int p : na) {
        for (int q : nb) {
          if (pos[p] > pos[q]) {
            c++;
          }
        }
      }
    }
    return c;
  }

  // ---- x coordinates ----

  private double separation(int a, int b) {
    boolean dummy = a >= boxes.size() || b >= boxes.size();
    return (widthOf.get(a) + widthOf.get(b)) / 2 + (dummy ? DUMMY_GAP : GAP);
  }

  private void placeX() {
    int n = layerOf.size();
    xOf = new double[n];
    double widest = 0;
    for (List<Integer> row : rows) {
      widest = Math.max(widest, packedWidth(row));
    }
    for (List<Integer> row : rows) {
      double x = (widest - packedWidth(row)) / 2;
      for (int i = 0; i < row.size(); i++) {
        int v = row.get(i);
        if (i > 0) {
          x += separation(row.get(i - 1), v);
        } else {
          x += widthOf.get(v) / 2;
        }
        xOf[v] = x;
      }
    }
    for (int it = 0; it < 16; it++) {
      int mode = it < 12 ? it % 2 : 2;
      if (mode == 0 || mode == 2) {
        for (int r = 0; r < rows.size(); r++) {
          placeRow(r, mode);
        }
      }
      if (mode == 1 || mode == 2) {
        for (int r = rows.size() - 1; r >= 0; r--) {
          placeRow(r, mode);
        }
      }
    }
    packParts();
  }

  private double packedWidth(List<Integer> row) {
    double w = 0;
    for (int i = 0; i < row.size(); i++) {
      w += i == 0 ? widthOf.get(row.get(i)) : separation(row.get(i - 1), row.get(i));
    }
    return w;
  }

  /** Places one row by weighted isotonic regression (pool adjacent violators). */
  private void placeRow(int r, int mode) {
    List<Integer> row = rows.get(r);
    int m = row.size();
    if (m == 0) {
      return;
    }
    double[] target = new double[m];
    double[] weight = new double[m];
    double[] offset = new double[m];
    for (int i = 0; i < m; i++) {
      int v = row.get(i);
      List<Integer> nb = new ArrayList<>();
      if (mode == 0 || mode == 2) {
        nb.addAll(up.get(v));
      }
      if (mode == 1 || mode == 2) {
        nb.addAll(down.get(v));
      }
      if (nb.isEmpty()) {
        nb.addAll(up.get(v));
        nb.addAll(down.get(v));
      }
      double t = xOf[v];
      if (!nb.isEmpty()) {
        double[] xs = new double[nb.size()];
        for (int k = 0; k < xs.length; k++) {
          xs[k] = xOf[nb.get(k)];
        }
        Arrays.sort(xs);
        t = xs.length % 2 == 1 ? xs[xs.length / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
      }
      offset[i] = i == 0 ? 0 : offset[i - 1] + separation(row.get(i - 1), v);
      target[i] = t - offset[i];
      weight[i] = (v >= boxes.size() ? 2.0 : 1.0) * (nb.isEmpty() ? 0.2 : 1.0);
    }
    // pool adjacent violators on target, nondecreasing
    double[] blockValue = new double[m];
    double[] blockWeight = new double[m];
    int[] blockCount = new int[m];
    int blocks = 0;
    for (int i = 0; i < m; i++) {
      blockValue[blocks] = target[i];
      blockWeight[blocks] = weight[i];
      blockCount[blocks] = 1;
      blocks++;
      while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
        double w = blockWeight[blocks - 2] + blockWeight[blocks - 1];
        blockValue[blocks - 2] = (blockValue[blocks - 2] * blockWeight[blocks - 2]
            + blockValue[blocks - 1] * blockWeight[blocks - 1]) / w;
        blockWeight[blocks - 2] = w;
        blockCount[blocks - 2] += blockCount[blocks - 1];
        blocks--;
      }
    }
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      for (int c = 0; c < blockCount[b]; c++, i++) {
        xOf[row.get(i)] = blockValue[b] + offset[i];
      }
    }
  }

  // ---- y coordinates and routes ----

  private void placeY(double top) {
    int levels = rows.size();
    rowTop = new double[levels];
    rowHeight = new double[levels];
    rowLevel = new int[levels];
    for (Box b : boxes) {
      int r = rowOfLevel(b.node.level());
      rowHeight[r] = Math.max(rowHeight[r], b.height);
      rowLevel[r] = b.node.level();
    }
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    for (int v = 0; v < xOf.length; v++) {
      minX = Math.min(minX, xOf[v] - widthOf.get(v) / 2);
      maxX = Math.max(maxX, xOf[v] + widthOf.get(v) / 2);
    }
    double shift = levels == 0 ? 0 : MARGIN + GUTTER - minX;
    double y = top;
    for (int r = 0; r < levels; r++) {
      rowTop[r] = y;
      int segments = 0;
      if (r + 1 < levels) {
        for (int v : rows.get(r)) {
          segments += down.get(v).size();
        }
      }
      y += rowHeight[r] + 46 + Math.min(54, 2.5 * segments);
    }
    for (int v = 0; v < xOf.length; v++) {
      xOf[v] += shift;
    }
    for (Box b : boxes) {
      int r = rowOfLevel(b.node.level());
      b.x = xOf[b.node.component()];
      b.y = rowTop[r] + rowHeight[r] / 2;
    }
    width = levels == 0 ? 2 * MARGIN + 200 : maxX - minX + 2 * MARGIN + GUTTER;
    height = levels == 0 ? top + MARGIN : rowTop[levels - 1] + rowHeight[levels - 1] + MARGIN;
  }

  private void route() {
    // ports: per box side, edges sorted by the x of their next point
    List<List<double[]>> topPorts = new ArrayList<>();
    List<List<double[]>> bottomPorts = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      topPorts.add(new ArrayList<>());
      bottomPorts.add(new ArrayList<>());
    }
    List<Edge> edges = digraph.edges();
    List<double[][]> ends = new ArrayList<>();
    for (int e = 0; e < edges.size(); e++) {
      int[] chain = chains.get(e);
      int src = chain[0];
      int dst = chain[chain.length - 1];
      boolean goesUp = layerOf.get(dst) < layerOf.get(src);
      double[] srcPort = {xOf[src], 0, xOf[chain[1]]};
      double[] dstPort = {xOf[dst], 0, xOf[chain[chain.length - 2]]};
      (goesUp ? topPorts : bottomPorts).get(src).add(srcPort);
      (goesUp ? bottomPorts : topPorts).get(dst).add(dstPort);
      ends.add(new double[][] {srcPort, dstPort});
    }
    for (int i = 0; i < boxes.size(); i++) {
      spread(topPorts.get(i), boxes.get(i));
      spread(bottomPorts.get(i), boxes.get(i));
    }
    for (int e = 0; e < edges.size(); e++) {
      int[] chain = chains.get(e);
      Box s = boxes.get(chain[0]);
      Box t = boxes.get(chain[chain.length - 1]);
      boolean goesUp = layerOf.get(chain[chain.length - 1]) < layerOf.get(chain[0]);
      Route route = new Route(edges.get(e));
      route.points.add(new double[] {ends.get(e)[0][0], goesUp ? s.top() : s.bottom()});
      for (int i = 1; i + 1 < chain.length; i++) {
        int d = chain[i];
        int r = layerOf.get(d);
        double a = goesUp ? rowTop[r] + rowHeight[r] : rowTop[r];
        double b = goesUp ? rowTop[r] : rowTop[r] + rowHeight[r];
        route.straight.add(false);
        route.points.add(new double[] {xOf[d], a});
        route.straight.add(true);
        route.points.add(new double[] {xOf[d], b});
      }
      route.straight.add(false);
      route.points.add(new double[] {ends.get(e)[1][0], goesUp ? t.bottom() : t.top()});
      routes.add(route);
    }
  }

  private static void spread(List<double[]> ports, Box box) {
    int k = ports.size();
    if (k == 0) {
      return;
    }
    ports.sort(Comparator.comparingDouble(p -> p[2]));
    double usable = box.width * (box.node.isCycle() ? 0.7 : 0.8);
    double step = k == 1 ? 0 : Math.min(14, usable / (k - 1));
    for (int i = 0; i < k; i++) {
      ports.get(i)[0] = box.x + (i - (k - 1) / 2.0) * step;
    }
  }
}
