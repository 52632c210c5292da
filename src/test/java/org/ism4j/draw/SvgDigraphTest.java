package org.ism4j.draw;

import org.ism4j.Xml;
import org.ism4j.Gallery;
import org.ism4j.internal.TextMetrics;
import org.ism4j.ssim.FactorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Options;
import org.ism4j.graph.Node;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgDigraphTest {

  private static final Options[] VARIANTS = {Options.defaults(),
      Options.defaults().withDirectLinks(true).withCycleLinks(true)};

  /** Well-formed, one box per node, one path per edge, no two boxes overlapping, text inside its box. */
  static void checkDrawing(String name, LayeredDigraph d, String svg) {
    Document doc = Xml.parse(svg);
    List<Element> boxes = Xml.elements(doc, "rect", "node");
    assertEquals(d.nodes().size(), boxes.size(), name);
    assertEquals(d.edges().size(), Xml.elements(doc, "path", "edge").size(), name);
    long cycles = d.nodes().stream().filter(Node::isCycle).count();
    assertEquals(cycles, Xml.elements(doc, "rect", "cycle").size(), name);
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(Xml.overlap(Xml.rect(boxes.get(i)), Xml.rect(boxes.get(j))),
            name + ": boxes " + i + " and " + j + " overlap");
      }
    }
    double width = Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
    double height = Double.parseDouble(doc.getDocumentElement().getAttribute("height"));
    for (Element box : boxes) {
      double[] r = Xml.rect(box);
      assertTrue(r[0] >= 0 && r[1] >= 0 && r[2] <= width && r[3] <= height, name + ": box outside the drawing");
      Element group = (Element) box.getParentNode();
      NodeList texts = group.getElementsByTagNameNS("*", "text");
      for (int t = 0; t < texts.getLength(); t++) {
        Element text = (Element) texts.item(t);
        double size = Double.parseDouble(text.getAttribute("font-size"));
        double w = TextMetrics.width(text.getTextContent(), size);
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        assertTrue(x - w / 2 >= r[0] + 2 && x + w / 2 <= r[2] - 2, name + ": '" + text.getTextContent()
            + "' is wider than its box");
        assertTrue(y - size >= r[1] && y <= r[3], name + ": '" + text.getTextContent() + "' is outside its box");
      }
    }
  }

  /** The default titles count factors and levels in words: one factor, not "1 factors". */
  @Test
  void defaultTitlesUseTheSingularForOne() {
    IsmModel one = IsmAnalyzer.analyze(Ssim.builder("A").build());
    assertEquals("ISM digraph: 1 factor, 1 level",
        Xml.parse(SvgDigraph.toSvg(one.digraph())).getElementsByTagName("title").item(0).getTextContent());
    IsmModel two = IsmAnalyzer.analyze(Ssim.builder("A", "B").v("A", "B").build());
    assertEquals("ISM digraph: 2 factors, 2 levels",
        Xml.parse(SvgDigraph.toSvg(two.digraph())).getElementsByTagName("title").item(0).getTextContent());
    assertEquals("TISM digraph: 1 factor", Xml.parse(SvgTism.toSvg(org.ism4j.tism.Tism.of(
        one.initialReachability(), one.levels(), org.ism4j.tism.InterpretationTable.parseInterpretations(""),
        null), null))
        .getElementsByTagName("title").item(0).getTextContent());
  }

  @Test
  void everySampleDrawingIsWellFormedWithNoOverlapAndFittingText() {
    for (Map.Entry<String, IsmModel> e : Gallery.models().entrySet()) {
      for (Options o : VARIANTS) {
        for (boolean bottomUp : new boolean[] {false, true}) {
          LayeredDigraph d = e.getValue().digraph(o);
          checkDrawing(e.getKey(), d, SvgDigraph.toSvg(d, SvgDigraph.Options.defaults().withBottomUp(bottomUp)
              .withTitle(e.getKey())));
        }
      }
    }
  }

  @Test
  void bankingSeventeenIsOneRoundedBoxListingAllMembers() {
    LayeredDigraph d = Gallery.models().get("banking-17").digraph();
    String svg = SvgDigraph.toSvg(d);
    Document doc = Xml.parse(svg);
    assertEquals(1, Xml.elements(doc, "rect", "cycle").size());
    assertEquals(0, Xml.elements(doc, "path", "edge").size());
    StringBuilder text = new StringBuilder();
    for (Element t : Xml.elements(doc, "text", null)) {
      text.append(t.getTextContent()).append(' ');
    }
    assertTrue(text.toString().contains("cycle of 17"), text.toString());
    for (int f = 1; f <= 17; f++) {
      assertTrue(text.toString().matches("(?s).*\\b" + f + "\\b.*"), "member " + f);
    }
  }

  @Test
  void displayNamesAreShownAsLabelColonName() {
    LayeredDigraph d = Gallery.models().get("banking-17").digraph();
    FactorNames names = FactorNames.of(org.ism4j.TsvExamples.names("banking-17"));
    String svg = SvgDigraph.toSvg(d, SvgDigraph.Options.defaults().withNames(names));
    checkDrawing("banking-17 named", d, svg);
    assertTrue(svg.contains("8: Motivation"), svg);
    assertTrue(svg.contains("1: Infrastructure"), svg);
    IsmModel chain = IsmAnalyzer.analyze(Ssim.builder("A", "B").v("A", "B").build());
    FactorNames ab = FactorNames.of(java.util.Map.of("A", "Alpha", "B", "B"));
    assertTrue(SvgMicmac.toSvg(chain.micmac(), null, ab).contains("A: Alpha"));
  }

  @Test
  void levelOneIsTheTopRowUnlessBottomUp() {
    LayeredDigraph d = Gallery.models().get("chain").digraph();
    DigraphLayout top = DigraphLayout.of(d, false, 0);
    DigraphLayout bottom = DigraphLayout.of(d, true, 0);
    Node first = d.levels().get(0).get(0);
    Node last = d.levels().get(d.levelCount() - 1).get(0);
    assertTrue(top.boxes().get(first.component()).y() < top.boxes().get(last.component()).y());
    assertTrue(bottom.boxes().get(first.component()).y() > bottom.boxes().get(last.component()).y());
  }

  @Test
  void longEdgesPassBetweenTheBoxesOfTheRowsTheyCross() {
    for (Map.Entry<String, IsmModel> e : Gallery.models().entrySet()) {
      LayeredDigraph d = e.getValue().digraph(Options.defaults().withDirectLinks(true));
      DigraphLayout layout = DigraphLayout.of(d, false, 0);
      int longEdges = 0;
      for (DigraphLayout.Route route : layout.routes()) {
        assertEquals(route.edge().span() * 2, route.points().size(), "two points per crossed row and the two ends");
        for (int i = 0; i + 1 < route.points().size(); i++) {
          if (!route.straight().get(i)) {
            continue;
          }
          longEdges++;
          double x = route.points().get(i)[0];
          double y = (route.points().get(i)[1] + route.points().get(i + 1)[1]) / 2;
          for (DigraphLayout.Box b : layout.boxes()) {
            boolean inside = x > b.left() - 3 && x < b.right() + 3 && y > b.top() && y < b.bottom();
            assertFalse(inside, e.getKey() + ": an edge crosses the box of " + b.node().name());
          }
        }
      }
      if (e.getKey().startsWith("random")) {
        assertTrue(longEdges > 0, "the random samples have long edges");
      }
    }
  }

  @Test
  void crossingReductionUntanglesASwappedBipartiteLayer() {
    // A→D, B→C in input order would cross if rows kept input order (A B over C D)
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").v("A", "D").v("B", "C").build());
    DigraphLayout layout = DigraphLayout.of(m.digraph(), false, 0);
    double a = layout.boxes().get(0).x();
    double b = layout.boxes().get(1).x();
    double c = layout.boxes().get(2).x();
    double dx = layout.boxes().get(3).x();
    assertEquals(a < b, dx < c, "edges A→D and B→C do not cross");
  }

  @Test
  void anEmptyModelDrawsAnEmptyDocument() {
    String svg = SvgDigraph.toSvg(IsmAnalyzer.analyze(Ssim.builder(List.of()).build()).digraph());
    Document doc = Xml.parse(svg);
    assertEquals(0, Xml.elements(doc, "rect", "node").size());
    assertTrue(svg.contains("no factors"));
  }

  @Test
  void longLabelsWrapAndMarkupIsEscaped() {
    String longLabel = "A very long factor name that certainly does not fit on one line of a box <&>";
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder(longLabel, "Short").v(longLabel, "Short").build());
    LayeredDigraph d = m.digraph();
    String svg = SvgDigraph.toSvg(d);
    checkDrawing("long label", d, svg);
    assertTrue(svg.contains("&lt;&amp;&gt;"));
    DigraphLayout layout = DigraphLayout.of(d, false, 0);
    assertTrue(layout.boxes().get(0).lines().size() >= 3, layout.boxes().get(0).lines().toString());
  }
}
