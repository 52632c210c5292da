package org.ism4j.draw;

import org.ism4j.internal.Words;
import org.ism4j.ssim.FactorNames;
import static org.ism4j.draw.Svg.num;
import static org.ism4j.draw.Svg.xml;

import java.util.List;
import org.ism4j.internal.TextMetrics;
import org.ism4j.level.AdversarialPartition;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.EdgeKind;
import org.ism4j.graph.Node;
import org.jspecify.annotations.Nullable;

/**
 * Draws a {@link LayeredDigraph} as a standalone SVG document, in plain Java (no Graphviz). Levels
 * are rows, level 1 on top (or at the bottom, see {@link Options#bottomUp()}), each row labelled in
 * a left gutter. A single factor is a box, a cycle one rounded box listing its members. Edges are
 * curves with arrowheads from a driver to what it drives; an edge spanning several levels passes
 * between the boxes of the rows it crosses. Node order within a row is chosen to reduce crossings
 * (barycenter sweeps and adjacent swaps), and text is wrapped to fit its box (widths are
 * estimated from Helvetica metrics with a margin for wider fallback fonts).
 *
 * <p>The document's boxes are {@code rect} elements of class {@code node} (cycles also of class
 * {@code cycle}), its edges {@code path} elements of class {@code edge} (direct links also of
 * class {@code direct}). Stateless and thread-safe.
 */
public final class SvgDigraph {
  private static final String FONT_FAMILY = "Helvetica, Arial, sans-serif";

  private SvgDigraph() {}

  /**
   * Draws a digraph with the default options: level 1 on top, no title.
   *
   * @param digraph the digraph
   * @return the SVG document
   */
  public static String toSvg(LayeredDigraph digraph) {
    return toSvg(digraph, Options.defaults());
  }

  /**
   * Draws a digraph.
   *
   * @param digraph the digraph
   * @param options the drawing options
   * @return the SVG document
   */
  public static String toSvg(LayeredDigraph digraph, Options options) {
    double top = DigraphLayout.MARGIN + (options.title() == null ? 0 : 28);
    DigraphLayout layout = DigraphLayout.of(digraph, options.bottomUp(), top, options.names());
    boolean cycles = false;
    for (Node node : digraph.nodes()) {
      cycles |= node.isCycle();
    }
    boolean direct = digraph.edges().stream().anyMatch(e -> e.kind() == EdgeKind.DIRECT);
    AdversarialPartition adversarial = options.adversarial();
    boolean movable = adversarial != null && !adversarial.movable().isEmpty();
    String legend = legend(!digraph.edges().isEmpty(), cycles, direct, movable);
    double width = Math.max(layout.width(), 320);
    if (options.title() != null) {
      width = Math.max(width, TextMetrics.width(options.title(), 15) + 2 * DigraphLayout.MARGIN);
    }
    List<String> legendLines = legend == null ? List.of()
        : TextMetrics.wrap(legend, DigraphLayout.SMALL_FONT, width - 2 * DigraphLayout.MARGIN);
    double height = layout.height() + legendLines.size() * 15 + (legend == null ? 0 : 6);

    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
        .append(' ').append(num(height)).append("\" font-family=\"").append(FONT_FAMILY).append("\">\n");
    sb.append("  <title>").append(xml(options.title() != null ? options.title()
        : "ISM digraph: " + Words.count(digraph.labels().size(), "factor") + ", "
            + Words.count(digraph.levelCount(), "level")))
        .append("</title>\n");
    sb.append("  <defs>\n    <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
        + " markerWidth=\"8\" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">\n"
        + "      <path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444444\"/>\n    </marker>\n"
        + "    <marker id=\"arrow-direct\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
        + " markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">\n"
        + "      <path d=\"M0,0 L10,5 L0,10 z\" fill=\"#999999\"/>\n    </marker>\n  </defs>\n");
    sb.append("  <rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"")
        .append(num(height)).append("\" fill=\"#ffffff\"/>\n");
    if (options.title() != null) {
      sb.append("  <text x=\"").append(num(DigraphLayout.MARGIN)).append("\" y=\"")
          .append(num(DigraphLayout.MARGIN + 15)).append("\" font-size=\"15\" font-weight=\"bold\">")
          .append(xml(options.title())).append("</text>\n");
    }
    if (digraph.levelCount() == 0) {
      sb.append("  <text x=\"").append(num(DigraphLayout.MARGIN)).append("\" y=\"")
          .append(num(top + 14)).append("\" font-size=\"13\">no factors</text>\n");
    }
    // level bands and labels
    for (int r = 0; r < layout.rowCount(); r++) {
      double y = layout.rowTop(r) - 8;
      double h = layout.rowHeight(r) + 16;
      if (r % 2 == 0) {
        sb.append("  <rect class=\"band\" x=\"").append(num(DigraphLayout.MARGIN / 2)).append("\" y=\"")
            .append(num(y)).append("\" width=\"").append(num(width - DigraphLayout.MARGIN)).append("\" height=\"")
            .append(num(h)).append("\" fill=\"#f4f6f8\"/>\n");
      }
      sb.append("  <text class=\"level\" x=\"").append(num(DigraphLayout.MARGIN)).append("\" y=\"")
          .append(num(layout.rowTop(r) + layout.rowHeight(r) / 2 + 4)).append("\" font-size=\"")
          .append(num(DigraphLayout.SMALL_FONT)).append("\" fill=\"#667085\">Level ")
          .append(layout.rowLevel(r)).append("</text>\n");
    }
    // edges below the boxes
    for (DigraphLayout.Route route : layout.routes()) {
      boolean isDirect = route.edge().kind() == EdgeKind.DIRECT;
      sb.append("  <path class=\"edge").append(isDirect ? " direct" : "").append("\" d=\"")
          .append(path(route)).append("\" fill=\"none\" stroke=\"")
          .append(isDirect ? "#999999\" stroke-dasharray=\"5,4" : "#444444")
          // a long edge of a dense drawing drawn as one free curve (behind the boxes it passes): faint
          .append(route.points().size() == 2 && route.edge().span() > 1 ? "\" stroke-opacity=\"0.35" : "")
          .append("\" stroke-width=\"").append(isDirect ? "1" : "1.3").append("\" marker-end=\"url(#")
          .append(isDirect ? "arrow-direct" : "arrow").append(")\"><title>")
          .append(xml(route.edge().source().name() + " \u2192 " + route.edge().target().name()))
          .append("</title></path>\n");
    }
    for (DigraphLayout.Box b : layout.boxes()) {
      writeBox(b, sb, options.names(), adversarial);
    }
    for (int i = 0; i < legendLines.size(); i++) {
      sb.append("  <text class=\"legend\" x=\"").append(num(DigraphLayout.MARGIN)).append("\" y=\"")
          .append(num(layout.height() + 4 + (i + 1) * 15 - 4)).append("\" font-size=\"")
          .append(num(DigraphLayout.SMALL_FONT)).append("\" fill=\"#667085\">").append(xml(legendLines.get(i)))
          .append("</text>\n");
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static String legend(boolean edges, boolean cycles, boolean direct, boolean movable) {
    if (!cycles && !direct && !movable) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    if (edges) {
      sb.append("An arrow a \u2192 b: a influences b. ");
    }
    if (cycles) {
      sb.append("A rounded box is a cycle: its members all reach each other. ");
    }
    if (direct) {
      sb.append("Dashed: a direct link that the other arrows already imply. ");
    }
    if (movable) {
      sb.append("Orange dashed box: movable, the cause-first rule (R\u2229A = A) puts it lower than"
          + " the result-first rule drawn here; the others are fixed.");
    }
    return sb.toString().strip();
  }

  private static void writeBox(DigraphLayout.Box b, StringBuilder sb, FactorNames names,
      AdversarialPartition adversarial) {
    Node node = b.node();
    // the members of a component share both levels, so the first one tells
    int causeFirst = adversarial == null ? node.level()
        : adversarial.causeFirst().levelOf(node.members().get(0));
    boolean movable = causeFirst != node.level();
    sb.append("  <g id=\"c").append(node.component()).append("\">\n    <title>")
        .append(xml((node.isCycle() ? "cycle: " + String.join(", ", names.display(node.members()))
            : names.display(node.name()))
            + " (level " + node.level() + (movable ? ", cause-first level " + causeFirst
                + ": movable over levels " + node.level() + "\u2013" + causeFirst : "") + ")"))
        .append("</title>\n");
    sb.append("    <rect class=\"node").append(node.isCycle() ? " cycle" : "")
        .append(movable ? " movable" : "").append("\" x=\"")
        .append(num(b.left())).append("\" y=\"").append(num(b.top())).append("\" width=\"")
        .append(num(b.width())).append("\" height=\"").append(num(b.height())).append("\" rx=\"")
        .append(node.isCycle() ? "14" : "3").append("\" fill=\"")
        .append(node.isCycle() ? "#eaf1fb" : "#ffffff").append("\" stroke=\"")
        .append(movable ? "#c2410c" : node.isCycle() ? "#3b6db3" : "#333333").append("\" stroke-width=\"")
        .append(movable ? "1.8\" stroke-dasharray=\"6,3" : node.isCycle() ? "1.6" : "1.2").append("\"/>\n");
    double y = b.top() + DigraphLayout.PAD_Y + (node.isCycle() ? 2 : 0);
    for (String line : b.header()) {
      y += DigraphLayout.LINE;
      text(sb, b.x(), y - 5, DigraphLayout.SMALL_FONT, "#3b6db3", "italic", line);
    }
    for (String line : b.lines()) {
      y += DigraphLayout.LINE;
      text(sb, b.x(), y - 4.5, DigraphLayout.FONT, "#111111", null, line);
    }
    if (!b.linkLines().isEmpty()) {
      y += 4;
      for (String line : b.linkLines()) {
        y += DigraphLayout.LINE - 2;
        text(sb, b.x(), y - 4, DigraphLayout.SMALL_FONT, "#475467", null, line);
      }
    }
    sb.append("  </g>\n");
  }

  private static void text(StringBuilder sb, double x, double y, double size, String fill,
      String style, String s) {
    sb.append("    <text x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" font-size=\"").append(num(size)).append("\" text-anchor=\"middle\" fill=\"")
        .append(fill).append('"');
    if (style != null) {
      sb.append(" font-style=\"").append(style).append('"');
    }
    sb.append(" xml:space=\"preserve\">").append(xml(s)).append("</text>\n");
  }

  private static String path(DigraphLayout.Route route) {
    List<double[]> p = route.points();
    StringBuilder d = new StringBuilder("M").append(num(p.get(0)[0])).append(',').append(num(p.get(0)[1]));
    for (int i = 1; i < p.size(); i++) {
      double[] a = p.get(i - 1);
      double[] b = p.get(i);
      if (route.straight().get(i - 1)) {
        d.append(" L").append(num(b[0])).append(',').append(num(b[1]));
      } else {
        double my = (a[1] + b[1]) / 2;
        d.append(" C").append(num(a[0])).append(',').append(num(my)).append(' ')
            .append(num(b[0])).append(',').append(num(my)).append(' ')
            .append(num(b[0])).append(',').append(num(b[1]));
      }
    }
    return d.toString();
  }

  /**
   * How to draw. Immutable; start from {@link #defaults()}.
   *
   * @param bottomUp whether level 1 is the bottom row (drivers on top) rather than the top one
   * @param title a title written above the drawing, or {@code null} for none
   * @param names display names: a factor with a name is shown as {@code label: name}
   * @param adversarial both partitions, to draw the movable factors distinguishably (an orange
   *     dashed box), or {@code null} for none
   */
  public record Options(boolean bottomUp, @Nullable String title, @Nullable FactorNames names,
      @Nullable AdversarialPartition adversarial) {
    /**
     * Checks and copies the fields.
     *
     * @param bottomUp whether level 1 is the bottom row
     * @param title the title, or {@code null}
     * @param names display names, or {@code null} for none
     * @param adversarial both partitions, or {@code null}
     */
    public Options {
      names = names == null ? FactorNames.none() : names;
    }

    /**
     * Makes options without the adversarial view.
     *
     * @param bottomUp whether level 1 is the bottom row
     * @param title the title, or {@code null}
     * @param names display names, or {@code null} for none
     */
    public Options(boolean bottomUp, @Nullable String title, @Nullable FactorNames names) {
      this(bottomUp, title, names, null);
    }

    /**
     * Returns the defaults: level 1 on top, no title, no display names.
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(false, null, FactorNames.none(), null);
    }

    /**
     * Returns these options with level 1 at the bottom or not.
     *
     * @param bottomUp whether level 1 is the bottom row
     * @return new options
     */
    public Options withBottomUp(boolean bottomUp) {
      return new Options(bottomUp, title, names, adversarial);
    }

    /**
     * Returns these options with a title.
     *
     * @param title the title, or {@code null} for none
     * @return new options
     */
    public Options withTitle(String title) {
      return new Options(bottomUp, title, names, adversarial);
    }

    /**
     * Returns these options with display names.
     *
     * @param names display names (factors without a name are shown by their label)
     * @return new options
     */
    public Options withNames(FactorNames names) {
      return new Options(bottomUp, title, names, adversarial);
    }

    /**
     * Returns these options drawing the movable factors of an adversarial partition (whose
     * result-first levels must be the digraph's) distinguishably, or not.
     *
     * @param adversarial both partitions, or {@code null} for none
     * @return new options
     */
    public Options withAdversarial(AdversarialPartition adversarial) {
      return new Options(bottomUp, title, names, adversarial);
    }
  }
}
