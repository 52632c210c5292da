package org.ism4j.export;

import org.ism4j.ssim.FactorNames;
import org.ism4j.Gallery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Options;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DotExporterTest {

  private static IsmModel awkwardLabels() {
    return IsmAnalyzer.analyze(Ssim.builder("say \"hi\"", "back\\slash\\", "graph", "a -> b", "ünï cødé", "x")
        .v("say \"hi\"", "back\\slash\\").x("back\\slash\\", "graph").v("graph", "a -> b")
        .v("a -> b", "ünï cødé").v("say \"hi\"", "ünï cødé").build());
  }

  @Test
  void oneRankSameSubgraphPerLevelAndOneEdgePerSkeletonEdge() {
    for (IsmModel m : Gallery.models().values()) {
      LayeredDigraph d = m.digraph();
      String dot = DotExporter.create().toString(d);
      assertEquals(d.levelCount(), count(dot, "rank=same"), dot);
      assertEquals(d.edges().size(), count(dot, " -> "), dot);
      assertTrue(dot.startsWith("digraph ISM {\n  rankdir=BT;\n"));
    }
  }

  @Test
  void idsAndLabelsAreQuotedWithBackslashesAndQuotesEscaped() {
    String dot = DotExporter.create().toString(awkwardLabels().digraph());
    assertTrue(dot.contains("\"say \\\"hi\\\"\" [label=\"say \\\"hi\\\"\""), dot);
    assertTrue(dot.contains("\"{back\\\\slash\\\\, graph}\""), dot);
    assertTrue(dot.contains("\"a -> b\" -> \"ünï cødé\";"), dot);
    assertEquals("\"a\\nb\"", DotExporter.quote("a\nb"));
  }

  @Test
  void cycleLinksMakeACompoundCluster() {
    LayeredDigraph d = Gallery.models().get("two-cycles").digraph(Options.defaults().withCycleLinks(true).withDirectLinks(true));
    String dot = DotExporter.create().toString(d);
    assertTrue(dot.contains("compound=true;"));
    assertEquals(2, count(dot, "subgraph \"cluster_"));
    assertTrue(dot.contains("\"Policy\" -> \"Skills\" [ltail=\"cluster_0\", lhead=\"cluster_1\"];"), dot);
    assertTrue(dot.contains("style=dashed"));
  }

  @Test
  void graphvizAcceptsEveryExport() throws Exception {
    String dotPath = findOnPath("dot");
    Assumptions.assumeTrue(dotPath != null,
        "skipped: Graphviz 'dot' is not installed, so the DOT output is not checked by Graphviz");
    Map<String, IsmModel> models = new java.util.LinkedHashMap<>(Gallery.models());
    models.put("awkward labels", awkwardLabels());
    for (Map.Entry<String, IsmModel> e : models.entrySet()) {
      for (Options o : new Options[] {Options.defaults(),
          Options.defaults().withDirectLinks(true).withCycleLinks(true)}) {
        String dot = DotExporter.create().toString(e.getValue().digraph(o));
        String[] result = run(dotPath, dot);
        assertEquals("0", result[0], e.getKey() + ": " + result[2]);
        assertEquals("", result[2].strip(), e.getKey() + " made Graphviz complain");
        String svg = result[1];
        assertTrue(svg.contains("</svg>"), e.getKey() + ": Graphviz drew nothing");
        if (e.getKey().equals("awkward labels") && !o.cycleLinks()) {
          assertTrue(svg.contains("say &quot;hi&quot;"), svg);
          assertTrue(svg.contains("back\\slash\\, graph"), svg);
        }
      }
    }
  }

  private static String[] run(String dot, String input) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(dot, "-Tsvg").start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new String[] {Integer.toString(p.exitValue()), out, err};
  }

  static String findOnPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      File f = new File(dir, program);
      if (f.isFile() && f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }

  private static int count(String s, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
    int c = 0;
    while (m.find()) {
      c++;
    }
    return c;
  }

  @Test
  void displayNamesAreShownAsLabelColonName() {
    LayeredDigraph d = Gallery.models().get("banking-17").digraph();
    String dot = DotExporter.create().withNames(FactorNames.of(org.ism4j.TsvExamples.names("banking-17"))).toString(d);
    assertTrue(dot.contains("8: Motivation"), dot);
    assertTrue(dot.startsWith("digraph ISM {"));
    IsmModel chain = org.ism4j.IsmAnalyzer.analyze(org.ism4j.ssim.Ssim.builder("A", "B").v("A", "B").build());
    FactorNames ab = FactorNames.of(Map.of("A", "Alpha", "B", "B"));
    assertTrue(DotExporter.create().withNames(ab).toString(chain.digraph()).contains("\"A\" [label=\"A: Alpha\""));
    assertTrue(DotExporter.create().withNames(ab).toString(chain.digraph()).contains("\"B\" [label=\"B\""), "a name equal to its label is not repeated");
    assertTrue(MermaidExporter.create().withNames(ab).toString(chain.digraph()).contains("c0[\"A: Alpha\"]"));
    assertTrue(GraphMlExporter.create().withNames(ab).toString(chain.digraph()).contains(">Alpha<"));
    assertFalse(GraphMlExporter.create().toString(chain.digraph()).contains("attr.name=\"names\""));
  }
}
