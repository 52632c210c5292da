package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.ism4j.tism.InterpretationTable;
import org.ism4j.tism.Tism;
import org.junit.jupiter.api.Test;

/**
 * The whole output of each {@link TismExporters} format, worked by hand on the chain A → B → C → D.
 *
 * <pre>
 * levels (result-first): D 1, C 2, B 3, A 4 (a sink at the top)
 * links, row by row (input position of from, then of to):
 *   A → B direct      "funds"
 *   A → C transitive  via B     significant, "a*b"
 *   A → D transitive  via B, C  reviewed "no"
 *   B → C direct      "trains &amp; &lt;coaches&gt;, daily"
 *   B → D transitive  via C     significant, no interpretation
 *   C → D direct      no interpretation: the one warning
 * kept links (the digraph): A → B, A → C, B → C, B → D, C → D
 * edge labels: a direct link its interpretation; a transitive one "via k", then ": " and the
 * interpretation when it has one: "via B: a*b", "via C"
 * </pre>
 *
 * Every writer is given a {@link BufferedWriter} that is never closed, so the text only reaches the
 * underlying {@link StringWriter} when the exporter flushes, as {@link ModelExporter} promises.
 */
class HandWorkedTismExportersTest {
  // built for every test, never in a static field, so that PIT's mutants reach it
  private final Tism tism = chain();

  private static Tism chain() {
    IsmModel m = IsmAnalyzer.analyze(
        Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build());
    return Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations("A\tB\tfunds\nB\tC\ttrains & <coaches>, daily\n"),
        InterpretationTable.parseSignificance("A\tC\tyes\ta*b\nA\tD\tno\nB\tD\tyes\n"));
  }

  /** Writes through a buffer far larger than the text and never closes it. */
  private String write(ModelExporter<Tism> exporter) throws IOException {
    StringWriter target = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(target, 1 << 16);
    exporter.export(tism, buffered);
    return target.toString();
  }

  /**
   * Two-space pretty JSON; the arrays of a level and each link object are switched to Gson's
   * compact style (no newline, no space after ':' or ','), and back to pretty after them.
   */
  @Test
  void jsonIsPrettyWithOneLevelAndOneLinkPerLine() throws IOException {
    String expected = """
        {
          "factors": [
            "A",
            "B",
            "C",
            "D"
          ],
          "partition": "result-first",
          "levels": [
            ["D"],
            ["C"],
            ["B"],
            ["A"]
          ],
          "links": [
            {"from":"A","to":"B","kind":"direct","interpretation":"funds","via":[],\
        "significant":true},
            {"from":"A","to":"C","kind":"transitive","interpretation":"a*b","via":["B"],\
        "significant":true},
            {"from":"A","to":"D","kind":"transitive","interpretation":"","via":["B","C"],\
        "significant":false},
            {"from":"B","to":"C","kind":"direct","interpretation":"trains & <coaches>, daily",\
        "via":[],"significant":true},
            {"from":"B","to":"D","kind":"transitive","interpretation":"","via":["C"],\
        "significant":true},
            {"from":"C","to":"D","kind":"direct","interpretation":"","via":[],"significant":true}
          ],
          "warnings": [
            "direct link C → D has no interpretation"
          ]
        }
        """;
    assertEquals(expected, write(TismExporters.json()));
  }

  /**
   * One rank=same line per level, numbered from 1; transitive kept links dashed; '&amp;' written
   * "&amp;amp;" ({@link DotExporter#quote}: Graphviz decodes HTML entities in strings).
   */
  @Test
  void dotWholeText() throws IOException {
    String expected = """
        digraph TISM {
          rankdir=BT;
          node [shape=box];
          { rank=same; "D"; } // level 1
          { rank=same; "C"; } // level 2
          { rank=same; "B"; } // level 3
          { rank=same; "A"; } // level 4
          "A" -> "B" [label="funds"];
          "A" -> "C" [label="via B: a*b", style=dashed];
          "B" -> "C" [label="trains &amp; <coaches>, daily"];
          "B" -> "D" [label="via C", style=dashed];
          "C" -> "D" [label=""];
        }
        """;
    assertEquals(expected, write(TismExporters.dot()));
  }

  /**
   * Node level attributes A 4, B 3, C 2, D 1; edges numbered e0..e4 in kept-link order; '&amp;',
   * '&lt;' and '&gt;' escaped as XML attribute text; "via" only on transitive edges.
   */
  @Test
  void graphMlWholeText() throws IOException {
    String expected = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="level" for="node" attr.name="level" attr.type="int"/>
          <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
          <key id="interpretation" for="edge" attr.name="interpretation" attr.type="string"/>
          <key id="via" for="edge" attr.name="via" attr.type="string"/>
          <graph id="TISM" edgedefault="directed">
            <node id="A"><data key="level">4</data></node>
            <node id="B"><data key="level">3</data></node>
            <node id="C"><data key="level">2</data></node>
            <node id="D"><data key="level">1</data></node>
            <edge id="e0" source="A" target="B"><data key="kind">direct</data>\
        <data key="interpretation">funds</data></edge>
            <edge id="e1" source="A" target="C"><data key="kind">transitive</data>\
        <data key="interpretation">a*b</data><data key="via">B</data></edge>
            <edge id="e2" source="B" target="C"><data key="kind">direct</data>\
        <data key="interpretation">trains &amp; &lt;coaches&gt;, daily</data></edge>
            <edge id="e3" source="B" target="D"><data key="kind">transitive</data>\
        <data key="interpretation"></data><data key="via">C</data></edge>
            <edge id="e4" source="C" target="D"><data key="kind">direct</data>\
        <data key="interpretation"></data></edge>
          </graph>
        </graphml>
        """;
    assertEquals(expected, write(TismExporters.graphMl()));
  }

  /**
   * Nodes n0..n3 in input order; "-->" direct, "-.->" transitive; an empty edge label (C → D) is
   * left out; '&amp;' '&lt;' '&gt;' as Mermaid entities #amp; #lt; #gt;.
   */
  @Test
  void mermaidWholeText() throws IOException {
    String expected = """
        flowchart BT
          n0["A"]
          n1["B"]
          n2["C"]
          n3["D"]
          n0 -->|"funds"| n1
          n0 -.->|"via B: a*b"| n2
          n1 -->|"trains #amp; #lt;coaches#gt;, daily"| n2
          n1 -.->|"via C"| n3
          n2 --> n3
        """;
    assertEquals(expected, write(TismExporters.mermaid()));
  }

  /**
   * Header row of labels after an empty corner; cells by {@link Tism#cell}: the interpretation of a
   * direct link, "via k" for a significant transitive link, else empty (A → D is not significant);
   * the field with a comma is quoted; CRLF line ends.
   */
  @Test
  void matrixCsvWholeText() throws IOException {
    String expected = ",A,B,C,D\r\n"
        + "A,,funds,via B,\r\n"
        + "B,,,\"trains & <coaches>, daily\",via C\r\n"
        + "C,,,,\r\n"
        + "D,,,,\r\n";
    assertEquals(expected, write(TismExporters.matrixCsv()));
  }
}
