package org.ism4j.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ism4j.Reference;
import org.ism4j.Xml;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.LayeredDigraph.Options;
import org.ism4j.micmac.SplitRule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Drawings of dense DAGs (i → j for random i &lt; j with probability p): the layout's work stays
 * linear in the edges drawn (counted, not timed), and every link is drawn exactly once with its
 * arrowhead at the target.
 */
class DenseDrawingProperties {

  /**
   * Dummies and crossing-reduction steps are bounded by the size of the digraph (nodes plus edges
   * drawn), times a log for the sorts. Before the dummy budget a dense 150-factor DAG with direct
   * links needed one dummy per row crossed per link, about 20 times its edge count, and this
   * failed.
   */
  @Property(tries = 12)
  void layoutWorkIsLinearInTheEdgesDrawn(@ForAll @IntRange(min = 20, max = 160) int n,
      @ForAll @DoubleRange(min = 0.05, max = 0.7) double p, @ForAll long seed, @ForAll boolean directLinks) {
    LayeredDigraph d = SvgProperties.model(Reference.randomDag(n, p, seed), SplitRule.HALF_N)
        .digraph(Options.defaults().withDirectLinks(directLinks));
    checkBounds(d);
  }

  @Example
  void aDense150FactorDagWithDirectLinksStaysWithinTheBudget() {
    LayeredDigraph d = SvgProperties.model(Reference.randomDag(150, 0.5, 1), SplitRule.HALF_N)
        .digraph(Options.defaults().withDirectLinks(true));
    long split = 0;
    for (Edge e : d.edges()) {
      split += e.span() - 1;
    }
    long size = d.nodes().size() + d.edges().size();
    assertTrue(split > 10 * size, "splitting every link would take " + split + " dummies for " + size
        + " nodes and edges: the input exercises the budget");
    checkBounds(d);
    checkLinks(Reference.randomDag(150, 0.5, 1), true, false);
  }

  /** The sample models keep the classic layout: every long edge split on every row it crosses. */
  @Example
  void smallModelsSplitEveryLongEdge() {
    for (var e : org.ism4j.Gallery.models().entrySet()) {
      LayeredDigraph d = e.getValue().digraph(Options.defaults().withDirectLinks(true));
      long split = 0;
      for (Edge edge : d.edges()) {
        split += edge.span() - 1;
      }
      assertEquals(split, DigraphLayout.of(d, false, 0).dummyCount(), e.getKey());
    }
  }

  private static void checkBounds(LayeredDigraph d) {
    DigraphLayout layout = DigraphLayout.of(d, false, 0);
    long size = d.nodes().size() + d.edges().size();
    long split = 0;
    for (Edge e : d.edges()) {
      split += e.span() - 1;
    }
    String what = d.nodes().size() + " nodes, " + d.edges().size() + " edges: ";
    assertTrue(layout.dummyCount() <= split, what + layout.dummyCount() + " dummies, more than the rows crossed");
    assertTrue(layout.dummyCount() <= 3 * size + 5000, what + layout.dummyCount() + " dummies");
    // 24 sweeps, each a barycenter pass, up to 8 transpose rounds and a crossing count, each of
    // which visits every vertex and segment a few times (with a log for the sorts)
    long graph = size + layout.dummyCount();
    long log = 64 - Long.numberOfLeadingZeros(graph);
    assertTrue(layout.orderWork() <= 24L * 40 * graph * log, what + layout.orderWork() + " steps");
  }

  @Property(tries = 30)
  void everyLinkIsDrawnOnceWithItsArrowheadAtTheTarget(@ForAll @IntRange(min = 2, max = 110) int n,
      @ForAll @DoubleRange(min = 0.02, max = 0.6) double p, @ForAll long seed, @ForAll boolean directLinks,
      @ForAll boolean bottomUp) {
    checkLinks(Reference.randomDag(n, p, seed), directLinks, bottomUp);
  }

  private static final Pattern POINT = Pattern.compile("(-?[0-9.]+),(-?[0-9.]+)");

  /**
   * The drawn edges, by their titles and classes, are exactly the skeleton (the transitive
   * reduction) and, with direct links, the other IRM links; each path starts on its source's box
   * and ends, with an arrowhead, on its target's.
   */
  private static void checkLinks(boolean[][] dag, boolean directLinks, boolean bottomUp) {
    int n = dag.length;
    boolean[][] m = new boolean[n][];
    for (int i = 0; i < n; i++) {
      m[i] = dag[i].clone();
    }
    boolean[][] skeleton = Reference.transitiveReduction(m);
    LayeredDigraph d = SvgProperties.model(m, SplitRule.HALF_N)
        .digraph(Options.defaults().withDirectLinks(directLinks));
    List<String> labels = d.labels();
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && (skeleton[i][j] || directLinks && dag[i][j])) {
          expected.put((skeleton[i][j] ? "skeleton " : "direct ") + labels.get(i) + " \u2192 " + labels.get(j), 1);
        }
      }
    }
    Document doc = Xml.parse(SvgDigraph.toSvg(d, SvgDigraph.Options.defaults().withBottomUp(bottomUp)));
    Map<String, double[]> boxes = new HashMap<>();
    for (Element rect : Xml.elements(doc, "rect", "node")) {
      String title = ((Element) rect.getParentNode()).getElementsByTagNameNS("*", "title").item(0).getTextContent();
      boxes.put(title.substring(0, title.lastIndexOf(" (level ")), Xml.rect(rect));
    }
    Map<String, Integer> drawn = new HashMap<>();
    for (Element path : Xml.elements(doc, "path", "edge")) {
      String title = path.getElementsByTagNameNS("*", "title").item(0).getTextContent();
      boolean direct = List.of(path.getAttribute("class").split(" ")).contains("direct");
      drawn.merge((direct ? "direct " : "skeleton ") + title, 1, Integer::sum);
      assertTrue(path.getAttribute("marker-end").startsWith("url(#arrow"), title + ": no arrowhead");
      List<double[]> points = new ArrayList<>();
      Matcher mt = POINT.matcher(path.getAttribute("d"));
      while (mt.find()) {
        points.add(new double[] {Double.parseDouble(mt.group(1)), Double.parseDouble(mt.group(2))});
      }
      String[] ends = title.split(" \u2192 ");
      assertOnBorder(boxes.get(ends[0]), points.get(0), title + " starts off its source");
      assertOnBorder(boxes.get(ends[1]), points.get(points.size() - 1), title + " ends off its target");
    }
    assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(drawn), "links drawn");
  }

  private static void assertOnBorder(double[] box, double[] point, String message) {
    boolean onTopOrBottom = Math.abs(point[1] - box[1]) < 0.11 || Math.abs(point[1] - box[3]) < 0.11;
    assertTrue(onTopOrBottom && point[0] >= box[0] - 0.11 && point[0] <= box[2] + 0.11, message);
  }
}
