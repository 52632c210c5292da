package org.ism4j.draw;

import org.ism4j.internal.Words;
import static org.ism4j.draw.Svg.num;
import static org.ism4j.draw.Svg.xml;

import java.util.List;
import java.util.Set;
import org.ism4j.internal.TextMetrics;
import org.ism4j.ssim.Labels;
import org.ism4j.tism.Tism;
import org.ism4j.tism.TismLink;

/**
 * Draws a TISM digraph as SVG: one box per factor on its level (level 1 on top), every direct link
 * as a solid arrow labelled with its interpretation, every significant transitive link as a dashed
 * arrow labelled {@code via k}. A link between two factors of one level (a cycle) is an arc above
 * the row when it points right and below the row when it points left, so that both links of a
 * two-factor cycle and their labels stay apart. Edges are {@code path} elements of class
 * {@code link direct} or {@code link transitive}, each with a {@code title} holding the full
 * interpretation. Stateless.
 */
public final class SvgTism {
  private static final double FONT = 13;
  private static final double SMALL = 10;
  private static final double BOX_H = 30;
  private static final double ROW_GAP = 90;
  private static final double COL_GAP = 40;
  private static final double MARGIN = 20;
  private static final int LABEL_CHARS = 28;

  private SvgTism() {}

  /** How far the control points of an arc between two boxes of one level stand off the row. */
  private static double lift(double x1, double x2) {
    return 30 + Math.abs(x2 - x1) / 6;
  }

  /**
   * Draws a TISM.
   *
   * @param t the TISM
   * @param title a title above the drawing, or {@code null} for none
   * @return the SVG document
   */
  public static String toSvg(Tism t, @org.jspecify.annotations.Nullable String title) {
    Labels labels = t.labels();
    int n = labels.size();
    List<Set<String>> levels = t.levels();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] w = new double[n];
    int[] row = new int[n];
    double width = 460;
    for (int l = 0; l < levels.size(); l++) {
      double cx = MARGIN + 60;
      for (String label : levels.get(l)) {
        int i = labels.index(label);
        w[i] = TextMetrics.width(label, FONT) + 20;
        x[i] = cx + w[i] / 2;
        row[i] = l;
        cx += w[i] + COL_GAP;
      }
      width = Math.max(width, cx + MARGIN);
      if (!levels.get(l).isEmpty()) {
        // room for the bowed links and their labels right of the rightmost box
        int last = labels.index(levels.get(l).stream().reduce((p, q) -> q).orElseThrow());
        width = Math.max(width, x[last] + 0.75 * (45 + 20 * levels.size()) + 110);
      }
    }
    // links within a level arc above the row when they point right and below it when they point
    // left, so the two links of a cycle and their labels do not overlap; the first row needs room
    // above for its arcs, the last row room below
    double above = 0;
    double below = 0;
    for (TismLink link : t.keptLinks()) {
      int a = labels.index(link.from());
      int b = labels.index(link.to());
      if (row[a] == row[b]) {
        // the arc's apex stands 0.75 × lift off the row; the label sits above the upper apex and
        // inside the lower arc
        double apex = 0.75 * lift(x[a], x[b]);
        if (x[a] < x[b] && row[a] == 0) {
          above = Math.max(above, apex + SMALL + 4);
        } else if (x[a] > x[b] && row[a] == levels.size() - 1) {
          below = Math.max(below, apex + 4);
        }
      }
    }
    double top = MARGIN + (title == null ? 0 : 28) + above;
    for (int i = 0; i < n; i++) {
      y[i] = top + row[i] * (BOX_H + ROW_GAP);
    }
    double height = top + Math.max(1, levels.size()) * (BOX_H + ROW_GAP) - ROW_GAP + MARGIN + 20
        + below;
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width)).append("\" height=\"")
        .append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
        .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
    sb.append("  <title>").append(xml(title != null ? title : "TISM digraph: " + Words.count(n, "factor")))
        .append("</title>\n");
    sb.append("  <defs>\n    <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
        + " markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">\n"
        + "      <path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444444\"/>\n    </marker>\n  </defs>\n");
    sb.append("  <rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
        .append("\" fill=\"#ffffff\"/>\n");
    if (title != null) {
      sb.append("  <text x=\"").append(num(MARGIN)).append("\" y=\"").append(num(MARGIN + 15))
          .append("\" font-size=\"15\" font-weight=\"bold\">").append(xml(title)).append("</text>\n");
    }
    for (int l = 0; l < levels.size(); l++) {
      sb.append("  <text class=\"level\" x=\"").append(num(MARGIN)).append("\" y=\"")
          .append(num(top + l * (BOX_H + ROW_GAP) + BOX_H / 2 + 4)).append("\" font-size=\"11\" fill=\"#667085\">Level ")
          .append(l + 1).append("</text>\n");
    }
    StringBuilder labelsSvg = new StringBuilder();
    StringBuilder edges = new StringBuilder();
    for (TismLink link : t.keptLinks()) {
      int a = labels.index(link.from());
      int b = labels.index(link.to());
      double x1 = x[a];
      double y1 = y[a];
      double x2 = x[b];
      double y2 = y[b] + BOX_H;
      String d;
      double mx;
      double my;
      if (row[a] == row[b]) {
        // same level (a cycle): pointing right, an arc above the row with its label over the apex;
        // pointing left, an arc below the row with its label inside
        boolean right = x1 < x2;
        y1 = right ? y[a] : y[a] + BOX_H;
        y2 = y1;
        double off = right ? -lift(x1, x2) : lift(x1, x2);
        d = "M" + num(x1) + "," + num(y1) + " C" + num(x1) + "," + num(y1 + off) + " " + num(x2) + ","
            + num(y2 + off) + " " + num(x2) + "," + num(y2);
        mx = (x1 + x2) / 2;
        my = y1 + off * 0.75 - (right ? 0 : 3);
      } else if (y[a] > y[b]) { // upwards, the usual direction
        int span = t.partition().levelOf(a) - t.partition().levelOf(b);
        if (span == 1 && link.isDirect()) {
          d = "M" + num(x1) + "," + num(y1) + " L" + num(x2) + "," + num(y2);
          mx = (x1 + x2) / 2;
          my = (y1 + y2) / 2;
        } else { // bow to the right, clear of the boxes in between
          double bow = 45 + 20 * span;
          double third = (y1 - y2) / 3;
          d = "M" + num(x1 + 6) + "," + num(y1) + " C" + num(x1 + bow) + "," + num(y1 - third) + " "
              + num(x2 + bow) + "," + num(y2 + third) + " " + num(x2 + 6) + "," + num(y2);
          mx = (x1 + x2) / 2 + 6 + 0.75 * (bow - 6);
          my = (y1 + y2) / 2;
        }
      } else {
        y1 = y[a] + BOX_H;
        y2 = y[b];
        d = "M" + num(x1) + "," + num(y1) + " L" + num(x2) + "," + num(y2);
        mx = (x1 + x2) / 2;
        my = (y1 + y2) / 2;
      }
      String text = link.isDirect() ? link.interpretation() : "via " + String.join(", ", link.via());
      String full = link.from() + " \u2192 " + link.to() + (link.interpretation().isEmpty() ? ""
          : ": " + link.interpretation()) + (link.isDirect() ? "" : " (via " + String.join(", ", link.via()) + ")");
      edges.append("  <path class=\"link ").append(link.kind().label()).append("\" d=\"").append(d)
          .append("\" fill=\"none\" stroke=\"").append(link.isDirect() ? "#444444" : "#8a6d00")
          .append("\" stroke-width=\"1.2\"").append(link.isDirect() ? "" : " stroke-dasharray=\"5,4\"")
          .append(" marker-end=\"url(#arrow)\"><title>").append(xml(full)).append("</title></path>\n");
      if (!text.isEmpty()) {
        String shown = text.length() > LABEL_CHARS ? text.substring(0, LABEL_CHARS - 1) + "\u2026" : text;
        labelsSvg.append("  <text class=\"interpretation\" x=\"").append(num(mx)).append("\" y=\"")
            .append(num(my)).append("\" font-size=\"").append(num(SMALL))
            .append("\" text-anchor=\"middle\" fill=\"").append(link.isDirect() ? "#333333" : "#8a6d00")
            .append("\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">").append(xml(shown))
            .append("</text>\n");
      }
    }
    sb.append(edges);
    for (int i = 0; i < n; i++) {
      sb.append("  <g><title>").append(xml(labels.get(i) + " (level " + t.partition().levelOf(i) + ")"))
          .append("</title>\n    <rect class=\"node\" x=\"").append(num(x[i] - w[i] / 2)).append("\" y=\"")
          .append(num(y[i])).append("\" width=\"").append(num(w[i])).append("\" height=\"").append(num(BOX_H))
          .append("\" rx=\"3\" fill=\"#ffffff\" stroke=\"#333333\" stroke-width=\"1.2\"/>\n    <text x=\"")
          .append(num(x[i])).append("\" y=\"").append(num(y[i] + BOX_H / 2 + 4.5)).append("\" font-size=\"")
          .append(num(FONT)).append("\" text-anchor=\"middle\">").append(xml(labels.get(i)))
          .append("</text>\n  </g>\n");
    }
    sb.append(labelsSvg);
    sb.append("  <text class=\"legend\" x=\"").append(num(MARGIN)).append("\" y=\"").append(num(height - 8))
        .append("\" font-size=\"11\" fill=\"#667085\">Solid: direct link and its interpretation. Dashed: "
            + "significant transitive link.</text>\n");
    return sb.append("</svg>\n").toString();
  }
}
