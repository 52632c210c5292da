package org.ism4j.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.Xml;
import org.ism4j.level.LevelPartition;
import org.ism4j.ssim.Ssim;
import org.ism4j.tism.InterpretationTable;
import org.ism4j.tism.Tism;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SVG drawings of small TISMs with every coordinate worked by hand from the constants of {@link
 * SvgTism} (FONT 13, SMALL 10, BOX_H 30, ROW_GAP 90, COL_GAP 40, MARGIN 20, LABEL_CHARS 28, a
 * title band of 28, a minimum width of 460) and from {@code TextMetrics.width}: Helvetica advance
 * units × font size × 1.12 / 1000, so at 13 px one unit is 0.01456 px. The advances used: A, B, P,
 * S 667; C, D, R 722; M 833. A box is the label's width + 20 wide; the boxes of a level start at x
 * = MARGIN + 60 = 80 and are COL_GAP apart; level l (from 0) has its boxes at y = top + 120 l,
 * top = 20 (+ 28 with a title). Coordinates are printed with one decimal ({@code Svg.num}).
 *
 * <p>The widths: A, B, P, S 667 × 0.01456 = 9.71152, box 29.71152 (half 14.85576); C, D, R 722 ×
 * 0.01456 = 10.51232, box 30.51232 (half 15.25616); ten M 8330 × 0.01456 = 121.2848, box 141.2848
 * (half 70.6424); thirty M 24990 × 0.01456 = 363.8544, box 383.8544 (half 191.9272).
 */
class HandWorkedTismDrawingTest {
  /** 28 characters: shown whole. */
  private static final String EXACT = "abcdefghijklmnopqrstuvwxyz12";
  /** 29 characters: cut to 27 and an ellipsis. */
  private static final String LONGER = "abcdefghijklmnopqrstuvwxyz123";

  /**
   * A ⇄ B (a cycle, level 3), A → C (level 2), C → D (level 1). Transitive: A → D via C
   * (significant, "culture"), B → C via A (significant, no words), B → D via A, C (not
   * significant: not drawn).
   */
  private static Tism cycleModel() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").x("A", "B").v("A", "C")
        .v("C", "D").build());
    return Tism.of(m.initialReachability(), m.levels(), InterpretationTable.parseInterpretations(
        "A\tB\t" + EXACT + "\nB\tA\t" + LONGER + "\nC\tD\tSkills & training <lift> quality\n"),
        InterpretationTable.parseSignificance("A\tD\tyes\tculture\nB\tC\tyes\nB\tD\tno\n"));
  }

  /** P → Q → R, P → R (direct over two levels), S → R: levels R; Q, S; P. No transitive link. */
  private static Tism bowModel() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("P", "MMMMMMMMMM", "R", "S")
        .v("P", "MMMMMMMMMM").v("MMMMMMMMMM", "R").v("P", "R").v("S", "R").build());
    return Tism.of(m.initialReachability(), m.levels(), InterpretationTable.parseInterpretations(
        "P\tMMMMMMMMMM\tp<q\nP\tR\tp to r\nMMMMMMMMMM\tR\tq to r\n"), null);
  }

  @Test
  void theCycleModelWithATitleHasItsSizeTitleAndLevelsByHand() {
    String svg = SvgTism.toSvg(cycleModel(), "T & U");
    Document doc = Xml.parse(svg);
    Element root = doc.getDocumentElement();
    // top = 20 + 28 = 48; three levels: 48 + 3 × 120 − 90 + 20 + 20 = 358, plus room below the
    // last row for the B → A arc: 0.75 × lift 41.61858667 + 4 = 35.21394, height 393.21394.
    // Widest level 3: A at 80 + 14.85576 = 94.85576, B at 80 + 29.71152 + 40 + 14.85576 =
    // 164.56728, cx + 20 = 239.42304; the bow room 164.56728 + 0.75 × (45 + 60) + 110 = 353.31728:
    // both under the minimum 460.
    assertEquals("460", root.getAttribute("width"));
    assertEquals("393.2", root.getAttribute("height"));
    assertEquals("0 0 460 393.2", root.getAttribute("viewBox"));
    assertEquals("T & U", Xml.elements(doc, "title", null).get(0).getTextContent());
    assertTrue(svg.contains("<title>T &amp; U</title>"), svg);
    // background, then the bold title at (MARGIN, MARGIN + 15)
    Element background = Xml.elements(doc, "rect", null).get(0);
    assertEquals("0 0 460 393.2 #ffffff", Xml.attrs(background, "x", "y", "width", "height", "fill"));
    List<String> bold = new ArrayList<>();
    for (Element t : Xml.elements(doc, "text", null)) {
      if (t.getAttribute("font-weight").equals("bold")) {
        bold.add(Xml.attrs(t, "x", "y", "font-size") + " | " + t.getTextContent());
      }
    }
    assertEquals(List.of("20 35 15 | T & U"), bold);
    // level names at y = 48 + 120 l + 15 + 4
    assertEquals(List.of("20 67 11 | Level 1", "20 187 11 | Level 2", "20 307 11 | Level 3"),
        Xml.all(doc, "text", "level", "x", "y", "font-size"));
    // legend at height − 8 = 385.21394
    assertEquals(List.of("20 385.2 11 | Solid: direct link and its interpretation. Dashed: "
        + "significant transitive link."), Xml.all(doc, "text", "legend", "x", "y", "font-size"));
  }

  @Test
  void theCycleModelsBoxesSitOnTheirLevels() {
    Document doc = Xml.parse(SvgTism.toSvg(cycleModel(), "T & U"));
    // in input order A, B, C, D; rect x = centre − half width; label at y + 15 + 4.5
    // A: level 3, y = 48 + 240 = 288, x 80, width 29.7; centre 94.9, text y 307.5
    // B: level 3, x = 149.71152, centre 164.56728; C: level 2, y 168, width 30.51232, centre
    // 95.25616; D: level 1, y 48
    assertEquals(List.of("80 288 29.7 30 3 | ", "149.7 288 29.7 30 3 | ", "80 168 30.5 30 3 | ",
        "80 48 30.5 30 3 | "), Xml.all(doc, "rect", "node", "x", "y", "width", "height", "rx"));
    List<String> boxes = new ArrayList<>();
    for (Element g : Xml.elements(doc, "g", null)) {
      Element title = (Element) g.getElementsByTagNameNS("*", "title").item(0);
      Element text = (Element) g.getElementsByTagNameNS("*", "text").item(0);
      boxes.add(title.getTextContent() + " | " + Xml.attrs(text, "x", "y", "font-size", "text-anchor")
          + " | " + text.getTextContent());
    }
    assertEquals(List.of("A (level 3) | 94.9 307.5 13 middle | A",
        "B (level 3) | 164.6 307.5 13 middle | B", "C (level 2) | 95.3 187.5 13 middle | C",
        "D (level 1) | 95.3 67.5 13 middle | D"), boxes);
  }

  @Test
  void theCycleModelsLinksArcStraightAndBowByHand() {
    Document doc = Xml.parse(SvgTism.toSvg(cycleModel(), "T & U"));
    List<String> paths = new ArrayList<>();
    for (Element p : Xml.elements(doc, "path", "link")) {
      paths.add(Xml.attrs(p, "class", "d", "stroke", "stroke-width", "stroke-dasharray", "marker-end")
          + " | " + p.getTextContent());
    }
    assertEquals(List.of(
        // A → B on one level: lift = 30 + (164.56728 − 94.85576) / 6 = 41.61858667;
        // 288 − lift = 246.38141
        "link direct M94.9,288 C94.9,246.4 164.6,246.4 164.6,288 #444444 1.2  url(#arrow) | "
            + "A → B: " + EXACT,
        // A → C, one level up: from A's top (94.9, 288) to C's bottom (95.3, 168 + 30)
        "link direct M94.9,288 L95.3,198 #444444 1.2  url(#arrow) | A → C",
        // A → D via C, two levels: bow 45 + 40 = 85, third (288 − 78) / 3 = 70; starts 6 right:
        // 94.85576 + 6 = 100.85576, + 85 = 179.85576; 95.25616 + 85 = 180.25616, + 6 = 101.25616
        "link transitive M100.9,288 C179.9,218 180.3,148 101.3,78 #8a6d00 1.2 5,4 url(#arrow) | "
            + "A → D: culture (via C)",
        // B → A points left: the same lift below the row, from B's bottom 288 + 30 = 318 to A's;
        // 318 + lift = 359.61859
        "link direct M164.6,318 C164.6,359.6 94.9,359.6 94.9,318 #444444 1.2  url(#arrow) | "
            + "B → A: " + LONGER,
        // B → C via A, one level but transitive: bowed, bow 45 + 20 = 65, third (288 − 198) / 3 =
        // 30; 164.56728 + 6 = 170.56728, + 65 = 229.56728; 95.25616 + 65 = 160.25616
        "link transitive M170.6,288 C229.6,258 160.3,228 101.3,198 #8a6d00 1.2 5,4 url(#arrow) | "
            + "B → C (via A)",
        // C → D straight up: (95.3, 168) to (95.3, 48 + 30)
        "link direct M95.3,168 L95.3,78 #444444 1.2  url(#arrow) | "
            + "C → D: Skills & training <lift> quality"), paths);
  }

  @Test
  void theCycleModelsInterpretationsSitMidLinkCutAt28Characters() {
    String svg = SvgTism.toSvg(cycleModel(), "T & U");
    Document doc = Xml.parse(svg);
    assertEquals(List.of(
        // A → B: mid x (94.85576 + 164.56728) / 2 = 129.71152, y 288 − 0.75 × 41.61858667 =
        // 256.78606; exactly 28 characters: whole
        "129.7 256.8 10 middle #333333 | " + EXACT,
        // A → C has no words: no label. A → D: (94.85576 + 95.25616) / 2 + 6 + 0.75 × (85 − 6) =
        // 160.30596, y (288 + 78) / 2 = 183
        "160.3 183 10 middle #8a6d00 | via C",
        // B → A: inside its arc, 318 + 0.75 × 41.61858667 − 3 = 346.21394; 29 characters, cut
        // to 27 and an ellipsis
        "129.7 346.2 10 middle #333333 | abcdefghijklmnopqrstuvwxyz1\u2026",
        // B → C: (164.56728 + 95.25616) / 2 + 6 + 0.75 × 59 = 180.16172, y (288 + 198) / 2 = 243
        "180.2 243 10 middle #8a6d00 | via A",
        // C → D: x 95.25616, y (168 + 78) / 2 = 123; 32 characters, cut to 27 + …
        "95.3 123 10 middle #333333 | Skills & training <lift> qu\u2026"),
        Xml.all(doc, "text", "interpretation", "x", "y", "font-size", "text-anchor", "fill"));
    assertTrue(svg.contains(">Skills &amp; training &lt;lift&gt; qu\u2026</text>"), svg);
  }

  @Test
  void withoutATitleADirectLinkOverTwoLevelsBowsAndTheBowRoomWidensTheDrawing() {
    String svg = SvgTism.toSvg(bowModel(), null);
    Document doc = Xml.parse(svg);
    Element root = doc.getDocumentElement();
    // top = 20. Level 2 holds MMMMMMMMMM (centre 80 + 70.6424 = 150.6424) then S (centre 80 +
    // 141.2848 + 40 + 14.85576 = 276.14056); its cx + 20 = 261.2848 + 29.71152 + 40 + 20 =
    // 350.99632, its bow room 276.14056 + 0.75 × (45 + 60) + 110 = 464.89056: the width.
    // Height 20 + 360 − 90 + 40 = 330.
    assertEquals("464.9", root.getAttribute("width"));
    assertEquals("330", root.getAttribute("height"));
    assertEquals("0 0 464.9 330", root.getAttribute("viewBox"));
    assertEquals("TISM digraph: 4 factors",
        Xml.elements(doc, "title", null).get(0).getTextContent());
    for (Element t : Xml.elements(doc, "text", null)) {
      assertTrue(!t.getAttribute("font-weight").equals("bold"), t.getTextContent());
    }
    assertEquals(List.of("20 39 | Level 1", "20 159 | Level 2", "20 279 | Level 3"),
        Xml.all(doc, "text", "level", "x", "y"));
    // P: level 3, y 260; M10: level 2, y 140, x 80, width 141.2848; R: level 1, y 20, width
    // 30.51232; S: level 2, x 261.2848
    assertEquals(List.of("80 260 29.7 | ", "80 140 141.3 | ", "80 20 30.5 | ", "261.3 140 29.7 | "),
        Xml.all(doc, "rect", "node", "x", "y", "width"));
    assertEquals(List.of("94.9 279.5 | P", "150.6 159.5 | MMMMMMMMMM", "95.3 39.5 | R",
        "276.1 159.5 | S"), Xml.all(doc, "text", null, "x", "y").subList(3, 7));
    List<String> paths = new ArrayList<>();
    for (Element p : Xml.elements(doc, "path", "link")) {
      paths.add(Xml.attrs(p, "class", "d", "stroke-dasharray") + " | " + p.getTextContent());
    }
    assertEquals(List.of(
        // P → M10: from (94.85576, 260) to (150.6424, 140 + 30)
        "link direct M94.9,260 L150.6,170  | P → MMMMMMMMMM: p<q",
        // P → R over two levels: bow 85, third (260 − 50) / 3 = 70
        "link direct M100.9,260 C179.9,190 180.3,120 101.3,50  | P → R: p to r",
        "link direct M150.6,140 L95.3,50  | MMMMMMMMMM → R: q to r",
        "link direct M276.1,140 L95.3,50  | S → R"), paths);
    assertEquals(List.of(
        // (94.85576 + 150.6424) / 2 = 122.74908, (260 + 170) / 2 = 215
        "122.7 215 #333333 | p<q",
        // (94.85576 + 95.25616) / 2 + 6 + 0.75 × 79 = 160.30596, (260 + 50) / 2 = 155
        "160.3 155 #333333 | p to r",
        // (150.6424 + 95.25616) / 2 = 122.94928, (140 + 50) / 2 = 95; S → R has no words
        "122.9 95 #333333 | q to r"), Xml.all(doc, "text", "interpretation", "x", "y", "fill"));
    assertTrue(svg.contains(">p&lt;q</text>"), svg);
    // legend at 330 − 8
    assertEquals(List.of("20 322 | "), Xml.all(doc, "text", "legend", "x", "y").stream()
        .map(s -> s.substring(0, s.indexOf('|') + 2)).toList());
  }

  @Test
  void aWideLabelWidensTheDrawingByItsBoxAndOneLevelIsNinetyHigh() {
    String wide = "M".repeat(30);
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", wide).build());
    Tism t = Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations(""), null);
    Document doc = Xml.parse(SvgTism.toSvg(t, null));
    Element root = doc.getDocumentElement();
    // one level: A centre 94.85576, cx 149.71152; the wide box centre 149.71152 + 191.9272 =
    // 341.63872, cx = 149.71152 + 383.8544 + 40 = 573.56592, + 20 = 593.56592; the bow room
    // 341.63872 + 0.75 × 65 + 110 = 500.38872 is less. Height 20 + 120 − 90 + 40 = 90.
    assertEquals("593.6", root.getAttribute("width"));
    assertEquals("90", root.getAttribute("height"));
    assertEquals("TISM digraph: 2 factors",
        Xml.elements(doc, "title", null).get(0).getTextContent());
    assertEquals(List.of("80 20 29.7 | ", "149.7 20 383.9 | "),
        Xml.all(doc, "rect", "node", "x", "y", "width"));
    assertEquals(List.of("20 82 | Solid: direct link and its interpretation. Dashed: significant "
        + "transitive link."), Xml.all(doc, "text", "legend", "x", "y"));
    assertEquals(List.of(), Xml.elements(doc, "path", "link"));
  }

  @Test
  void aLinkDownwardsInAnotherPartitionGoesFromTheBottomOfOneBoxToTheTopOfTheNext() {
    // A → B, drawn on the levels of B → A: A on level 1 (y 20), B on level 2 (y 140)
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B").v("A", "B").build());
    IsmModel reversed = IsmAnalyzer.analyze(Ssim.builder("A", "B").v("B", "A").build());
    LevelPartition levels = reversed.levels();
    Tism t = Tism.of(m.initialReachability(), levels,
        InterpretationTable.parseInterpretations("A\tB\tdown\n"), null);
    Document doc = Xml.parse(SvgTism.toSvg(t, null));
    // both centred at 94.85576; from A's bottom 20 + 30 = 50 to B's top 140; mid y 95
    assertEquals(List.of("link direct M94.9,50 L94.9,140 | A → B: down"),
        Xml.all(doc, "path", "link", "class", "d"));
    assertEquals(List.of("94.9 95 | down"), Xml.all(doc, "text", "interpretation", "x", "y"));
    assertEquals(List.of("80 20 | ", "80 140 | "), Xml.all(doc, "rect", "node", "x", "y"));
  }

  /**
   * A ⇄ B on level 1, C → A from level 2, no title. A → B points right: its arc stands above the
   * first row, which needs room for it: lift 30 + (164.56728 − 94.85576) / 6 = 41.61858667, apex
   * 0.75 × lift = 31.21394, label 10 high and 4 spare: top = 20 + 45.21394 = 65.21394, row 2 at
   * 185.21394, height 65.21394 + 2 × 120 − 90 + 40 = 255.21394. B → A points left: below the row
   * (not the last one, so no room is added), from the boxes' bottom 95.21394.
   */
  @Test
  void aCycleOnTheFirstLevelGetsRoomAboveAndItsTwoArcsApart() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C").x("A", "B").a("A", "C").build());
    Tism t = Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations("A\tB\tab\nB\tA\tba\nC\tA\tca\n"), null);
    Document doc = Xml.parse(SvgTism.toSvg(t, null));
    assertEquals("255.2", doc.getDocumentElement().getAttribute("height"));
    assertEquals(List.of("80 65.2 | ", "149.7 65.2 | ", "80 185.2 | "),
        Xml.all(doc, "rect", "node", "x", "y"));
    assertEquals(List.of(
        // 65.21394 − lift = 23.59535
        "link direct M94.9,65.2 C94.9,23.6 164.6,23.6 164.6,65.2 | A → B: ab",
        // 95.21394 + lift = 136.83253
        "link direct M164.6,95.2 C164.6,136.8 94.9,136.8 94.9,95.2 | B → A: ba",
        // C's top (95.25616, 185.21394) straight up to A's bottom (94.85576, 95.21394)
        "link direct M95.3,185.2 L94.9,95.2 | C → A: ca"), Xml.all(doc, "path", "link", "class", "d"));
    assertEquals(List.of(
        // above the upper apex: 65.21394 − 31.21394 = 34; inside the lower arc: 95.21394 +
        // 31.21394 − 3 = 123.42788; mid-link: (95.05596, 140.21394)
        "129.7 34 | ab", "129.7 123.4 | ba", "95.1 140.2 | ca"),
        Xml.all(doc, "text", "interpretation", "x", "y"));
    assertEquals(List.of("20 247.2 | Solid: direct link and its interpretation. Dashed: "
        + "significant transitive link."), Xml.all(doc, "text", "legend", "x", "y"));
  }

  /**
   * A → B → C → A, one level (and so both the first and the last row), no title. A → B and B → C
   * point right: above the row; C → A points left: below it. Centres A 94.85576, B 164.56728, C 80
   * + 2 × 29.71152 + 2 × 40 + 15.25616 = 234.6792. Lifts 30 + dx / 6: A → B 41.61859, B → C
   * 41.68532, C → A 30 + 139.82344 / 6 = 53.30391. Room above: the higher of the right-pointing
   * apexes, 0.75 × 41.68532 + 10 + 4 = 45.26399, so top = 65.26399; room below: only C → A's, 0.75
   * × 53.30391 + 4 = 43.97793; height 65.26399 + 120 − 90 + 40 + 43.97793 = 179.24192.
   */
  @Test
  void aThreeCycleOnOneLevelTakesItsRoomFromEachArcsOwnSide() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C").v("A", "B").v("B", "C")
        .a("A", "C").build());
    Tism t = Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations(""), null);
    Document doc = Xml.parse(SvgTism.toSvg(t, null));
    assertEquals("179.2", doc.getDocumentElement().getAttribute("height"));
    assertEquals(List.of(
        // 65.26399 − 41.61859 = 23.6454
        "link direct M94.9,65.3 C94.9,23.6 164.6,23.6 164.6,65.3 | A → B",
        // 65.26399 − 41.68532 = 23.57867
        "link direct M164.6,65.3 C164.6,23.6 234.7,23.6 234.7,65.3 | B → C",
        // from the bottom 95.26399, 95.26399 + 53.30391 = 148.5679
        "link direct M234.7,95.3 C234.7,148.6 94.9,148.6 94.9,95.3 | C → A"),
        Xml.all(doc, "path", "link", "class", "d"));
  }
}
