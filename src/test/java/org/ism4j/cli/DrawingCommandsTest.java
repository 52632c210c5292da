package org.ism4j.cli;

import static org.ism4j.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The digraph, conical-matrix and MICMAC outputs of the command line, and the JSON keys they add. */
class DrawingCommandsTest {
  // A → B → C, D ⇄ E driving A, and D → B (implied by D → A → B)
  static final String MODEL = "\tA\tB\tC\tD\tE\n"
      + "A\t\tV\tO\tA\tA\n"
      + "B\t\t\tV\tA\tO\n"
      + "C\t\t\t\tO\tO\n"
      + "D\t\t\t\t\tX\n"
      + "E\t\t\t\t\t\n";

  @TempDir
  Path dir;

  private Path model() throws IOException {
    Path p = dir.resolve("model.tsv");
    Files.writeString(p, MODEL, StandardCharsets.UTF_8);
    return p;
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void jsonListsTheComponentsAndTheSkeletonByComponentIndex() throws IOException {
    MainTest.Run r = run("analyze", model().toString(), "--format", "json");
    assertEquals(0, r.code, r::toString);
    JsonObject j = r.json();
    assertEquals("[[\"A\"],[\"B\"],[\"C\"],[\"D\",\"E\"]]", new Gson().toJson(j.get("components")));
    assertEquals("[[0,1],[1,2],[3,0]]", new Gson().toJson(j.get("skeleton")));
    assertEquals("[[\"D\",\"E\"]]", new Gson().toJson(j.get("cycles")), "existing keys stay");
  }

  @Test
  void bankingSeventeenIsOneComponentWithNoSkeletonEdge() {
    JsonObject j = run("analyze", "--example", "banking-17", "--format", "json").json();
    assertEquals(1, j.getAsJsonArray("components").size());
    assertEquals(17, j.getAsJsonArray("components").get(0).getAsJsonArray().size());
    assertEquals("[]", new Gson().toJson(j.get("skeleton")));
  }

  @Test
  void dotHasOneRankPerLevelAndOneArrowPerSkeletonEdge() throws IOException {
    MainTest.Run r = run("analyze", model().toString(), "--format", "dot");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.startsWith("digraph ISM {"), r.out);
    assertEquals(4, r.out.split("rank=same", -1).length - 1, r.out);
    assertTrue(r.out.contains("\"{D, E}\" -> \"A\";"), r.out);
    assertEquals(3, r.out.split(" -> ", -1).length - 1, r.out);
  }

  @Test
  void graphmlAndSvgAreWellFormedWithTheirNodesAndEdges() throws Exception {
    MainTest.Run g = run("analyze", model().toString(), "--format", "graphml", "--direct-links");
    assertEquals(0, g.code, g::toString);
    Document graphml = xml(g.out);
    assertEquals(4, graphml.getElementsByTagNameNS("*", "node").getLength());
    assertEquals(4, graphml.getElementsByTagNameNS("*", "edge").getLength(), "3 skeleton edges and D→B implied");
    MainTest.Run s = run("analyze", model().toString(), "--format", "svg", "--bottom-up", "--cycle-links");
    assertEquals(0, s.code, s::toString);
    Document svg = xml(s.out);
    assertEquals("svg", svg.getDocumentElement().getLocalName());
    assertTrue(s.out.contains("model.tsv: ISM digraph"), "the title names the file, not its folders");
    assertTrue(s.out.contains("D \u2192 E") && s.out.contains("E \u2192 D"), "cycle links are listed");
  }

  @Test
  void mermaidAndCsv() throws IOException {
    MainTest.Run m = run("analyze", model().toString(), "--format", "mermaid");
    assertTrue(m.out.startsWith("flowchart BT\n"), m.out);
    assertTrue(m.out.contains("  c3(\"D, E\")\n"), m.out);
    MainTest.Run c = run("analyze", model().toString(), "--format", "csv");
    assertEquals(0, c.code, c::toString);
    assertTrue(c.out.startsWith("factor,C,B,A,D,E,driving power,level\r\n"), c.out);
  }

  @Test
  void namesAreShownInTheDrawings() throws IOException {
    Path names = dir.resolve("names.tsv");
    Files.writeString(names, "label\tname\nA\tAlpha\n", StandardCharsets.UTF_8);
    MainTest.Run r = run("analyze", model().toString(), "--names", names.toString(), "--format", "svg");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains(">A: Alpha<"), r.out);
  }

  @Test
  void aDrawingGoesToTheOutputFile() throws IOException {
    Path out = dir.resolve("d.svg");
    MainTest.Run r = run("analyze", "--example", "banking-17", "--format", "svg", "-o", out.toString());
    assertEquals(0, r.code, r::toString);
    assertEquals("", r.out);
    String svg = Files.readString(out);
    assertTrue(svg.contains("cycle of 17"), svg);
    assertTrue(svg.contains("8: Motivation"), "the example's factor names are shown");
  }

  @Test
  void micmacPrintsATableOrAnSvgDiagram() throws Exception {
    MainTest.Run t = run("micmac", "--example", "banking-17");
    assertEquals(0, t.code, t::toString);
    assertTrue(t.out.startsWith("MICMAC analysis of banking-17\n"), t.out);
    assertTrue(t.out.contains("III linkage 17"), t.out);
    MainTest.Run s = run("micmac", "--example", "banking-17", "--format", "svg");
    assertEquals(0, s.code, s::toString);
    Document svg = xml(s.out);
    assertEquals(1, svg.getElementsByTagNameNS("*", "circle").getLength());
    assertTrue(s.out.contains("banking-17: MICMAC (17 factors)"), s.out);
    MainTest.Run f = run("micmac", model().toString(), "--split-rule", "median", "-f", "SVG");
    assertEquals(0, f.code, f::toString);
    assertTrue(f.out.contains("Split rule median"), f.out);
  }

  @Test
  void anUnknownFormatIsAUsageError() throws IOException {
    MainTest.Run r = run("micmac", model().toString(), "--format", "dot");
    assertEquals(2, r.code, r::toString);
    assertTrue(r.err.contains("unknown format 'dot' (expected text, json or svg)"), r.err);
    MainTest.Run a = run("analyze", model().toString(), "--format", "png");
    assertEquals(2, a.code, a::toString);
    assertTrue(a.err.contains("(expected text, json, markdown, dot, graphml, mermaid, svg, csv, xlsx or latex)"), a.err);
  }

  @Test
  void micmacReadsInputLikeAnalyze() {
    String missing = dir.resolve("nope.tsv").toString();
    MainTest.Run r = run("micmac", missing);
    assertEquals(2, r.code, r::toString);
    assertEquals(missing + ": no such file" + System.lineSeparator(), r.err);
    MainTest.Run e = run("micmac", "--example", "nope");
    assertEquals(2, e.code, e::toString);
    assertTrue(e.err.startsWith("ism micmac: unknown example 'nope'"), e.err);
  }
}
