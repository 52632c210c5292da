package org.ism4j.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.CycleLink;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.Node;
import org.ism4j.internal.TextMetrics;
import org.ism4j.ssim.FactorNames;

/**
 * The geometry of a layered digraph drawing (a Sugiyama layout with the levels as given): levels
 * as rows, long edges split into dummy vertices on the rows they cross, vertex order chosen by
 * barycenter sweeps and adjacent swaps to reduce crossings ({@link LayerOrder}), x-coordinates by
 * isotonic regression, each row placed as close as possible to the median of its neighbours' x
 * with no overlap ({@link XPlacement}), edges as curves through their dummies (or, for the edges
 * of a dense drawing left unsplit, one curve from box to box). An immutable result;
 * package-private.
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

  /**
   * A box of the drawing: one node of the digraph, its text lines and its centre.
   *
   * @param node the node
   * @param header the italic header lines (a cycle's size)
   * @param lines the label lines
   * @param linkLines the lines listing a cycle's links
   * @param width the box width
   * @param height the box height
   * @param x the centre's x
   * @param y the centre's y
   */
  record Box(Node node, List<String> header, List<String> lines, List<String> linkLines, double width,
      double height, double x, double y) {
    Box {
      header = List.copyOf(header);
      lines = List.copyOf(lines);
      linkLines = List.copyOf(linkLines);
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

  /**
   * One edge of the drawing as a list of points; consecutive points on different rows are joined
   * by curves.
   *
   * @param edge the edge
   * @param points the points, each {@code {x, y}}
   * @param straight whether the segment from point i to i+1 is straight (inside a row); else a
   *     vertical-tangent curve
   */
  record Route(Edge edge, List<double[]> points, List<Boolean> straight) {
    Route {
      points = List.copyOf(points);
      straight = List.copyOf(straight);
    }
  }

  /** A box before it has a position. */
  private static final class Sized {
    final Node node;
    final List<String> header = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    final List<String> linkLines = new ArrayList<>();
    double width;
    double height;

    Sized(Node node) {
      this.node = node;
    }
  }

  private final List<Box> boxes;
  private final List<Route> routes;
  private final double[] rowTop;
  private final double[] rowHeight;
  private final int[] rowLevel;
  private final double width;
  private final double height;
  private final int dummyCount;
  private final long orderWork;

  private DigraphLayout(Builder b) {
    this.boxes = List.copyOf(b.boxes);
    this.routes = List.copyOf(b.routes);
    this.rowTop = b.rowTop;
    this.rowHeight = b.rowHeight;
    this.rowLevel = b.rowLevel;
    this.width = b.width;
    this.height = b.height;
    this.dummyCount = b.graph.dummyCount;
    this.orderWork = b.graph.work;
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
    Builder b = new Builder(digraph, bottomUp, names);
    b.sizeBoxes();
    double[] widths = new double[b.sized.size()];
    List<Node> nodes = new ArrayList<>();
    for (int k = 0; k < widths.length; k++) {
      widths[k] = b.sized.get(k).width;
      nodes.add(b.sized.get(k).node);
    }
    b.graph = new LayerOrder(digraph, nodes, widths, b::rowOfLevel);
    b.graph.order();
    b.xOf = XPlacement.place(b.graph);
    b.placeY(top);
    b.route();
    return new DigraphLayout(b);
  }

  /** The boxes, one per node in the digraph's node order. */
  List<Box> boxes() {
    return boxes;
  }

  /** The edges' routes, in the digraph's edge order. */
  List<Route> routes() {
    return routes;
  }

  /** The number of rows. */
  int rowCount() {
    return rowTop.length;
  }

  /** The y where row r starts. */
  double rowTop(int r) {
    return rowTop[r];
  }

  /** The height of row r: its highest box. */
  double rowHeight(int r) {
    return rowHeight[r];
  }

  /** The level drawn in row r. */
  int rowLevel(int r) {
    return rowLevel[r];
  }

  /** The drawing's width. */
  double width() {
    return width;
  }

  /** The drawing's height. */
  double height() {
    return height;
  }

  /** The number of dummy vertices the long edges were split into (for tests that bound it). */
  int dummyCount() {
    return dummyCount;
  }

  /** The elementary steps the crossing reduction took (for tests that bound it). */
  long orderWork() {
    return orderWork;
  }

  /** Computes a layout: box sizes, then (after the layer order and x placement) y and routes. */
  private static final class Builder {
    final LayeredDigraph digraph;
    final boolean bottomUp;
    final FactorNames names;
    final List<Sized> sized = new ArrayList<>();
    final List<Box> boxes = new ArrayList<>();
    final List<Route> routes = new ArrayList<>();
    LayerOrder graph;
    double[] xOf;
    double[] rowTop;
    double[] rowHeight;
    int[] rowLevel;
    double width;
    double height;

    Builder(LayeredDigraph digraph, boolean bottomUp, FactorNames names) {
      this.digraph = digraph;
      this.bottomUp = bottomUp;
      this.names = names;
    }

    int rowOfLevel(int level) {
      int levels = digraph.levelCount();
      return bottomUp ? levels - level : level - 1;
    }

    void sizeBoxes() {
      // each cycle member's link targets, in the digraph's cycle-link order: one pass over the links
      Map<Node, Map<String, List<String>>> targetsOf = new HashMap<>();
      if (digraph.options().cycleLinks()) {
        for (CycleLink link : digraph.cycleLinks()) {
          targetsOf.computeIfAbsent(link.node(), k -> new HashMap<>())
              .computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
        }
      }
      for (Node node : digraph.nodes()) {
        Sized b = new Sized(node);
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
              List<String> targets = targetsOf.getOrDefault(node, Map.of()).getOrDefault(m, List.of());
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
        sized.add(b);
      }
    }

    void placeY(double top) {
      List<List<Integer>> rows = graph.rows;
      int levels = rows.size();
      rowTop = new double[levels];
      rowHeight = new double[levels];
      rowLevel = new int[levels];
      for (Sized b : sized) {
        int r = rowOfLevel(b.node.level());
        rowHeight[r] = Math.max(rowHeight[r], b.height);
        rowLevel[r] = b.node.level();
      }
      double minX = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      for (int v = 0; v < xOf.length; v++) {
        minX = Math.min(minX, xOf[v] - graph.widthOf.get(v) / 2);
        maxX = Math.max(maxX, xOf[v] + graph.widthOf.get(v) / 2);
      }
      double shift = levels == 0 ? 0 : MARGIN + GUTTER - minX;
      double y = top;
      for (int r = 0; r < levels; r++) {
        rowTop[r] = y;
        int segments = 0;
        if (r + 1 < levels) {
          for (int v : rows.get(r)) {
            segments += graph.down.get(v).size();
          }
        }
        y += rowHeight[r] + 46 + Math.min(54, 2.5 * segments);
      }
      for (int v = 0; v < xOf.length; v++) {
        xOf[v] += shift;
      }
      for (Sized b : sized) {
        int r = rowOfLevel(b.node.level());
        boxes.add(new Box(b.node, b.header, b.lines, b.linkLines, b.width, b.height,
            xOf[b.node.component()], rowTop[r] + rowHeight[r] / 2));
      }
      width = levels == 0 ? 2 * MARGIN + 200 : maxX - minX + 2 * MARGIN + GUTTER;
      height = levels == 0 ? top + MARGIN : rowTop[levels - 1] + rowHeight[levels - 1] + MARGIN;
    }

    void route() {
      // ports: per box side, edges sorted by the x of their next point
      List<List<double[]>> topPorts = new ArrayList<>();
      List<List<double[]>> bottomPorts = new ArrayList<>();
      for (int i = 0; i < boxes.size(); i++) {
        topPorts.add(new ArrayList<>());
        bottomPorts.add(new ArrayList<>());
      }
      List<Edge> edges = digraph.edges();
      List<double[][]> ends = new ArrayList<>();
      List<int[]> chains = graph.chains;
      List<Integer> layerOf = graph.layerOf;
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
        List<double[]> points = new ArrayList<>();
        List<Boolean> straight = new ArrayList<>();
        points.add(new double[] {ends.get(e)[0][0], goesUp ? s.top() : s.bottom()});
        for (int i = 1; i + 1 < chain.length; i++) {
          int d = chain[i];
          int r = layerOf.get(d);
          double a = goesUp ? rowTop[r] + rowHeight[r] : rowTop[r];
          double b = goesUp ? rowTop[r] : rowTop[r] + rowHeight[r];
          straight.add(false);
          points.add(new double[] {xOf[d], a});
          straight.add(true);
          points.add(new double[] {xOf[d], b});
        }
        straight.add(false);
        points.add(new double[] {ends.get(e)[1][0], goesUp ? t.bottom() : t.top()});
        routes.add(new Route(edges.get(e), points, straight));
      }
    }

    private static void spread(List<double[]> ports, Box box) {
      int k = ports.size();
      if (k == 0) {
        return;
      }
      ports.sort(Comparator.comparingDouble(p -> p[2]));
      double usable = box.width() * (box.node().isCycle() ? 0.7 : 0.8);
      double step = k == 1 ? 0 : Math.min(14, usable / (k - 1));
      for (int i = 0; i < k; i++) {
        ports.get(i)[0] = box.x() + (i - (k - 1) / 2.0) * step;
      }
    }
  }
}
