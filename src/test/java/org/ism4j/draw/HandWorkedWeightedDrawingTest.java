package org.ism4j.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ism4j.Xml;
import org.ism4j.ssim.FactorNames;
import org.ism4j.micmac.SplitRule;
import org.ism4j.weighted.Dematel;
import org.ism4j.weighted.FuzzyMicmac;
import org.ism4j.weighted.GodetMicmac;
import org.ism4j.weighted.Threshold;
import org.ism4j.weighted.WeightedMatrix;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The weighted drawings of {@link SvgWeighted} with every coordinate worked by hand from its
 * constants: the plot is the 480 square from (LEFT 78, TOP 48) to (558, 528), the drawing 78 + 480
 * + 170 = 728 wide and 48 + 480 + 84 = 612 high; px(v) = 78 + (v − x0) / (x1 − x0) × 480, py(v) =
 * 528 − (v − y0) / (y1 − y0) × 480; dots of radius 4.5; a label box is TextMetrics.width(label,
 * 11) + 4 wide and 15 high (at 11 px one Helvetica unit is 11 × 1.12 / 1000 = 0.01232 px; X and Y
 * advance 667, Z 611) and is tried first right of its dot: at (cx + 7.5, cy − 7.5), its text at
 * (left + 2, bottom − 4).
 *
 * <p>The DEMATEL model: X → Y weight 2, Y → X 1, Y → Z 1. s = max(row sums 2, 2, 0; column sums
 * 1, 2, 1) = 2, D = A / 2; (I − D)⁻¹ = [[2, 2, 1], [1, 2, 1], [0, 0, 1]] (the X–Y block
 * [[1, −1], [−½, 1]] has determinant ½), T = D (I − D)⁻¹ = [[1, 2, 1], [1, 1, 1], [0, 0, 0]]
 * (check: T = D + D T). r = (4, 3, 0), c = (2, 3, 2): prominence (6, 6, 2), relation (2, 0, −2).
 * Axes: span 6 − 2 = 4, x from 2 − 0.4 = 1.6 to 6 + 0.4 = 6.4 (px(v) = 78 + 100 (v − 1.6)); y
 * from −2.3 to 2.3 (2 × 1.15). X at (518, py(2) = 528 − 4.3 / 4.6 × 480 = 79.30435), Y at (518,
 * 288), Z at (118, 528 − 0.3 / 4.6 × 480 = 496.69565). α = mean of T = 7 / 9 = 0.7778: links X → Y
 * (2), X → Z (1), Y → X (1), Y → Z (1).
 */
class HandWorkedWeightedDrawingTest {
  private static Dematel dematel() {
    return Dematel.of(WeightedMatrix.parse("\tX\tY\tZ\nX\t0\t2\t0\nY\t1\t0\t1\nZ\t0\t0\t0\n"));
  }

  /** The x axis's tick labels (centred, on the baseline y = 544), each as "x text". */
  private static List<String> xTicks(Document doc) {
    List<String> ticks = new ArrayList<>();
    for (Element t : Xml.elements(doc, "text", null)) {
      if (t.getAttribute("text-anchor").equals("middle") && t.getAttribute("y").equals("544")) {
        ticks.add(Xml.attrs(t, "x") + " " + t.getTextContent());
      }
    }
    return ticks;
  }

  @Test
  void theCauseEffectDiagramHasItsFrameTicksAndTitleByHand() {
    String svg = SvgWeighted.causeEffect(dematel(), Threshold.mean(), "Cause & effect",
        FactorNames.none());
    Document doc = Xml.parse(svg);
    Element root = doc.getDocumentElement();
    assertEquals("728 612 0 0 728 612", Xml.attrs(root, "width", "height", "viewBox"));
    assertEquals("Cause & effect", Xml.elements(doc, "title", null).get(0).getTextContent());
    assertTrue(svg.contains("<title>Cause &amp; effect</title>"), svg);
    List<String> rects = new ArrayList<>();
    for (Element r : Xml.elements(doc, "rect", null)) {
      rects.add(Xml.attrs(r, "x", "y", "width", "height", "fill"));
    }
    assertEquals(List.of("0 0 728 612 #ffffff", "78 48 480 480 #fbfcfd"), rects);
    List<String> lines = new ArrayList<>();
    for (Element l : Xml.elements(doc, "line", null)) {
      if (l.getAttribute("class").isEmpty()) {
        lines.add(Xml.attrs(l, "x1", "y1", "x2", "y2"));
      }
    }
    // tick k: x = 78 + 96 k (value 1.6 + 0.96 k), y = 528 − 96 k (value −2.3 + 0.92 k)
    assertEquals(List.of("78 48 78 528", "78 528 558 528", "174 48 174 528", "78 432 558 432",
        "270 48 270 528", "78 336 558 336", "366 48 366 528", "78 240 558 240",
        "462 48 462 528", "78 144 558 144", "558 48 558 528", "78 48 558 48"), lines);
    List<String> texts = new ArrayList<>();
    for (Element t : Xml.elements(doc, "text", null)) {
      if (t.getAttribute("class").isEmpty()) {
        texts.add(Xml.attrs(t, "x", "y", "font-size", "text-anchor") + " | " + t.getTextContent());
      }
    }
    assertEquals(List.of(
        // the title at (LEFT, 26)
        "78 26 15  | Cause & effect",
        // value labels: below at 528 + 16 = 544, left at 78 − 8 = 70 and py + 4
        "78 544 11 middle | 1.6", "70 532 11 end | -2.3",
        "174 544 11 middle | 2.56", "70 436 11 end | -1.38",
        "270 544 11 middle | 3.52", "70 340 11 end | -0.46",
        "366 544 11 middle | 4.48", "70 244 11 end | 0.46",
        "462 544 11 middle | 5.44", "70 148 11 end | 1.38",
        "558 544 11 middle | 6.4", "70 52 11 end | 2.3",
        // axis names: x at (78 + 240, 528 + 38), y at (24, 48 + 240) turned
        "318 566 13 middle | Prominence (r + c)", "24 288 13 middle | Relation (r - c)",
        // the note at 528 + 62
        "78 590 11  | Causes above the line, effects below. Arrows: links with T[i][j] >= alpha"
            + " = 0.7778 (mean)."), texts);
    assertEquals("rotate(-90 24 288)",
        Xml.elements(doc, "text", null).get(14).getAttribute("transform"));
    // the zero line only (no vertical split, no quadrant names): py(0) = 288
    assertEquals(List.of("78 288 558 288 6,4 | "),
        Xml.all(doc, "line", "split", "x1", "y1", "x2", "y2", "stroke-dasharray"));
    assertEquals(List.of(), Xml.elements(doc, "text", "quadrant"));
  }

  @Test
  void theCauseEffectDotsArrowsAndLabelsSitWhereWorkedOut() {
    Document doc = Xml.parse(SvgWeighted.causeEffect(dematel(), Threshold.mean(), null,
        FactorNames.none()));
    assertEquals("ism4j", Xml.elements(doc, "title", null).get(0).getTextContent());
    assertEquals(List.of(
        "518 79.3 4.5 #b42318 | X: r + c = 6, r - c = 2 (cause)",
        "518 288 4.5 #667085 | Y: r + c = 6, r - c = 0",
        "118 496.7 4.5 #1570ef | Z: r + c = 2, r - c = -2 (effect)"),
        Xml.all(doc, "circle", "point", "cx", "cy", "r", "fill"));
    // each arrow stops DOT + 2 = 6.5 short of its target along the line
    assertEquals(List.of(
        // X → Y: straight down 208.69565; ends at 288 − 6.5
        "518 79.3 518 281.5 #98a2b3",
        // X → Z: (−400, 417.39130), length 578.11374; ends at 118 + 400 × 6.5 / 578.11374 =
        // 122.49738, 496.69565 − 417.39130 × 6.5 / 578.11374 = 492.00273
        "518 79.3 122.5 492 #98a2b3",
        // Y → X: straight up; ends at 79.30435 + 6.5 = 85.80435
        "518 288 518 85.8 #98a2b3",
        // Y → Z: (−400, 208.69565), length 451.16945; ends at 118 + 2600 / 451.16945 = 123.76280,
        // 496.69565 − 208.69565 × 6.5 / 451.16945 = 493.68897
        "518 288 123.8 493.7 #98a2b3"),
        Xml.all(doc, "line", "link", "x1", "y1", "x2", "y2", "stroke").stream()
            .map(s -> s.substring(0, s.indexOf(" |"))).toList());
    // right of the dot: X box from (525.5, 79.30435 − 7.5) to (525.5 + 8.21744 + 4, 86.80435),
    // text at (527.5, 82.80435); Y at (527.5, 288 + 7.5 − 4); Z at (127.5, 496.69565 + 3.5)
    assertEquals(List.of("527.5 82.8 11 | X", "527.5 291.5 11 | Y", "127.5 500.2 11 | Z"),
        Xml.all(doc, "text", "label", "x", "y", "font-size"));
  }

  @Test
  void aFixedThresholdAboveTheCellsDrawsNoArrowAndNamesAreShown() {
    Document doc = Xml.parse(SvgWeighted.causeEffect(dematel(), Threshold.of(2.5), null,
        FactorNames.of(Map.of("Z", "Zed <z>"))));
    assertEquals(List.of(), Xml.elements(doc, "line", "link"));
    // FactorNames.display: "label: name", so "Z: Zed <z>" is the label text
    List<String> labels = Xml.all(doc, "text", "label", "x", "y");
    assertEquals("127.5 500.2 | Z: Zed <z>", labels.get(2));
    String note = Xml.elements(doc, "text", null).get(Xml.elements(doc, "text", null).size() - 1)
        .getTextContent();
    assertEquals("Causes above the line, effects below. Arrows: links with T[i][j] >= alpha = 2.5"
        + " (value).", note);
  }

  /**
   * Godet: X → Y 2, X → Z 1, Y → X 1, Z → Y 1. Direct: influence (3, 1, 1), dependence (1, 3, 1),
   * total 5. M² = [[2, 1, 0], [0, 2, 1], [1, 0, 0]], M³ = [[1, 4, 2], [2, 1, 0], [0, 2, 1]], M⁴ =
   * [[4, 4, 1], [1, 4, 2], [2, 1, 0]]: dependence ranks change at 2 (3, 3, 1: X first) and at 3 (3,
   * 7, 3), not at 4 (7, 9, 3); influence ranks X, Y, Z throughout: stable at power 4, influence
   * (9, 7, 3), dependence (7, 9, 3), total 19.
   */
  private static GodetMicmac godet() {
    return GodetMicmac.of(WeightedMatrix.parse("\tX\tY\tZ\nX\t0\t2\t1\nY\t1\t0\t0\nZ\t0\t1\t0\n"));
  }

  @Test
  void theDisplacementMapMovesEachFactorFromItsDirectToItsIndirectShare() {
    GodetMicmac g = godet();
    assertEquals(4, g.power());
    Document doc = Xml.parse(SvgWeighted.displacement(g, SplitRule.MEAN, null, FactorNames.none()));
    // the largest share is 60 (3 of 5): nice(60 × 1.08 = 64.8) = 100 (10 × 10), so px(v) = 78 +
    // 4.8 v and py(v) = 528 − 4.8 v; ticks 0, 20, .. 100 every 96
    assertEquals(List.of("78 0", "174 20", "270 40", "366 60", "462 80", "558 100"), xTicks(doc));
    // the mean of the indirect shares is 100 / 3 on both axes: x = 78 + 160, y = 528 − 160
    assertEquals(List.of("238 48 238 528 | ", "78 368 558 368 | "),
        Xml.all(doc, "line", "split", "x1", "y1", "x2", "y2"));
    // quadrant names at LEFT + 6 or the split + 6, TOP + 18 or 528 − 8
    assertEquals(List.of("84 66 #067647 | IV Independent", "244 66 #b42318 | III Linkage",
        "84 520 #667085 | I Autonomous", "244 520 #1570ef | II Dependent"),
        Xml.all(doc, "text", "quadrant", "x", "y", "fill"));
    assertEquals(List.of(
        // direct: X (20 %, 60 %), Y (60, 20), Z (20, 20)
        "174 240 #ffffff #667085 | X: direct dependence 1, influence 3",
        "366 432 #ffffff #667085 | Y: direct dependence 3, influence 1",
        "174 432 #ffffff #667085 | Z: direct dependence 1, influence 1",
        // indirect: X (7 / 19 = 36.842 %, 9 / 19 = 47.368 %): 78 + 176.842 = 254.842, 528 −
        // 227.368 = 300.632; both above the mean: linkage. Y mirrored. Z (15.789, 15.789):
        // 153.789, 452.211; both weak: autonomous
        "254.8 300.6 #b42318 #ffffff | X: indirect dependence 7, influence 9 (power 4, linkage)",
        "305.4 351.2 #b42318 #ffffff | Y: indirect dependence 9, influence 7 (power 4, linkage)",
        "153.8 452.2 #667085 #ffffff | Z: indirect dependence 3, influence 3 (power 4, "
            + "autonomous)"),
        Xml.all(doc, "circle", "point", "cx", "cy", "fill", "stroke"));
    assertEquals(List.of(
        // X: (80.842, 60.632) is 4 : 3, length 101.053; ends 0.8 × 6.5 and 0.6 × 6.5 short
        "174 240 249.6 296.7 #98a2b3 | ",
        // Y: (−60.632, −80.842): 305.368 + 3.9, 351.158 + 5.2
        "366 432 309.3 356.4 #98a2b3 | ",
        // Z: (−20.211, 20.211), at 45°: 6.5 / √2 = 4.596 short on each axis
        "174 432 158.4 447.6 #98a2b3 | "),
        Xml.all(doc, "line", "displacement", "x1", "y1", "x2", "y2", "stroke"));
    // labels right of the indirect dots: X box from 254.842 + 7.5 = 262.342, text at 264.342 and
    // 300.632 + 7.5 − 4; Y at 314.868, 354.658; Z at 163.289, 455.711
    assertEquals(List.of("264.3 304.1 | X", "314.9 354.7 | Y", "163.3 455.7 | Z"),
        Xml.all(doc, "text", "label", "x", "y"));
    List<Element> texts = Xml.elements(doc, "text", null);
    assertEquals("78 590 | Hollow: direct (M); filled: indirect (M^4, stable). Split rule mean on"
        + " the indirect shares.", Xml.attrs(texts.get(texts.size() - 1), "x", "y") + " | "
        + texts.get(texts.size() - 1).getTextContent());
    assertEquals("ism4j", Xml.elements(doc, "title", null).get(0).getTextContent());
  }

  @Test
  void aLabelTooWideForTheRightOrLeftGoesAboveItsDot() {
    // "Y: " + 39 M = 1223 + 39 × 833 = 33710 units × 0.01232 = 415.3072, box 419.3072 wide.
    // Right: 312.868 + 419.307 = 732.2 > 728 − 2; left starts below 1; above: from x = 305.368 −
    // 209.654 = 95.715, y = 351.158 − 22.5 = 328.658 to 343.658, clear of X's dot (to 306.13) and
    // label (to 308.13): text at (97.715, 339.658)
    String name = "M".repeat(39);
    Document doc = Xml.parse(SvgWeighted.displacement(godet(), SplitRule.MEAN, "G",
        FactorNames.of(Map.of("Y", name))));
    assertEquals(List.of("264.3 304.1 | X", "97.7 339.7 | Y: " + name, "163.3 455.7 | Z"),
        Xml.all(doc, "text", "label", "x", "y"));
    assertEquals("G", Xml.elements(doc, "title", null).get(0).getTextContent());
  }

  @Test
  void theFuzzyPlotOfAPeriodicMatrixSplitsAtTheMediansAndLiftsALabelOffTheBottom() {
    // A: X → Y 0.5, Y → X 0.5, X → Z 0.25. X2 = A ∘ A = [[0.5, 0, 0], [0, 0.5, 0.25], [0, 0, 0]],
    // X3 = X2 ∘ A = A: period 2 at iteration 3; driving ranks X, Y, Z then Y, X, Z then X, Y, Z:
    // never stable. Powers of X3 = A: driving (0.75, 0.5, 0), dependence (0.5, 0.5, 0.25).
    FuzzyMicmac f = FuzzyMicmac.of(
        WeightedMatrix.parse("\tX\tY\tZ\nX\t0\t0.5\t0.25\nY\t0.5\t0\t0\nZ\t0\t0\t0\n"));
    Document doc = Xml.parse(SvgWeighted.fuzzyMicmac(f, SplitRule.MEDIAN, "F", FactorNames.none()));
    // nice(0.75 × 1.08 = 0.81) = 10 × 0.1 = 1: px(v) = 78 + 480 v, py(v) = 528 − 480 v. Medians
    // 0.5 (driving 0, 0.5, 0.75; dependence 0.25, 0.5, 0.5): split lines at x 318 and y 288
    assertEquals(List.of("318 48 318 528 | ", "78 288 558 288 | "),
        Xml.all(doc, "line", "split", "x1", "y1", "x2", "y2"));
    assertEquals(List.of("84 66 | IV Independent", "324 66 | III Linkage", "84 520 | I Autonomous",
        "324 520 | II Dependent"), Xml.all(doc, "text", "quadrant", "x", "y"));
    // a power equal to the median is weak: X strong driving only (independent), Y and Z neither
    assertEquals(List.of("318 168 #067647 | X: dependence 0.5, driving 0.75 (independent)",
        "318 288 #667085 | Y: dependence 0.5, driving 0.5 (autonomous)",
        "198 528 #667085 | Z: dependence 0.25, driving 0 (autonomous)"),
        Xml.all(doc, "circle", "point", "cx", "cy", "fill"));
    // X and Y right of their dots. Z (box 611 × 0.01232 + 4 = 11.52752 wide) would reach 528 +
    // 7.5 below the plot on the right and on the left; above: from (198 − 5.76376, 528 − 22.5),
    // clear of Z's dot (from y 522.5) and of "I Autonomous" (84 + 6170 × 0.01456 = 173.84):
    // text at (194.23624, 520.5 − 4)
    assertEquals(List.of("327.5 171.5 | X", "327.5 291.5 | Y", "194.2 516.5 | Z"),
        Xml.all(doc, "text", "label", "x", "y"));
    List<Element> texts = Xml.elements(doc, "text", null);
    assertEquals("Split rule median: strong when driving > 0.5, dependence > 0.5; 3 iterations, not"
        + " stable, period 2.", texts.get(texts.size() - 1).getTextContent());
    // ticks 0, 0.2, .. 1 on both axes
    List<String> ticks = new ArrayList<>();
    for (Element t : texts) {
      if (t.getAttribute("text-anchor").equals("end")) {
        ticks.add(Xml.attrs(t, "y") + " " + t.getTextContent());
      }
    }
    assertEquals(List.of("532 0", "436 0.2", "340 0.4", "244 0.6", "148 0.8", "52 1"), ticks);
    assertEquals("78 26 15 | F", Xml.attrs(texts.get(0), "x", "y", "font-size") + " | "
        + texts.get(0).getTextContent());
  }

  @Test
  void aCellEqualToAFixedThresholdIsALink() {
    // α = 1: T[X][Y] = 2 and the three cells of 1 (X → Z, Y → X, Y → Z) are links, ≥ α
    Document doc = Xml.parse(SvgWeighted.causeEffect(dematel(), Threshold.of(1), null,
        FactorNames.none()));
    assertEquals(List.of("518 79.3 518 281.5 | ", "518 79.3 122.5 492 | ", "518 288 518 85.8 | ",
        "518 288 123.8 493.7 | "), Xml.all(doc, "line", "link", "x1", "y1", "x2", "y2"));
  }

  @Test
  void fiveFactorsOnOnePointTakeTheFreeLabelPlacesInTurn() {
    // a 5-cycle of weight 0.5: every X_t is a permutation matrix times 0.5, every power 0.5; the
    // rankings (all ties, by input order) repeat at iteration 2: stable. nice(0.5 × 1.08 = 0.54)
    // = 10 × 0.1 = 1 (5 × 0.1 is below 0.54): every dot at (78 + 240, 528 − 240) = (318, 288)
    FuzzyMicmac f = FuzzyMicmac.of(WeightedMatrix.parse("\tA\tB\tC\tD\tE\n"
        + "A\t0\t0.5\t0\t0\t0\nB\t0\t0\t0.5\t0\t0\nC\t0\t0\t0\t0.5\t0\n"
        + "D\t0\t0\t0\t0\t0.5\nE\t0.5\t0\t0\t0\t0\n"));
    Document doc = Xml.parse(SvgWeighted.fuzzyMicmac(f, SplitRule.MEAN, null, FactorNames.none()));
    for (Element dot : Xml.elements(doc, "circle", "point")) {
      assertEquals("318 288 #667085", Xml.attrs(dot, "cx", "cy", "fill"), dot.getTextContent());
    }
    assertEquals(List.of("318 48 318 528 | ", "78 288 558 288 | "),
        Xml.all(doc, "line", "split", "x1", "y1", "x2", "y2"));
    // boxes 15 high; A, B, E 8.21744 + 4 = 12.21744 wide, C, D 8.89504 + 4 = 12.89504:
    // A right: [325.5, 280.5, 337.717, 295.5], text (327.5, 291.5).
    // B: right is A's; left: [318 − 7.5 − 12.217 = 298.283, 280.5, 310.5, 295.5].
    // C: right, left taken; above: [318 − 6.448 = 311.552, 288 − 22.5 = 265.5, 324.448, 280.5].
    // D: right, left, above taken; below: [311.552, 295.5, 324.448, 310.5].
    // E: the four, and the four corners (right or left, 19.5 above or 4.5 below, each reaching
    // into A's or B's box) are taken; at twice the distance: right [333, 273, ..] reaches into
    // A's box; left [318 − 2 × 19.717 = 278.565, 273, 290.783, 288] is free: text (280.565, 284)
    assertEquals(List.of("327.5 291.5 | A", "300.3 291.5 | B", "313.6 276.5 | C",
        "313.6 306.5 | D", "280.6 284 | E"), Xml.all(doc, "text", "label", "x", "y"));
    List<Element> texts = Xml.elements(doc, "text", null);
    assertEquals("Split rule mean: strong when driving > 0.5, dependence > 0.5; 2 iterations,"
        + " stable.", texts.get(texts.size() - 1).getTextContent());
  }

  @Test
  void anAllZeroMatrixGetsTheUnitAxisAndLabelsDodgeTheQuadrantNames() {
    // X2 = X1 = 0: period 1 and the rankings repeat at iteration 2. Every power 0: nice(0) = 1,
    // both dots at (78, 528); medians 0: the split lines on the frame's left and bottom edges
    FuzzyMicmac f = FuzzyMicmac.of(WeightedMatrix.parse("\tX\tY\nX\t0\t0\nY\t0\t0\n"));
    Document doc =
        Xml.parse(SvgWeighted.fuzzyMicmac(f, SplitRule.MEDIAN, null, FactorNames.none()));
    assertEquals(List.of("78 48 78 528 | ", "78 528 558 528 | "),
        Xml.all(doc, "line", "split", "x1", "y1", "x2", "y2"));
    assertEquals(List.of("84 66 | IV Independent", "84 66 | III Linkage", "84 520 | I Autonomous",
        "84 520 | II Dependent"), Xml.all(doc, "text", "quadrant", "x", "y"));
    // "I Autonomous" = 6170 units × 0.01456 = 89.835 wide: its box [84, 507, 173.835, 523].
    // X: right, left, below and the lower corners reach below 528; above [71.891, 505.5,
    // 84.109, 520.5] and the upper right corner [85.5, 508.5, ..] reach into the name; the upper
    // left corner [78 − 19.717 = 58.283, 508.5, 70.5, 523.5] is free: text (60.283, 519.5).
    // Y: the same, and the upper left is X's; at twice the distance the right [93, 513, .., 528]
    // (ending on the bottom edge, allowed) reaches into the name, the left [38.565, 513, 50.783,
    // 528] is free: text (40.565, 524)
    assertEquals(List.of("60.3 519.5 | X", "40.6 524 | Y"), Xml.all(doc, "text", "label", "x", "y"));
    assertEquals(List.of("78 0", "174 0.2", "270 0.4", "366 0.6", "462 0.8", "558 1"), xTicks(doc));
    List<Element> texts = Xml.elements(doc, "text", null);
    assertEquals("Split rule median: strong when driving > 0, dependence > 0; 2 iterations,"
        + " stable, period 1.", texts.get(texts.size() - 1).getTextContent());
  }

  @Test
  void smallFuzzyPowersGetAHalfUnitAxis() {
    // X ⇄ Y at 0.25: X2 = diag(0.25, 0.25), every power 0.25 at both iterations: stable at 2.
    // nice(0.25 × 1.08 = 0.27) = 5 × 0.1 = 0.5 (2.5 × 0.1 is below 0.27): px(v) = 78 + 960 v,
    // py(v) = 528 − 960 v; both dots at (318, 288), X labelled right, Y left (298.283 + 2)
    FuzzyMicmac f = FuzzyMicmac.of(WeightedMatrix.parse("\tX\tY\nX\t0\t0.25\nY\t0.25\t0\n"));
    Document doc = Xml.parse(SvgWeighted.fuzzyMicmac(f, SplitRule.MEAN, null, FactorNames.none()));
    assertEquals(List.of("318 288 | X: dependence 0.25, driving 0.25 (autonomous)",
        "318 288 | Y: dependence 0.25, driving 0.25 (autonomous)"),
        Xml.all(doc, "circle", "point", "cx", "cy"));
    assertEquals(List.of("327.5 291.5 | X", "300.3 291.5 | Y"),
        Xml.all(doc, "text", "label", "x", "y"));
    assertEquals(List.of("78 0", "174 0.1", "270 0.2", "366 0.3", "462 0.4", "558 0.5"), xTicks(doc));
    List<Element> texts = Xml.elements(doc, "text", null);
    assertEquals("Split rule mean: strong when driving > 0.25, dependence > 0.25; 2 iterations,"
        + " stable.", texts.get(texts.size() - 1).getTextContent());
  }

  @Test
  void aLabelThatWouldCoverTheNextDotGoesLeft() {
    // X ⇄ Y at 0.5, Z → X at 0.02: X2 = [[0.5, 0, 0], [0, 0.5, 0], [0, 0.02, 0]], X3 = A: period
    // 2, the dependence ranks flip each time (not stable). Powers of A: driving (0.5, 0.5, 0.02),
    // dependence (0.52, 0.5, 0); nice(0.52 × 1.08 = 0.5616) = 1: X at (78 + 249.6, 288), Y at
    // (318, 288), Z at (78, 528 − 9.6). Means 1.02 / 3 = 0.34: split at 78 + 163.2, 528 − 163.2.
    FuzzyMicmac f = FuzzyMicmac.of(WeightedMatrix.parse(
        "\tX\tY\tZ\nX\t0\t0.5\t0\nY\t0.5\t0\t0\nZ\t0.02\t0\t0\n"));
    Document doc = Xml.parse(SvgWeighted.fuzzyMicmac(f, SplitRule.MEAN, null, FactorNames.none()));
    assertEquals(List.of("327.6 288 #b42318 | X: dependence 0.52, driving 0.5 (linkage)",
        "318 288 #b42318 | Y: dependence 0.5, driving 0.5 (linkage)",
        "78 518.4 #667085 | Z: dependence 0, driving 0.02 (autonomous)"),
        Xml.all(doc, "circle", "point", "cx", "cy", "fill"));
    assertEquals(List.of("241.2 48 241.2 528 | ", "78 364.8 558 364.8 | "),
        Xml.all(doc, "line", "split", "x1", "y1", "x2", "y2"));
    // X right: [335.1, 280.5, ..], clear of its own dot (to 333.1). Y right [325.5, 280.5,
    // 337.717, 295.5] would cover X's dot [322.1, 282.5, 333.1, 293.5]: left [298.283, ..] is
    // free. Z right [85.5, 510.9, 97.028, 525.9] reaches into "I Autonomous" [84, 507, 173.835,
    // 523]; left [78 − 7.5 − 11.528 = 58.972, 510.9, 70.5, 525.9] is free: text (60.972, 521.9)
    assertEquals(List.of("337.1 291.5 | X", "300.3 291.5 | Y", "61 521.9 | Z"),
        Xml.all(doc, "text", "label", "x", "y"));
    List<Element> texts = Xml.elements(doc, "text", null);
    assertEquals("Split rule mean: strong when driving > 0.34, dependence > 0.34; 3 iterations,"
        + " not stable, period 2.", texts.get(texts.size() - 1).getTextContent());
  }
}
