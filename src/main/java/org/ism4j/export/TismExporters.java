package org.ism4j.export;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.ism4j.ssim.Labels;
import org.ism4j.tism.Tism;
import org.ism4j.tism.TismLink;

/**
 * The machine formats of a TISM, each a {@link ModelExporter}: JSON, DOT, GraphML, Mermaid and the
 * interpretive matrix as CSV. In the digraph formats the nodes are the factors, the edges every
 * direct link (labelled with its interpretation) and the significant transitive links (dashed,
 * labelled {@code via k}). Stateless and thread-safe.
 */
public final class TismExporters {
  private TismExporters() {}

  /**
   * Returns the JSON writer. Keys: {@code factors} (labels in input order), {@code levels} (arrays of
   * labels, level 1 first), {@code partition} (the level rule), {@code links} (one object per link:
   * {@code from}, {@code to}, {@code kind} {@code "direct"} or {@code "transitive"},
   * {@code interpretation}, {@code via} (labels of the shortest path's intermediate factors) and
   * {@code significant}) and {@code warnings}.
   *
   * @return the exporter
   */
  public static ModelExporter<Tism> json() {
    return TismExporters::json;
  }

  /**
   * Returns the DOT writer: one node per factor with {@code rank=same} per level, direct links
   * solid, significant transitive links dashed; interpretations as edge labels.
   *
   * @return the exporter
   */
  public static ModelExporter<Tism> dot() {
    return TismExporters::dot;
  }

  /**
   * Returns the GraphML writer: node attribute {@code level}; edge attributes {@code kind},
   * {@code interpretation} and {@code via}.
   *
   * @return the exporter
   */
  public static ModelExporter<Tism> graphMl() {
    return TismExporters::graphMl;
  }

  /**
   * Returns the Mermaid writer ({@code flowchart BT}): {@code -->} for direct links, {@code -.->}
   * for significant transitive links, interpretations as edge labels.
   *
   * @return the exporter
   */
  public static ModelExporter<Tism> mermaid() {
    return TismExporters::mermaid;
  }

  /**
   * Returns the CSV writer of the interpretive matrix: a header row of labels, then per factor its
   * row of cells ({@link Tism#cell}); fields quoted as RFC 4180 asks.
   *
   * @return the exporter
   */
  public static ModelExporter<Tism> matrixCsv() {
    return TismExporters::csv;
  }

  private static void json(Tism t, Writer out) throws IOException {
    JsonWriter w = Json.writer(out);
    w.beginObject();
    w.name("factors").beginArray();
    for (String label : t.labels()) {
      w.value(label);
    }
    w.endArray();
    w.name("partition").value(t.partition().direction().label());
    w.name("levels").beginArray();
    for (Set<String> level : t.levels()) {
      w.beginArray();
      w.setFormattingStyle(FormattingStyle.COMPACT);
      for (String label : level) {
        w.value(label);
      }
      w.endArray();
      w.setFormattingStyle(FormattingStyle.PRETTY);
    }
    w.endArray();
    w.name("links").beginArray();
    for (TismLink l : t.links()) {
      w.beginObject();
      w.setFormattingStyle(FormattingStyle.COMPACT); // one link per line
      w.name("from").value(l.from()).name("to").value(l.to()).name("kind").value(l.kind().label())
          .name("interpretation").value(l.interpretation());
      w.name("via").beginArray();
      for (String v : l.via()) {
        w.value(v);
      }
      w.endArray();
      w.name("significant").value(l.significant());
      w.endObject();
      w.setFormattingStyle(FormattingStyle.PRETTY);
    }
    w.endArray();
    w.name("warnings").beginArray();
    for (String s : t.warnings()) {
      w.value(s);
    }
    w.endArray();
    Json.end(w, out);
  }

  private static String via(TismLink l) {
    return "via " + String.join(", ", l.via());
  }

  private static String edgeLabel(TismLink l) {
    if (l.isDirect()) {
      return l.interpretation();
    }
    return l.interpretation().isEmpty() ? via(l) : via(l) + ": " + l.interpretation();
  }

  private static void dot(Tism t, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder("digraph TISM {\n  rankdir=BT;\n  node [shape=box];\n");
    List<Set<String>> levels = t.levels();
    for (int l = 0; l < levels.size(); l++) {
      sb.append("  { rank=same;");
      for (String label : levels.get(l)) {
        sb.append(' ').append(DotExporter.quote(label)).append(';');
      }
      sb.append(" } // level ").append(l + 1).append('\n');
    }
    for (TismLink l : t.keptLinks()) {
      sb.append("  ").append(DotExporter.quote(l.from())).append(" -> ").append(DotExporter.quote(l.to()))
          .append(" [label=").append(DotExporter.quote(edgeLabel(l)));
      if (!l.isDirect()) {
        sb.append(", style=dashed");
      }
      sb.append("];\n");
    }
    out.write(sb.append("}\n").toString());
    out.flush();
  }

  private static String xml(String s) {
    return com.google.common.xml.XmlEscapers.xmlAttributeEscaper().escape(
        org.ism4j.internal.VisibleText.controls(s));
  }

  private static void graphMl(Tism t, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        + "  <key id=\"level\" for=\"node\" attr.name=\"level\" attr.type=\"int\"/>\n"
        + "  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        + "  <key id=\"interpretation\" for=\"edge\" attr.name=\"interpretation\" attr.type=\"string\"/>\n"
        + "  <key id=\"via\" for=\"edge\" attr.name=\"via\" attr.type=\"string\"/>\n"
        + "  <graph id=\"TISM\" edgedefault=\"directed\">\n");
    Labels labels = t.labels();
    for (int i = 0; i < labels.size(); i++) {
      sb.append("    <node id=\"").append(xml(labels.get(i))).append("\"><data key=\"level\">")
          .append(t.partition().levelOf(i)).append("</data></node>\n");
    }
    int e = 0;
    for (TismLink l : t.keptLinks()) {
      sb.append("    <edge id=\"e").append(e++).append("\" source=\"").append(xml(l.from()))
          .append("\" target=\"").append(xml(l.to())).append("\"><data key=\"kind\">")
          .append(l.kind().label()).append("</data><data key=\"interpretation\">")
          .append(xml(l.interpretation())).append("</data>");
      if (!l.isDirect()) {
        sb.append("<data key=\"via\">").append(xml(String.join(", ", l.via()))).append("</data>");
      }
      sb.append("</edge>\n");
    }
    out.write(sb.append("  </graph>\n</graphml>\n").toString());
    out.flush();
  }

  private static String mermaidText(String s) {
    return MermaidExporter.escape(s.replace("\n", " ")).replace("|", "#124;");
  }

  private static void mermaid(Tism t, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder("flowchart BT\n");
    Labels labels = t.labels();
    for (int i = 0; i < labels.size(); i++) {
      sb.append("  n").append(i).append("[\"").append(mermaidText(labels.get(i))).append("\"]\n");
    }
    for (TismLink l : t.keptLinks()) {
      String label = edgeLabel(l);
      sb.append("  n").append(labels.index(l.from())).append(l.isDirect() ? " -->" : " -.->");
      if (!label.isEmpty()) {
        sb.append("|\"").append(mermaidText(label)).append("\"|");
      }
      sb.append(" n").append(labels.index(l.to())).append('\n');
    }
    out.write(sb.toString());
    out.flush();
  }

  private static String csvField(String s) {
    return ConicalMatrixCsv.field(s); // quoting and the guard against formulas
  }

  private static void csv(Tism t, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    Labels labels = t.labels();
    for (String label : labels) {
      sb.append(',').append(csvField(label));
    }
    sb.append("\r\n");
    for (String from : labels) {
      sb.append(csvField(from));
      for (String to : labels) {
        sb.append(',').append(csvField(t.cell(from, to)));
      }
      sb.append("\r\n");
    }
    out.write(sb.toString());
    out.flush();
  }
}
