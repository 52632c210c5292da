package org.ism4j.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.Xml;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The MICMAC plot of the chain A → B → C with every coordinate worked by hand. Three factors: the
 * tick step is 1 and the axes run to 4 (one step beyond the largest power, 3). The plot is the
 * 480-unit square from (70, 48) to (550, 528), so a power p sits at x = 70 + 120 p and y = 528 − 120 p:
 * A (dependence 1, driving 3) at (190, 168), B (2, 2) at (310, 288), C (3, 1) at (430, 408). The n/2
 * thresholds are 1.5 on both axes: the split lines are at x = 250 and y = 348. The drawing is
 * 550 + 170 = 720 wide and 528 + 84 = 612 high.
 */
class HandWorkedMicmacPlotTest {
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final IsmModel chainModel =
      IsmAnalyzer.analyze(Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").build());

  private static double d(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static Element root(Document doc) {
    return doc.getDocumentElement();
  }

  @Test
  void theDrawingHasTheSizeAndTitleOfTheLayout() {
    Document doc = Xml.parse(SvgMicmac.toSvg(chainModel.micmac()));
    assertEquals(720, d(root(doc), "width"));
    assertEquals(612, d(root(doc), "height"));
    assertEquals("0 0 720 612", root(doc).getAttribute("viewBox"));
    String title = "MICMAC: driving vs dependence power (3 factors)";
    assertEquals(title, Xml.elements(doc, "title", null).get(0).getTextContent());
    List<String> bold = new ArrayList<>();
    for (Element t : Xml.elements(doc, "text", null)) {
      if (t.getAttribute("font-weight").equals("bold") && t.getAttribute("class").isEmpty()) {
        bold.add(t.getTextContent());
        assertEquals(70, d(t, "x"));
      }
    }
    assertEquals(List.of(title), bold);
  }

  @Test
  void withoutATitleTheDocumentIsTitledMicmacAndNothingIsWrittenAbove() {
    Document doc = Xml.parse(SvgMicmac.toSvg(chainModel.micmac(), null));
    assertEquals("MICMAC", Xml.elements(doc, "title", null).get(0).getTextContent());
    for (Element t : Xml.elements(doc, "text", null)) {
      assertFalse(t.getAttribute("font-size").equals("15"), t.getTextContent());
    }
  }

  @Test
  void pointsSitAtTheirPowersColouredByQuadrant() {
    Document doc = Xml.parse(SvgMicmac.toSvg(chainModel.micmac()));
    List<Element> points = Xml.elements(doc, "circle", "point");
    assertEquals(3, points.size());
    double[][] at = {{190, 168}, {310, 288}, {430, 408}};
    String[] titles = {"A: dependence 1, driving 3 (independent)", "B: dependence 2, driving 2 (linkage)",
        "C: dependence 3, driving 1 (dependent)"};
    for (int k = 0; k < 3; k++) {
      Element p = points.get(k);
      assertEquals(at[k][0], d(p, "cx"), titles[k]);
      assertEquals(at[k][1], d(p, "cy"), titles[k]);
      assertEquals(4.5, d(p, "r"));
      assertEquals(titles[k], p.getTextContent());
    }
    // three quadrants, three colours; each quadrant's name has its points' colour
    assertNotEquals(points.get(0).getAttribute("fill"), points.get(1).getAttribute("fill"));
    assertNotEquals(points.get(1).getAttribute("fill"), points.get(2).getAttribute("fill"));
    assertNotEquals(points.get(0).getAttribute("fill"), points.get(2).getAttribute("fill"));
    Map<String, Element> quadrants = new java.util.HashMap<>();
    for (Element q : Xml.elements(doc, "text", "quadrant")) {
      quadrants.put(q.getTextContent(), q);
    }
    assertEquals(points.get(0).getAttribute("fill"), quadrants.get("IV Independent").getAttribute("fill"));
    assertEquals(points.get(1).getAttribute("fill"), quadrants.get("III Linkage").getAttribute("fill"));
    assertEquals(points.get(2).getAttribute("fill"), quadrants.get("II Dependent").getAttribute("fill"));
  }

  @Test
  void theSplitLinesAndTheFrameAreAtTheThresholds() {
    Document doc = Xml.parse(SvgMicmac.toSvg(chainModel.micmac()));
    List<Element> split = Xml.elements(doc, "line", "split");
    assertEquals(2, split.size());
    Element v = split.get(0);
    assertEquals(List.of(250.0, 48.0, 250.0, 528.0), List.of(d(v, "x1"), d(v, "y1"), d(v, "x2"), d(v, "y2")));
    Element h = split.get(1);
    assertEquals(List.of(70.0, 348.0, 550.0, 348.0), List.of(d(h, "x1"), d(h, "y1"), d(h, "x2"), d(h, "y2")));
    Element frame = null;
    for (Element r : Xml.elements(doc, "rect", null)) {
      if (r.getAttribute("fill").equals("#fbfcfd")) {
        frame = r;
      }
    }
    assertTrue(frame != null);
    assertEquals(List.of(70.0, 48.0, 480.0, 480.0),
        List.of(d(frame, "x"), d(frame, "y"), d(frame, "width"), d(frame, "height")));
    assertTrue(SvgMicmac.toSvg(chainModel.micmac()).contains("Split rule n/2: strong when driving power &gt; 1.5,"
        + " dependence power &gt; 1.5 (powers count the factor itself)"));
  }

  @Test
  void ticksRunFromZeroToFourOnBothAxes() {
    Document doc = Xml.parse(SvgMicmac.toSvg(chainModel.micmac()));
    List<String> below = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (Element t : Xml.elements(doc, "text", null)) {
      if (t.getAttribute("font-size").equals("11") && t.getAttribute("fill").equals("#475467")
          && t.getTextContent().matches("\\d+")) {
        int v = Integer.parseInt(t.getTextContent());
        if (t.getAttribute("text-anchor").equals("middle")) {
          assertEquals(70 + 120 * v, d(t, "x"), "x tick " + v);
          assertEquals(544, d(t, "y"), "x tick " + v);
          below.add(t.getTextContent());
        } else {
          assertEquals(62, d(t, "x"), "y tick " + v);
          assertEquals(528 - 120 * v + 4, d(t, "y"), "y tick " + v);
          left.add(t.getTextContent());
        }
      }
    }
    assertEquals(List.of("0", "1", "2", "3", "4"), below);
    assertEquals(List.of("0", "1", "2", "3", "4"), left);
    // grid: a vertical and a horizontal line per tick, plus the two split lines
    int grid = 0;
    for (Element l : Xml.elements(doc, "line", null)) {
      if (l.getAttribute("stroke").equals("#eaecf0")) {
        grid++;
      }
    }
    assertEquals(10, grid);
  }

  @Test
  void eachQuadrantNameLiesInItsQuadrant() {
    Document doc = Xml.parse(SvgMicmac.toSvg(chainModel.micmac()));
    // {left, top, right, bottom} of the four regions the split lines cut
    Map<String, double[]> regions = Map.of(
        "IV Independent", new double[] {70, 48, 250, 348},
        "III Linkage", new double[] {250, 48, 550, 348},
        "I Autonomous", new double[] {70, 348, 250, 528},
        "II Dependent", new double[] {250, 348, 550, 528});
    List<Element> names = Xml.elements(doc, "text", "quadrant");
    assertEquals(4, names.size());
    for (Element q : names) {
      double[] r = regions.get(q.getTextContent());
      double x = d(q, "x");
      double y = d(q, "y");
      assertTrue(r[0] < x && x < r[2] && r[1] < y && y < r[3], q.getTextContent() + " at " + x + "," + y);
    }
  }

  @Test
  void factorsOnOnePointShareOneDotAndOneLabel() {
    // A → B, C and D apart: C and D both have dependence 1 and driving 1; n/2 = 2 and no power exceeds it
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").v("A", "B").build());
    Document doc = Xml.parse(SvgMicmac.toSvg(m.micmac(), null, FactorNames.of(Map.of("C", "Cost"))));
    List<String> titles = new ArrayList<>();
    for (Element p : Xml.elements(doc, "circle", "point")) {
      titles.add(p.getTextContent());
    }
    assertEquals(List.of("A: dependence 1, driving 2 (autonomous)", "B: dependence 2, driving 1 (autonomous)",
        "C: Cost, D: dependence 1, driving 1 (autonomous)"), titles);
    List<String> labels = new ArrayList<>();
    for (Element t : Xml.elements(doc, "text", "label")) {
      labels.add(t.getTextContent());
    }
    assertEquals(3, Xml.elements(doc, "rect", "label-bg").size());
    assertTrue(labels.contains("C: Cost, D"), labels.toString());
    assertTrue(labels.contains("A") && labels.contains("B"), labels.toString());
  }
}
