package org.ism4j.draw;

import org.jspecify.annotations.Nullable;
import static org.ism4j.draw.Svg.num;
import static org.ism4j.draw.Svg.xml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.ism4j.internal.Decimals;
import org.ism4j.internal.TextMetrics;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.Quadrants;
import org.ism4j.micmac.SplitRule;
import org.ism4j.ssim.FactorNames;
import org.ism4j.weighted.Dematel;
import org.ism4j.weighted.FuzzyMicmac;
import org.ism4j.weighted.GodetMicmac;
import org.ism4j.weighted.Threshold;

/**
 * Draws the weighted analyses as standalone SVG documents, in plain Java: Godet's displacement map,
 * the fuzzy MICMAC quadrant plot and DEMATEL's cause–effect diagram. Dots are {@code circle}
 * elements of class {@code point}, each with a {@code title} naming the factor and its values;
 * labels are {@code text} elements of class {@code label}, placed beside their dot where no other
 * label or dot is. Stateless and thread-safe.
 */
public final class SvgWeighted {
  private static final double PLOT = 480;
  private static final double LEFT = 78;
  private static final double TOP = 48;
  private static final double RIGHT_ROOM = 170;
  private static final double BOTTOM = 84;
  private static final double FONT = 11;
  private static final double DOT = 4.5;

  private SvgWeighted() {}

  /**
   * Draws Godet's displacement map: each factor at its direct position (hollow dot) and at its
   * indirect position (filled dot, labelled), joined by an arrow. Both positions are shares of the
   * total, in percent, so that M and M<sup>k</sup> share the axes: dependence on x, influence on y;
   * dashed lines at the indirect thresholds of the split rule.
   *
   * @param micmac the analysis
   * @param rule the split rule of the quadrant lines
   * @param title the title, or null for none
   * @param names display names
   * @return the SVG document
   */
  public static String displacement(GodetMicmac micmac, SplitRule rule, @Nullable String title, FactorNames names) {
    int n = micmac.labels().size();
    double[] dx = shares(micmac.directDependence());
    double[] dy = shares(micmac.directInfluence());
    double[] ix = shares(micmac.indirectDependence());
    double[] iy = shares(micmac.indirectInfluence());
    // shares split as the sums do: the mean and the median scale with them
    Quadrants q = Quadrants.of(toList(iy), toList(ix), rule);
    double max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, Math.max(Math.max(dx[i], dy[i]), Math.max(ix[i], iy[i])));
    }
    Plot p = new Plot(title, "Dependence (% of total)", "Influence (% of total)", 0, nice(max), 0, nice(max));
    p.quadrantLines(q.dependenceThreshold(), q.drivingThreshold(), true);
    for (int i = 0; i < n; i++) {
      p.arrow(dx[i], dy[i], ix[i], iy[i], "displacement", "#98a2b3");
    }
    for (int i = 0; i < n; i++) {
      p.dot(dx[i], dy[i], null, "#ffffff", "#667085",
          micmac.labels().get(i) + ": direct dependence " + micmac.directDependence().get(i) + ", influence "
              + micmac.directInfluence().get(i));
    }
    for (int i = 0; i < n; i++) {
      Cluster c = q.cluster(i);
      p.dot(ix[i], iy[i], names.display(micmac.labels().get(i)), Svg.color(c), "#ffffff",
          micmac.labels().get(i) + ": indirect dependence " + micmac.indirectDependence().get(i) + ", influence "
              + micmac.indirectInfluence().get(i) + " (power " + micmac.power() + ", " + c.displayName() + ")");
    }
    p.note("Hollow: direct (M); filled: indirect (M^" + micmac.power() + (micmac.isStable() ? ", stable" : ", not stable")
        + "). Split rule " + rule.label() + " on the indirect shares.");
    return p.toSvg();
  }

  /**
   * Draws the fuzzy MICMAC quadrant plot: dependence power on x, driving power on y, dashed lines
   * at the split rule's thresholds, the quadrant names, one labelled dot per factor.
   *
   * @param micmac the analysis
   * @param rule the split rule
   * @param title the title, or null for none
   * @param names display names
   * @return the SVG document
   */
  public static String fuzzyMicmac(FuzzyMicmac micmac, SplitRule rule, @Nullable String title, FactorNames names) {
    double[] x = micmac.dependencePower().toArray();
    double[] y = micmac.drivingPower().toArray();
    Quadrants q = Quadrants.of(micmac.drivingPower().asList(), micmac.dependencePower().asList(), rule);
    double max = 0;
    for (int i = 0; i < x.length; i++) {
      max = Math.max(max, Math.max(x[i], y[i]));
    }
    Plot p = new Plot(title, "Fuzzy dependence power", "Fuzzy driving power", 0, nice(max), 0, nice(max));
    p.quadrantLines(q.dependenceThreshold(), q.drivingThreshold(), true);
    for (int i = 0; i < x.length; i++) {
      Cluster c = q.cluster(i);
      p.dot(x[i], y[i], names.display(micmac.labels().get(i)), Svg.color(c), "#ffffff",
          micmac.labels().get(i) + ": dependence " + Decimals.format(x[i], 4) + ", driving "
              + Decimals.format(y[i], 4) + " (" + c.displayName() + ")");
    }
    p.note("Split rule " + rule.label() + ": strong when driving > " + Decimals.format(q.drivingThreshold(), 3)
        + ", dependence > " + Decimals.format(q.dependenceThreshold(), 3) + "; " + micmac.iterations()
        + " iterations" + (micmac.isStable() ? ", stable" : ", not stable")
        + (micmac.period() > 0 ? ", period " + micmac.period() : "") + ".");
    return p.toSvg();
  }

  /**
   * Draws DEMATEL's cause–effect diagram: prominence r + c on x, relation r − c on y (causes above
   * the zero line, effects below), and an arrow i → j for every link with T[i][j] ≥ α.
   *
   * @param dematel the analysis
   * @param threshold the rule for α
   * @param title the title, or null for none
   * @param names display names
   * @return the SVG document
   */
  public static String causeEffect(Dematel dematel, Threshold threshold, @Nullable String title, FactorNames names) {
    double[] x = dematel.prominence().toArray();
    double[] y = dematel.relation().toArray();
    int n = x.length;
    double xMin = Double.MAX_VALUE;
    double xMax = 0;
    double yAbs = 0;
    for (int i = 0; i < n; i++) {
      xMin = Math.min(xMin, x[i]);
      xMax = Math.max(xMax, x[i]);
      yAbs = Math.max(yAbs, Math.abs(y[i]));
    }
    double span = Math.max(xMax - xMin, 1e-9);
    double lo = Math.max(0, xMin - span * 0.1);
    double hi = xMax + span * 0.1;
    double yr = yAbs == 0 ? 1 : yAbs * 1.15;
    Plot p = new Plot(title, "Prominence (r + c)", "Relation (r - c)", lo, hi, -yr, yr);
    p.quadrantLines(Double.NaN, 0, false);
    double alpha = threshold.valueFor(dematel);
    double[][] t = dematel.totalRelation();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && t[i][j] >= alpha) {
          p.arrow(x[i], y[i], x[j], y[j], "link", "#98a2b3");
        }
      }
    }
    for (int i = 0; i < n; i++) {
      boolean cause = y[i] > 0;
      p.dot(x[i], y[i], names.display(dematel.labels().get(i)), cause ? "#b42318" : y[i] < 0 ? "#1570ef" : "#667085",
          "#ffffff", dematel.labels().get(i) + ": r + c = " + Decimals.format(x[i], 4) + ", r - c = "
              + Decimals.format(y[i], 4) + (cause ? " (cause)" : y[i] < 0 ? " (effect)" : ""));
    }
    p.note("Causes above the line, effects below. Arrows: links with T[i][j] >= alpha = "
        + Decimals.format(alpha, 4) + " (" + threshold.rule() + ").");
    return p.toSvg();
  }

  private static List<Double> toList(double[] a) {
    List<Double> l = new ArrayList<>(a.length);
    for (double v : a) {
      l.add(v);
    }
    return l;
  }

  private static double[] shares(List<BigInteger> v) {
    BigInteger total = BigInteger.ZERO;
    for (BigInteger x : v) {
      total = total.add(x);
    }
    double[] s = new double[v.size()];
    if (total.signum() == 0) {
      return s;
    }
    BigDecimal t = new BigDecimal(total);
    for (int i = 0; i < s.length; i++) {
      s[i] = new BigDecimal(v.get(i)).multiply(BigDecimal.valueOf(100)).divide(t, MathContext.DECIMAL64).doubleValue();
    }
    return s;
  }

  /** A round axis maximum a little above {@code max}. */
  private static double nice(double max) {
    if (max <= 0) {
      return 1;
    }
    double m = max * 1.08;
    double mag = Math.pow(10, Math.floor(Math.log10(m)));
    for (double f : new double[] {1, 2, 2.5, 5, 10}) {
      if (f * mag >= m) {
        return f * mag;
      }
    }
    return 10 * mag;
  }

  /** One scatter plot being drawn: axes, then lines, arrows, dots and labels. */
  private static final class Plot {
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final StringBuilder back = new StringBuilder();
    private final StringBuilder dots = new StringBuilder();
    private final StringBuilder labels = new StringBuilder();
    private final List<double[]> obstacles = new ArrayList<>();
    private final List<Object[]> pending = new ArrayList<>();
    private final String title;
    private String note;

    Plot(String title, String xLabel, String yLabel, double x0, double x1, double y0, double y1) {
      this.title = title;
      this.x0 = x0;
      this.x1 = x1;
      this.y0 = y0;
      this.y1 = y1;
      double bottom = TOP + PLOT;
      back.append("  <rect x=\"").append(num(LEFT)).append("\" y=\"").append(num(TOP)).append("\" width=\"")
          .append(num(PLOT)).append("\" height=\"").append(num(PLOT))
          .append("\" fill=\"#fbfcfd\" stroke=\"#98a2b3\"/>\n");
      for (int k = 0; k <= 5; k++) {
        double vx = x0 + (x1 - x0) * k / 5;
        double vy = y0 + (y1 - y0) * k / 5;
        double px = px(vx);
        double py = py(vy);
        back.append("  <line x1=\"").append(num(px)).append("\" y1=\"").append(num(TOP)).append("\" x2=\"")
            .append(num(px)).append("\" y2=\"").append(num(bottom)).append("\" stroke=\"#eaecf0\"/>\n");
        back.append("  <line x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(py)).append("\" x2=\"")
            .append(num(LEFT + PLOT)).append("\" y2=\"").append(num(py)).append("\" stroke=\"#eaecf0\"/>\n");
        back.append("  <text x=\"").append(num(px)).append("\" y=\"").append(num(bottom + 16))
            .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#475467\">").append(Decimals.format(vx, 3))
            .append("</text>\n");
        back.append("  <text x=\"").append(num(LEFT - 8)).append("\" y=\"").append(num(py + 4))
            .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#475467\">").append(Decimals.format(vy, 3))
            .append("</text>\n");
      }
      back.append("  <text x=\"").append(num(LEFT + PLOT / 2)).append("\" y=\"").append(num(bottom + 38))
          .append("\" font-size=\"13\" text-anchor=\"middle\">").append(xml(xLabel)).append("</text>\n");
      back.append("  <text x=\"24\" y=\"").append(num(TOP + PLOT / 2))
          .append("\" font-size=\"13\" text-anchor=\"middle\" transform=\"rotate(-90 24 ").append(num(TOP + PLOT / 2))
          .append(")\">").append(xml(yLabel)).append("</text>\n");
    }

    double px(double v) {
      return LEFT + (v - x0) / (x1 - x0) * PLOT;
    }

    double py(double v) {
      return TOP + PLOT - (v - y0) / (y1 - y0) * PLOT;
    }

    void quadrantLines(double tx, double ty, boolean names) {
      if (!Double.isNaN(tx)) {
        double x = clampX(px(tx));
        back.append("  <line class=\"split\" x1=\"").append(num(x)).append("\" y1=\"").append(num(TOP))
            .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(num(TOP + PLOT))
            .append("\" stroke=\"#b42318\" stroke-dasharray=\"6,4\" stroke-width=\"1.2\"/>\n");
      }
      double y = clampY(py(ty));
      back.append("  <line class=\"split\" x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(y))
          .append("\" x2=\"").append(num(LEFT + PLOT)).append("\" y2=\"").append(num(y))
          .append("\" stroke=\"#b42318\" stroke-dasharray=\"6,4\" stroke-width=\"1.2\"/>\n");
      if (names) {
        double x = clampX(px(tx));
        quadrant(Cluster.INDEPENDENT, LEFT + 6, TOP + 18);
        quadrant(Cluster.LINKAGE, x + 6, TOP + 18);
        quadrant(Cluster.AUTONOMOUS, LEFT + 6, TOP + PLOT - 8);
        quadrant(Cluster.DEPENDENT, x + 6, TOP + PLOT - 8);
      }
    }

    private void quadrant(Cluster c, double x, double y) {
      String text = c.roman() + " " + Character.toUpperCase(c.displayName().charAt(0)) + c.displayName().substring(1);
      obstacles.add(new double[] {x, y - 13, x + TextMetrics.width(text, 13), y + 3});
      back.append("  <text class=\"quadrant\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
          .append("\" font-size=\"13\" font-weight=\"bold\" fill=\"").append(Svg.color(c))
          .append("\" fill-opacity=\"0.8\">").append(xml(text)).append("</text>\n");
    }

    private double clampX(double x) {
      return Math.max(LEFT, Math.min(LEFT + PLOT, x));
    }

    private double clampY(double y) {
      return Math.max(TOP, Math.min(TOP + PLOT, y));
    }

    void arrow(double ax, double ay, double bx, double by, String cls, String stroke) {
      double x1 = px(ax);
      double y1 = py(ay);
      double x2 = px(bx);
      double y2 = py(by);
      double len = Math.hypot(x2 - x1, y2 - y1);
      if (len < DOT * 2) {
        return;
      }
      // stop short of the target dot
      double ex = x2 - (x2 - x1) / len * (DOT + 2);
      double ey = y2 - (y2 - y1) / len * (DOT + 2);
      back.append("  <line class=\"").append(cls).append("\" x1=\"").append(num(x1)).append("\" y1=\"")
          .append(num(y1)).append("\" x2=\"").append(num(ex)).append("\" y2=\"").append(num(ey))
          .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"1\" marker-end=\"url(#arrow)\"/>\n");
    }

    void dot(double x, double y, String label, String fill, String stroke, String tooltip) {
      double cx = px(x);
      double cy = py(y);
      obstacles.add(new double[] {cx - DOT - 1, cy - DOT - 1, cx + DOT + 1, cy + DOT + 1});
      dots.append("  <circle class=\"point\" cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"").append(num(DOT)).append("\" fill=\"").append(fill).append("\" stroke=\"")
          .append(stroke).append("\" stroke-width=\"1\"><title>").append(xml(tooltip)).append("</title></circle>\n");
      if (label != null) {
        pending.add(new Object[] {cx, cy, label});
      }
    }

    void note(String text) {
      this.note = text;
    }

    String toSvg() {
      for (Object[] l : pending) {
        place((double) l[0], (double) l[1], (String) l[2]);
      }
      double width = LEFT + PLOT + RIGHT_ROOM;
      double height = TOP + PLOT + BOTTOM;
      StringBuilder sb = new StringBuilder();
      sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"")
          .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
          .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
      sb.append("  <title>").append(xml(title == null ? "ism4j" : title)).append("</title>\n");
      sb.append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
          + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#98a2b3\"/>"
          + "</marker></defs>\n");
      sb.append("  <rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
          .append("\" fill=\"#ffffff\"/>\n");
      if (title != null) {
        sb.append("  <text x=\"").append(num(LEFT)).append("\" y=\"26\" font-size=\"15\" font-weight=\"bold\">")
            .append(xml(title)).append("</text>\n");
      }
      sb.append(back).append(dots).append(labels);
      if (note != null) {
        sb.append("  <text x=\"").append(num(LEFT)).append("\" y=\"").append(num(TOP + PLOT + 62))
            .append("\" font-size=\"11\" fill=\"#475467\">").append(xml(note)).append("</text>\n");
      }
      sb.append("</svg>\n");
      return sb.toString();
    }

    private void place(double cx, double cy, String text) {
      double w = TextMetrics.width(text, FONT) + 4;
      double h = FONT + 4;
      double[][] offsets = {{DOT + 3, -h / 2}, {-DOT - 3 - w, -h / 2}, {-w / 2, -DOT - 3 - h}, {-w / 2, DOT + 3},
          {DOT + 3, -h - DOT}, {DOT + 3, DOT}, {-DOT - 3 - w, -h - DOT}, {-DOT - 3 - w, DOT}};
      double[] chosen = null;
      for (double scale = 1; scale <= 4 && chosen == null; scale++) {
        for (double[] o : offsets) {
          double[] r = {cx + o[0] * scale, cy + o[1] * scale, cx + o[0] * scale + w, cy + o[1] * scale + h};
          if (free(r)) {
            chosen = r;
            break;
          }
        }
      }
      if (chosen == null) {
        chosen = new double[] {cx + DOT + 3, cy - h / 2, cx + DOT + 3 + w, cy + h / 2};
      }
      obstacles.add(chosen);
      labels.append("  <text class=\"label\" x=\"").append(num(chosen[0] + 2)).append("\" y=\"")
          .append(num(chosen[3] - 4)).append("\" font-size=\"").append(num(FONT))
          .append("\" xml:space=\"preserve\">").append(xml(text)).append("</text>\n");
    }

    private boolean free(double[] r) {
      if (r[0] < 1 || r[1] < TOP || r[2] > LEFT + PLOT + RIGHT_ROOM - 2 || r[3] > TOP + PLOT) {
        return false;
      }
      for (double[] o : obstacles) {
        if (r[0] < o[2] && o[0] < r[2] && r[1] < o[3] && o[1] < r[3]) {
          return false;
        }
      }
      return true;
    }
  }
}
