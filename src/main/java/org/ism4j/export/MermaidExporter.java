package org.ism4j.export;

import org.ism4j.ssim.FactorNames;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.ism4j.internal.TextMetrics;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.LayeredDigraph.EdgeKind;
import org.ism4j.graph.LayeredDigraph.CycleLink;
import org.ism4j.graph.Node;

/**
 * Writes a {@link LayeredDigraph} as a Mermaid flowchart ({@code flowchart BT}: edges point up,
 * from drivers to what they drive, so level 1 tends to the top). Node IDs are {@code c0},
 * {@code c1}, … (the component index); a single factor is a box, a cycle a rounded box listing its
 * members, or, with cycle links, a subgraph of its members and the links between them. Direct
 * links are dotted. Mermaid cannot pin nodes to rows, so each level is listed in a {@code %%}
 * comment. A diagram of more than 500 edges (arrows plus drawn cycle links) gets a {@code %%}
 * comment saying that Mermaid's default renderers refuse it ({@code maxEdges} is 500).
 *
 * <p>Labels are double-quoted; {@code "}, {@code #}, {@code <}, {@code >}, {@code &} and a backquote are
 * written as Mermaid entity codes ({@code #quot;}, {@code #35;}, …), line breaks as
 * {@code <br/>}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MermaidExporter implements ModelExporter<LayeredDigraph> {
  /** Mermaid's default {@code maxEdges}: its renderers refuse a diagram with more edges. */
  static final int MERMAID_MAX_EDGES = 500;

  private static final MermaidExporter DEFAULT = new MermaidExporter(FactorNames.none());

  private final FactorNames names;

  private MermaidExporter(FactorNames names) {
    this.names = names;
  }

  /**
   * Returns an exporter that labels factors by their labels.
   *
   * @return the exporter
   */
  public static MermaidExporter create() {
    return DEFAULT;
  }

  /**
   * Returns this exporter with display names: a factor with a name is shown as
   * {@code label: name}.
   *
   * @param names the display names
   * @return a new exporter
   */
  public MermaidExporter withNames(FactorNames names) {
    return new MermaidExporter(Objects.requireNonNull(names, "names"));
  }

  /**
   * Writes the Mermaid flowchart of a digraph, lines ending in {@code \n}.
   *
   * @param digraph the digraph
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  @Override
  public void export(LayeredDigraph digraph, Writer out) throws IOException {
    boolean clusters = digraph.options().cycleLinks();
    StringBuilder sb = new StringBuilder("flowchart BT\n");
    int edges = digraph.edges().size() + (clusters ? digraph.cycleLinks().size() : 0);
    if (edges > MERMAID_MAX_EDGES) {
      sb.append("  %% ").append(edges).append(" edges: Mermaid's default renderers refuse more than ")
          .append(MERMAID_MAX_EDGES).append(" (raise maxEdges in the Mermaid config, or use DOT, ")
          .append("GraphML or SVG)\n");
    }
    List<List<Node>> levels = digraph.levels();
    for (int l = 0; l < levels.size(); l++) {
      sb.append("  %% level ").append(l + 1).append(':');
      for (Node node : levels.get(l)) {
        sb.append(' ').append(id(node));
      }
      sb.append('\n');
    }
    for (Node node : digraph.nodes()) {
      if (node.isCycle() && clusters) {
        sb.append("  subgraph ").append(id(node)).append(" [\"")
            .append(escape("cycle of " + node.size())).append("\"]\n");
        List<String> members = node.members();
        for (int i = 0; i < members.size(); i++) {
          sb.append("    ").append(id(node)).append('_').append(i).append("[\"")
              .append(escape(names.display(members.get(i)))).append("\"]\n");
        }
        for (CycleLink link : digraph.cycleLinks()) {
          if (link.node() == node) {
            sb.append("    ").append(id(node)).append('_').append(members.indexOf(link.from()))
                .append(" --> ").append(id(node)).append('_').append(members.indexOf(link.to()))
                .append('\n');
          }
        }
        sb.append("  end\n");
      } else if (node.isCycle()) {
        sb.append("  ").append(id(node)).append("(\"")
            .append(escape(String.join("\n",
                TextMetrics.flow(names.display(node.members()), ", ", 12, 220))))
            .append("\")\n");
      } else {
        sb.append("  ").append(id(node)).append("[\"").append(escape(names.display(node.name())))
            .append("\"]\n");
      }
    }
    for (Edge e : digraph.edges()) {
      sb.append("  ").append(id(e.source()))
          .append(e.kind() == EdgeKind.DIRECT ? " -.-> " : " --> ")
          .append(id(e.target())).append('\n');
    }
    out.append(sb);
    out.flush();
  }

  private static String id(Node node) {
    return "c" + node.component();
  }

  /**
   * Escapes a label for a double-quoted Mermaid label.
   *
   * @param s the text
   * @return the text with entity codes and {@code <br/>} for line breaks
   */
  static String escape(String text) {
    String s = org.ism4j.internal.VisibleText.controls(text);
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("#quot;");
          break;
        case '#':
          sb.append("#35;");
          break;
        case '<':
          sb.append("#lt;");
          break;
        case '>':
          sb.append("#gt;");
          break;
        case '&':
          sb.append("#amp;");
          break;
        case '`':
          sb.append("#96;");
          break;
        case '\n':
          sb.append("<br/>");
          break;
        case '\r':
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }
}
