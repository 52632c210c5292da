package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Each text exporter of a model or digraph flushes the writer it is given and does not close it
 * ({@link ModelExporter}: "flushed, not closed"): through a {@link BufferedWriter} far larger than
 * the text and never closed, the underlying writer holds the complete text, the same as an
 * unbuffered {@link StringWriter} receives. And the head of the JSON document for A → B, worked by
 * hand: pretty with an indent of two spaces (a newline and indent before every element, ": " after
 * a name), or compact with no white space at all; without display names, each name is the label.
 */
class HandWorkedExporterFlushTest {
  // built for every test, never in a static field, so that PIT's mutants reach it
  private final IsmModel model = IsmAnalyzer.analyze(Ssim.builder("A", "B").v("A", "B").build());

  private static <T> void assertFlushed(ModelExporter<T> exporter, T value) throws IOException {
    StringWriter direct = new StringWriter();
    exporter.export(value, direct);
    StringWriter target = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(target, 1 << 16);
    exporter.export(value, buffered); // never closed
    assertTrue(direct.toString().length() > 10, exporter + " wrote " + direct);
    assertEquals(direct.toString(), target.toString(), exporter + " did not flush");
  }

  @Test
  void jsonFlushes() throws IOException {
    assertFlushed(JsonExporter.create(), model);
  }

  @Test
  void dotFlushes() throws IOException {
    assertFlushed(DotExporter.create(), model.digraph());
  }

  @Test
  void graphMlFlushes() throws IOException {
    assertFlushed(GraphMlExporter.create(), model.digraph());
  }

  @Test
  void mermaidFlushes() throws IOException {
    assertFlushed(MermaidExporter.create(), model.digraph());
    assertFlushed(MermaidExporter.create(),
        model.digraph(LayeredDigraph.Options.defaults().withCycleLinks(true)));
  }

  @Test
  void prettyJsonIndentsTwoSpaces() {
    String json = JsonExporter.create().toString(model);
    String head = """
        {
          "factors": [
            "A",
            "B"
          ],
          "names": [
            "A",
            "B"
          ],
          "partition": "result-first",
        """;
    assertTrue(json.startsWith(head), json);
    assertTrue(json.endsWith("}\n") && !json.endsWith("\n\n"), json);
  }

  @Test
  void compactJsonHasNoWhiteSpace() {
    String json = JsonExporter.create().withPrettyPrinting(false).toString(model);
    String head =
        "{\"factors\":[\"A\",\"B\"],\"names\":[\"A\",\"B\"],\"partition\":\"result-first\",";
    assertTrue(json.startsWith(head), json);
    assertTrue(json.endsWith("}\n") && json.indexOf('\n') == json.length() - 1, json);
  }

  @Test
  void cyclesListOnlyTheComponentsThatAreCycles() {
    // A → B has no cycle: an empty array
    String acyclic = JsonExporter.create().toString(model);
    assertTrue(acyclic.contains("\n  \"cycles\": [],\n"), acyclic);
    // X ⇄ Y, Y → Z: the one cycle {X, Y}, inline on its own line; Z alone is no cycle
    IsmModel cyclic =
        IsmAnalyzer.analyze(Ssim.builder("X", "Y", "Z").x("X", "Y").v("Y", "Z").build());
    String json = JsonExporter.create().toString(cyclic);
    assertTrue(json.contains("\n  \"cycles\": [\n    [\"X\",\"Y\"]\n  ],\n"), json);
  }
}
