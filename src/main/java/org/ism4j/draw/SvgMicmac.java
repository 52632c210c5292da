package org.ism4j.draw;

import org.ism4j.ssim.FactorNames;
import static org.ism4j.draw.Svg.num;
import static org.ism4j.draw.Svg.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.internal.Decimals;
import org.ism4j.internal.TextMetrics;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.Micmac;
import org.jspecify.annotations.Nullable;

/**
 * Draws the MICMAC diagram as a standalone SVG document, in plain Java: dependence power on the x
 * axis, driving power on the y axis (both from 0 to n), dashed quadrant lines at the thresholds of
 * the split rule, the four quadrant names, and one dot per distinct (dependence, driving) pair
 * labelled with the factors that share it. Labels are placed greedily around their dot (nearest
 * free spot first, with a leader line when pushed away) so that no two labels overlap and no label
 * covers a dot or a quadrant name; a label with no free spot in the plot goes to a column to the
 * right of it, with a leader line, and the drawing grows to hold it.
 *
 * <p>Label backgrounds are {@code rect} elements of class {@code label-bg}, dots {@code circle}
 * elements of class {@code point}. Stateless and thread-safe.
 */
public final class SvgMicmac {
  private static final double PLOT = 480;
  private static final double LEFT = 70;
  private static final double TOP = 48;
  private static final double RIGHT_ROOM = 170;
  private static final double BOTTOM = 84;
  private static final double FONT = 11;
  private static final double LINE = 13;
  private static final double DOT = 4.5;

  private SvgMicmac() {}

  /**
   * Draws a MICMAC analysis with a default title.
   *
   * @param micmac the analysis
   * @return the SVG document
   */
  public static String toSvg(Micmac micmac) {
    return toSvg(micmac, "MICMAC: driving vs dependence power (" + micmac.labels().size() + " factors)");
  }

  /**
   * Draws a MICMAC analysis.
   *
   * @param micmac the analysis
   * @param title the title above the plot, or {@code null} for none
   * @return the SVG document
   */
  public static String toSvg(Micmac micmac, @Nullable String title) {
    return toSvg(micmac, title, FactorNames.none());
  }

  /**
   * Draws a MICMAC analysis with display names in the labels.
   *
   * @param micmac the analysis
   * @param title the title above the plot, or {@code null} for none
   * @param names display names: a factor with a name is shown as {@code label: name}
   * @return the SVG document
   */
  public static String toSvg(Micmac micmac, @Nullable String title, FactorNames names) {
    int n = micmac.labels().size();
    int step = tickStep(n);
    int axisMax = (int) Math.ceil((n + 0.5) / step) * step; // room beyond the largest power
    double max = axisMax;
    double plotLeft = LEFT;
    double plotTop = TOP;
    double plotRight = plotLeft + PLOT;
    double plotBottom = plotTop + PLOT;
    double width = plotRight + RIGHT_ROOM;
    double height = plotBottom + BOTTOM;

    // group factors sharing a point
    Map<Long, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      long key = ((long) micmac.dependencePower(i) << 32) | micmac.drivingPower(i);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<double[]> obstacles = new ArrayList<>();
    List<double[]> points = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      int i = g.get(0);
      double x = plotLeft + micmac.dependencePower(i) / max * PLOT;
      double y = plotBottom - micmac.drivingPower(i) / max * PLOT;
      points.add(new double[] {x, y});
      members.add(g);
      obstacles.add(new double[] {x - DOT - 1, y - DOT - 1, x + DOT + 1, y + DOT + 1});
    }

    // the body first: labels that find no room in the plot widen the drawing (see overflow)
    StringBuilder sb = new StringBuilder();
    if (title != null) {
      sb.append("  <text x=\"").append(num(plotLeft)).append("\" y=\"26\" font-size=\"15\" font-weight=\"bold\">")
          .append(xml(title)).append("</text>\n");
    }
    // quadrant shading
    double tx = plotLeft + micmac.dependenceThreshold() / max * PLOT;
    double ty = plotBottom - micmac.drivingThreshold() / max * PLOT;
    tx = Math.max(plotLeft, Math.min(plotRight, tx));
    ty = Math.max(plotTop, Math.min(plotBottom, ty));
    sb.append("  <rect x=\"").append(num(plotLeft)).append("\" y=\"").append(num(plotTop))
        .append("\" width=\"").append(num(PLOT)).append("\" height=\"").append(num(PLOT))
        .append("\" fill=\"#fbfcfd\" stroke=\"#98a2b3\"/>\n");
    // grid and ticks
    for (int v = 0; v <= axisMax; v += step) {
      double x = plotLeft + v / max * PLOT;
      double y = plotBottom - v / max * PLOT;
      sb.append("  <line x1=\"").append(num(x)).append("\" y1=\"").append(num(plotTop)).append("\" x2=\"")
          .append(num(x)).append("\" y2=\"").append(num(plotBottom)).append("\" stroke=\"#eaecf0\"/>\n");
      sb.append("  <line x1=\"").append(num(plotLeft)).append("\" y1=\"").append(num(y)).append("\" x2=\"")
          .append(num(plotRight)).append("\" y2=\"").append(num(y)).append("\" stroke=\"#eaecf0\"/>\n");
      sb.append("  <text x=\"").append(num(x)).append("\" y=\"").append(num(plotBottom + 16))
          .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#475467\">").append(v).append("</text>\n");
      sb.append("  <text x=\"").append(num(plotLeft - 8)).append("\" y=\"").append(num(y + 4))
          .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#475467\">").append(v).append("</text>\n");
    }
    sb.append("  <text x=\"").append(num(plotLeft + PLOT / 2)).append("\" y=\"").append(num(plotBottom + 38))
        .append("\" font-size=\"13\" text-anchor=\"middle\">Dependence power</text>\n");
    sb.append("  <text x=\"").append(num(24)).append("\" y=\"").append(num(plotTop + PLOT / 2))
        .append("\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 24 ")
        .append(num(plotTop + PLOT / 2)).append(")\">Driving power</text>\n");
    // quadrant lines
    sb.append("  <line class=\"split\" x1=\"").append(num(tx)).append("\" y1=\"").append(num(plotTop))
        .append("\" x2=\"").append(num(tx)).append("\" y2=\"").append(num(plotBottom))
        .append("\" stroke=\"#b42318\" stroke-dasharray=\"6,4\" stroke-width=\"1.2\"/>\n");
    sb.append("  <line class=\"split\" x1=\"").append(num(plotLeft)).append("\" y1=\"").append(num(ty))
        .append("\" x2=\"").append(num(plotRight)).append("\" y2=\"").append(num(ty))
        .append("\" stroke=\"#b42318\" stroke-dasharray=\"6,4\" stroke-width=\"1.2\"/>\n");
    // quadrant names in the corners
    List<double[]> dots = new ArrayList<>(obstacles);
    quadrant(sb, obstacles, dots, Cluster.INDEPENDENT, new double[] {plotLeft, plotTop, tx, ty});
    quadrant(sb, obstacles, dots, Cluster.LINKAGE, new double[] {tx, plotTop, plotRight, ty});
    quadrant(sb, obstacles, dots, Cluster.AUTONOMOUS, new double[] {plotLeft, ty, tx, plotBottom});
    quadrant(sb, obstacles, dots, Cluster.DEPENDENT, new double[] {tx, ty, plotRight, plotBottom});
    sb.append("  <text x=\"").append(num(plotLeft)).append("\" y=\"").append(num(plotBottom + 62))
        .append("\" font-size=\"11\" fill=\"#475467\">").append(xml("Split rule " + micmac.splitRule().label()
            + ": strong when driving power > " + Decimals.format(micmac.drivingThreshold(), Decimals.THRESHOLD) + ", dependence power > "
            + Decimals.format(micmac.dependenceThreshold(), Decimals.THRESHOLD) + " (powers count the factor itself)"))
        .append("</text>\n");

    // labels, biggest first
    double[] bounds = {plotLeft + 1, plotTop + 1, width - 4, plotBottom - 1};
    List<Integer> orderOfGroups = new ArrayList<>();
    for (int g = 0; g < points.size(); g++) {
      orderOfGroups.add(g);
    }
    List<List<String>> texts = new ArrayList<>();
    for (List<Integer> g : members) {
      List<String> labels = new ArrayList<>();
      for (int i : g) {
        labels.add(names.display(micmac.labels().get(i)));
      }
      texts.add(TextMetrics.flow(labels, ", ", FONT, 150));
    }
    orderOfGroups.sort((a, b) -> Integer.compare(texts.get(b).size() * 1000 + members.get(b).size(),
        texts.get(a).size() * 1000 + members.get(a).size()));
    StringBuilder labelsSvg = new StringBuilder();
    StringBuilder leaders = new StringBuilder();
    Overflow overflow = new Overflow(width + 6, plotTop, plotBottom);
    for (int g : orderOfGroups) {
      List<String> lines = texts.get(g);
      double w = TextMetrics.maxWidth(lines, FONT) + 6;
      double h = lines.size() * LINE + 4;
      double[] p = points.get(g);
      double[] r = place(p, w, h, obstacles, bounds);
      if (r == null) {
        r = overflow.next(w, h);
      }
      obstacles.add(r);
      double cx = Math.max(r[0], Math.min(r[2], p[0]));
      double cy = Math.max(r[1], Math.min(r[3], p[1]));
      if (Math.hypot(cx - p[0], cy - p[1]) > DOT + 14) {
        leaders.append("  <line class=\"leader\" x1=\"").append(num(p[0])).append("\" y1=\"").append(num(p[1]))
            .append("\" x2=\"").append(num(cx)).append("\" y2=\"").append(num(cy))
            .append("\" stroke=\"#98a2b3\" stroke-width=\"0.8\"/>\n");
      }
      labelsSvg.append("  <rect class=\"label-bg\" x=\"").append(num(r[0])).append("\" y=\"").append(num(r[1]))
          .append("\" width=\"").append(num(r[2] - r[0])).append("\" height=\"").append(num(r[3] - r[1]))
          .append("\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n");
      for (int k = 0; k < lines.size(); k++) {
        labelsSvg.append("  <text class=\"label\" x=\"").append(num(r[0] + 3)).append("\" y=\"")
            .append(num(r[1] + 2 + (k + 1) * LINE - 3)).append("\" font-size=\"").append(num(FONT))
            .append("\" xml:space=\"preserve\">").append(xml(lines.get(k))).append("</text>\n");
      }
    }
    sb.append(leaders);
    for (int g = 0; g < points.size(); g++) {
      double[] p = points.get(g);
      int i = members.get(g).get(0);
      List<String> labels = new ArrayList<>();
      for (int f : members.get(g)) {
        labels.add(names.display(micmac.labels().get(f)));
      }
      sb.append("  <circle class=\"point\" cx=\"").append(num(p[0])).append("\" cy=\"").append(num(p[1]))
          .append("\" r=\"").append(num(DOT)).append("\" fill=\"").append(Svg.color(micmac.cluster(i)))
          .append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>")
          .append(xml(String.join(", ", labels) + ": dependence " + micmac.dependencePower(i) + ", driving "
              + micmac.drivingPower(i) + " (" + micmac.cluster(i).displayName() + ")"))
          .append("</title></circle>\n");
    }
    sb.append(labelsSvg);
    sb.append("</svg>\n");
    width = Math.max(width, overflow.right + 4);
    height = Math.max(height, overflow.bottom + 4);

    StringBuilder head = new StringBuilder();
    head.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    head.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
        .append(' ').append(num(height)).append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    head.append("  <title>").append(xml(title == null ? "MICMAC" : title)).append("</title>\n");
    head.append("  <rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"")
        .append(num(height)).append("\" fill=\"#ffffff\"/>\n");
    return head.append(sb).toString();
  }

  /**
   * Columns to the right of the drawing for the labels that fit nowhere in the plot (hundreds of
   * points, or one point shared by so many factors that its label is taller than the plot): each
   * label below the previous one, a new column when the plot's height is used up. Nothing else is
   * drawn there, so these labels overlap nothing; a leader line joins each to its dot.
   */
  private static final class Overflow {
    private static final double GAP = 4;
    private final double top;
    private final double limit;
    private double left;
    private double y;
    private double columnRight;
    double right;
    double bottom;

    Overflow(double left, double top, double limit) {
      this.left = left;
      this.top = top;
      this.limit = limit;
      this.y = top;
      this.columnRight = left;
    }

    double[] next(double w, double h) {
      if (y > top && y + h > limit) {
        left = columnRight + 2 * GAP;
        y = top;
      }
      double[] r = snap(left, y, w, h);
      y = r[3] + GAP;
      columnRight = Math.max(columnRight, r[2]);
      right = Math.max(right, r[2]);
      bottom = Math.max(bottom, r[3]);
      return r;
    }
  }

  /**
   * The rectangle at (x, y) of w×h with every edge on the 0.1 grid the SVG is written in, so that
   * rectangles that do not overlap here do not overlap as written either ({@code num} rounds
   * {@code x} and the width separately, which could otherwise add up to 0.1 to the right edge).
   */
  private static double[] snap(double x, double y, double w, double h) {
    long left = Math.round(x * 10);
    long top = Math.round(y * 10);
    long right = left + Math.round(w * 10);
    long bottom = top + Math.round(h * 10);
    return new double[] {left / 10.0, top / 10.0, right / 10.0, bottom / 10.0};
  }

  /**
   * Writes a quadrant's name in the corner of its region that covers the fewest dots, preferring
   * the outer corner of the plot.
   */
  private static void quadrant(StringBuilder sb, List<double[]> obstacles, List<double[]> dots, Cluster c,
      double[] region) {
    String text = c.roman() + " " + Character.toUpperCase(c.displayName().charAt(0)) + c.displayName().substring(1);
    double w = TextMetrics.width(text, 13);
    double h = 17;
    boolean outerLeft = c == Cluster.INDEPENDENT || c == Cluster.AUTONOMOUS;
    boolean outerTop = c == Cluster.INDEPENDENT || c == Cluster.LINKAGE;
    double[][] corners = new double[4][];
    int k = 0;
    for (boolean top : new boolean[] {outerTop, !outerTop}) {
      for (boolean left : new boolean[] {outerLeft, !outerLeft}) {
        double x = left ? region[0] + 6 : region[2] - 6 - w;
        double y = top ? region[1] + 5 : region[3] - 5 - h;
        corners[k++] = new double[] {x, y, x + w, y + h};
      }
    }
    double[] best = corners[0];
    int bestHits = Integer.MAX_VALUE;
    for (double[] r : corners) {
      int hits = 0;
      for (double[] o : dots) {
        if (r[0] < o[2] && o[0] < r[2] && r[1] < o[3] && o[1] < r[3]) {
          hits++;
        }
      }
      if (hits < bestHits) {
        bestHits = hits;
        best = r;
      }
    }
    obstacles.add(best);
    // a name in a right-hand corner is anchored at its right end, so that a renderer whose bold
    // font is wider than the metrics grows it into the plot, never past the frame
    boolean right = best[0] > region[0] + 6;
    sb.append("  <text class=\"quadrant\" x=\"").append(num(right ? best[2] : best[0])).append("\" y=\"")
        .append(num(best[3] - 4)).append(right ? "\" text-anchor=\"end" : "")
        .append("\" font-size=\"13\" font-weight=\"bold\" fill=\"").append(Svg.color(c))
        .append("\" fill-opacity=\"0.8\">").append(xml(text)).append("</text>\n");
  }

  /**
   * Finds a free rectangle of w×h near p: rings of candidates first, then a spiral scan; null when
   * there is none within the bounds.
   */
  private static double[] place(double[] p, double w, double h, List<double[]> obstacles, double[] bounds) {
    double[] dists = {3, 10, 20, 34, 52, 76};
    for (double d : dists) {
      double gap = DOT + d;
      double[][] candidates = {
        {p[0] + gap, p[1] - h / 2}, // right
        {p[0] - gap - w, p[1] - h / 2}, // left
        {p[0] - w / 2, p[1] - gap - h}, // above
        {p[0] - w / 2, p[1] + gap}, // below
        {p[0] + gap * 0.7, p[1] - gap * 0.7 - h}, // above right
        {p[0] + gap * 0.7, p[1] + gap * 0.7}, // below right
        {p[0] - gap * 0.7 - w, p[1] - gap * 0.7 - h}, // above left
        {p[0] - gap * 0.7 - w, p[1] + gap * 0.7}, // below left
      };
      for (double[] c : candidates) {
        double[] r = snap(c[0], c[1], w, h);
        if (fits(r, obstacles, bounds)) {
          return r;
        }
      }
    }
    // spiral scan around the point, then anywhere in the bounds
    for (double radius = 8; radius < 2000; radius += 8) {
      int steps = (int) Math.max(8, radius / 4);
      for (int s = 0; s < steps; s++) {
        double a = 2 * Math.PI * s / steps;
        double cx = p[0] + radius * Math.cos(a);
        double cy = p[1] + radius * Math.sin(a);
        double[] r = snap(cx - w / 2, cy - h / 2, w, h);
        if (fits(r, obstacles, bounds)) {
          return r;
        }
      }
    }
    return null;
  }

  private static boolean fits(double[] r, List<double[]> obstacles, double[] bounds) {
    if (r[0] < bounds[0] || r[1] < bounds[1] || r[2] > bounds[2] || r[3] > bounds[3]) {
      return false;
    }
    for (double[] o : obstacles) {
      if (r[0] < o[2] && o[0] < r[2] && r[1] < o[3] && o[1] < r[3]) {
        return false;
      }
    }
    return true;
  }

  private static int tickStep(int n) {
    int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000};
    for (int s : steps) {
      if (n / s <= 12) {
        return s;
      }
    }
    return Math.max(1, n / 10);
  }
}
