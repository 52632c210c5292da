package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Options;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

class MermaidAndCsvTest {

  @Test
  void mermaidFlowchartHasANodePerComponentAndAnArrowPerEdge() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").v("A", "B").v("A", "C").v("B", "D")
        .v("C", "D").v("A", "D").build());
    String mmd = MermaidExporter.create().toString(m.digraph(Options.defaults().withDirectLinks(true)));
    assertEquals("flowchart BT\n"
        + "  %% level 1: c3\n  %% level 2: c1 c2\n  %% level 3: c0\n"
        + "  c0[\"A\"]\n  c1[\"B\"]\n  c2[\"C\"]\n  c3[\"D\"]\n"
        + "  c0 --> c1\n  c0 --> c2\n  c1 --> c3\n  c2 --> c3\n  c0 -.-> c3\n", mmd);
  }

  @Test
  void mermaidEscapesLabelsAndDrawsCyclesAsRoundedBoxesOrSubgraphs() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("a \"q\" #1", "<b> & `c`", "end").x("a \"q\" #1", "<b> & `c`")
        .v("<b> & `c`", "end").build());
    String mmd = MermaidExporter.create().toString(m.digraph());
    assertTrue(mmd.contains("  c0(\"a #quot;q#quot; #35;1, #lt;b#gt; #amp; #96;c#96;\")\n"), mmd);
    assertTrue(mmd.contains("  c1[\"end\"]\n"), mmd);
    String withLinks = MermaidExporter.create().toString(m.digraph(Options.defaults().withCycleLinks(true)));
    assertTrue(withLinks.contains("  subgraph c0 [\"cycle of 2\"]\n    c0_0[\"a #quot;q#quot; #35;1\"]\n"), withLinks);
    assertTrue(withLinks.contains("    c0_0 --> c0_1\n    c0_1 --> c0_0\n  end\n"), withLinks);
    assertTrue(withLinks.contains("  c0 --> c1\n"), withLinks);
  }

  @Test
  void mermaidSaysWhenTheDiagramExceedsTheRenderersFiveHundredEdges() {
    // a complete bipartite DAG: 23 drivers each reach 22 sinks directly, 506 skeleton edges
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      labels.add("f" + i);
    }
    Ssim.Builder b = Ssim.builder(labels);
    for (int i = 0; i < 23; i++) {
      for (int j = 23; j < 45; j++) {
        b.v("f" + i, "f" + j);
      }
    }
    IsmModel m = IsmAnalyzer.analyze(b.build());
    String mmd = MermaidExporter.create().toString(m.digraph());
    assertTrue(mmd.startsWith("flowchart BT\n  %% 506 edges: Mermaid's default renderers refuse more "
        + "than 500 (raise maxEdges in the Mermaid config, or use DOT, GraphML or SVG)\n"), mmd);
    Ssim small = Ssim.builder("A", "B").v("A", "B").build();
    assertFalse(MermaidExporter.create().toString(IsmAnalyzer.analyze(small).digraph()).contains("maxEdges"));
  }

  @Test
  void conicalMatrixOrdersByLevelAndMarksTransitiveLinks() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build());
    assertArrayEquals(new int[] {3, 2, 1, 0}, ConicalMatrixCsv.order(m));
    assertEquals("factor,D,C,B,A,driving power,level\r\n"
        + "D,1,0,0,0,1,1\r\n"
        + "C,1,1,0,0,2,2\r\n"
        + "B,1*,1,1,0,3,3\r\n"
        + "A,1*,1*,1,1,4,4\r\n"
        + "dependence power,4,3,2,1,,\r\n", ConicalMatrixCsv.create().toString(m));
    assertTrue(ConicalMatrixCsv.create().withTransitiveLinksMarked(false).toString(m).contains("A,1,1,1,1,4,4\r\n"));
  }

  @Test
  void csvQuotesLabelsWithCommasAndQuotes() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("cost, time", "say \"x\"").v("cost, time", "say \"x\"").build());
    assertEquals("factor,\"say \"\"x\"\"\",\"cost, time\",driving power,level\r\n"
        + "\"say \"\"x\"\"\",1,0,1,1\r\n"
        + "\"cost, time\",1,1,2,2\r\n"
        + "dependence power,2,1,,\r\n", ConicalMatrixCsv.create().toString(m));
  }
}
