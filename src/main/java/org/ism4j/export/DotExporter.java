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
 * Writes a {@link LayeredDigraph} in Graphviz DOT: one node per component (a cycle is one rounded
 * box listing its members), one {@code rank=same} subgraph per level so that {@code dot} draws the
 * levels as rows, level 1 on top ({@code rankdir=BT}: edges point up, from drivers to the factors
 * they drive). Direct links are dashed and grey. With cycle links, a cycle becomes a cluster of its
 * members with the links between them, and the edges of the cycle attach to the cluster
 * ({@code compound=true}).
 *
 * <p>The DOT is written here rather than through jgrapht-io's {@code DOTExporter} because that
 * exporter writes a flat list of vertices and edges: it cannot express subgraphs, so neither the
 * {@code rank=same} level rows nor cycle clusters, and it escapes only double quotes in attribute
 * values, so a label holding a backslash would break the file. Here every ID and label is a
 * double-quoted string in which {@code \} becomes {@code \\}, {@code "} becomes {@code \"}, a
 * line break becomes {@code \n} and {@code &} becomes {@code &amp;} (Graphviz decodes entities);
 * IDs are the node names (the factor labels inside a cycle cluster), so they are unique and, being
 * quoted, never taken for DOT keywords.
 *
 * <p>Immutable and thread-safe.
 */
public final class DotExporter implements ModelExporter<LayeredDigraph> {
  private static final DotExporter DEFAULT = new DotExporter(FactorNames.none());

  private final FactorNames names;

  private DotExporter(FactorNames names) {
    this.names = names;
  }

  /**
   * Returns an exporter that labels factors by their labels.
   *
   * @return the exporter
   */
  public static DotExporter create() {
    return DEFAULT;
  }

  /**
   * Returns this exporter with display names: a factor with a name is shown as
   * {@code label: name} (IDs stay the labels).
   *
   * @param names the display names
   * @return a new exporter
   */
  public DotExporter withNames(FactorNames names) {
    return new DotExporter(Objects.requireNonNull(names, "names"));
  }

  /**
   * Writes the DOT text of a digraph, lines ending in {@code \n}.
   *
   * @param digraph the digraph
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  @Override
  public void export(LayeredDigraph digraph, Writer out) throws IOException {
    boolean clusters = digraph.options().cycleLinks();
    StringBuilder sb = new StringBuilder();
    sb.append("digraph ISM {\n");
    sb.append("  rankdir=BT;\n");
    if (clusters) {
      sb.append("  compound=true;\n");
    }
    sb.append("  newrank=true;\n");
    sb.append("  nodesep=0.3;\n  ranksep=0.6;\n");
    sb.append("  node [shape=box, fontname=\"Helvetica\", fontsize=12];\n");
    sb.append("  edge [arrowsize=0.7];\n");
    for (Node node : digraph.nodes()) {
      if (node.isCycle() && clusters) {
        writeCluster(digraph, node, names, sb);
      } else {
        sb.append("  ").append(id(node)).append(" [label=").append(quote(label(node, names)));
        if (node.isCycle()) {
          sb.append(", style=\"rounded,filled\", fillcolor=\"#eef3fb\"");
        }
        sb.append(", tooltip=").append(quote("level " + node.level()));
        sb.append("];\n");
      }
    }
    List<List<Node>> levels = digraph.levels();
    for (int l = 0; l < levels.size(); l++) {
      sb.append("  { rank=same; /* level ").append(l + 1).append(" */");
      for (Node node : levels.get(l)) {
        sb.append(' ').append(anchor(node, clusters)).append(';');
      }
      sb.append(" }\n");
    }
    for (Edge e : digraph.edges()) {
      sb.append("  ").append(anchor(e.source(), clusters)).append(" -> ")
          .append(anchor(e.target(), clusters));
      StringBuilder attrs = new StringBuilder();
      if (clusters && e.source().isCycle()) {
        attrs.append("ltail=").append(quote(clusterId(e.source())));
      }
      if (clusters && e.target().isCycle()) {
        attrs.append(attrs.length() > 0 ? ", " : "").append("lhead=").append(quote(clusterId(e.target())));
      }
      if (e.kind() == EdgeKind.DIRECT) {
        attrs.append(attrs.length() > 0 ? ", " : "").append("style=dashed, color=\"#888888\"");
      }
      if (attrs.length() > 0) {
        sb.append(" [").append(attrs).append(']');
      }
      sb.append(";\n");
    }
    sb.append("}\n");
    out.append(sb);
    out.flush();
  }

  private static void writeCluster(LayeredDigraph digraph, Node node, FactorNames names,
      StringBuilder sb) {
    sb.append("  subgraph ").append(quote(clusterId(node))).append(" {\n");
    sb.append("    label=").append(quote("cycle of " + node.size())).append(";\n");
    sb.append("    style=\"rounded,filled\"; fillcolor=\"#eef3fb\"; fontname=\"Helvetica\"; fontsize=10;\n");
    sb.append("    { rank=same;");
    for (String m : node.members()) {
      sb.append(' ').append(memberId(node, m)).append(';');
    }
    sb.append(" }\n");
    for (String m : node.members()) {
      sb.append("    ").append(memberId(node, m)).append(" [label=").append(quote(names.display(m)))
          .append(", style=filled, fillcolor=white];\n");
    }
    for (CycleLink link : digraph.cycleLinks()) {
      if (link.node() == node) {
        sb.append("    ").append(memberId(node, link.from())).append(" -> ")
            .append(memberId(node, link.to())).append(" [constraint=false];\n");
      }
    }
    sb.append("  }\n");
  }

  private static String label(Node node, FactorNames names) {
    if (!node.isCycle()) {
      return names.display(node.name());
    }
    return String.join("\n", TextMetrics.flow(names.display(node.members()), ", ", 12, 220));
  }

  private static String id(Node node) {
    return quote(node.name());
  }

  private static String anchor(Node node, boolean clusters) {
    return clusters && node.isCycle() ? memberId(node, node.members().get(0)) : id(node);
  }

  private static String clusterId(Node node) {
    return "cluster_" + node.component();
  }

  private static String memberId(Node node, String member) {
    return quote(member); // factor labels are unique, and no node of its own has a cycle's name
  }

  /**
   * Returns a DOT double-quoted string that Graphviz reads back as {@code text}: {@code \}
   * doubled, {@code "} escaped, line breaks as {@code \n}, {@code &} as {@code &amp;} (Graphviz
   * decodes HTML entities in strings), control characters as {@code U+XXXX}.
   *
   * @param s any text
   * @return the quoted string, quotes included
   */
  static String quote(String text) {
    String s = org.ism4j.internal.VisibleText.controls(text);
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\':
          sb.append("\\\\");
          break;
        case '"':
          sb.append("\\\"");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          break;
        case '&':
          // Graphviz reads HTML entities in strings: a label "&amp;" would show as "&"
          sb.append("&amp;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
