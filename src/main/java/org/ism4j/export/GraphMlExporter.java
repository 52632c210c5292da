package org.ism4j.export;

import org.ism4j.internal.VisibleText;
import org.ism4j.ssim.FactorNames;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.Node;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes a {@link LayeredDigraph} as GraphML through jgrapht-io's {@link GraphMLExporter}. Nodes
 * are the components, with ID {@code c0}, {@code c1}, … (the component index, as in the JSON
 * report) and these attributes: {@code label} (the node name), {@code members} (the member labels,
 * one per line), {@code size}, {@code cycle}, {@code level}, {@code component}, {@code driving} and
 * {@code dependence} (MICMAC powers) and {@code cluster} (the MICMAC quadrant, e.g.
 * {@code linkage}). Edges carry {@code kind}: {@code skeleton} or {@code direct}. Cycle links join
 * members of one node and are not written.
 *
 * <p>Immutable and thread-safe.
 */
public final class GraphMlExporter implements ModelExporter<LayeredDigraph> {
  private static final GraphMlExporter DEFAULT = new GraphMlExporter(FactorNames.none());

  private final FactorNames names;

  private GraphMlExporter(FactorNames names) {
    this.names = names;
  }

  /**
   * Returns an exporter without the {@code names} attribute.
   *
   * @return the exporter
   */
  public static GraphMlExporter create() {
    return DEFAULT;
  }

  /**
   * Returns this exporter with one more node attribute, {@code names}: the members' display
   * names, one per line (the label for a member without a name); not written when
   * {@code names} is empty.
   *
   * @param names the display names
   * @return a new exporter
   */
  public GraphMlExporter withNames(FactorNames names) {
    return new GraphMlExporter(Objects.requireNonNull(names, "names"));
  }

  /**
   * Writes the GraphML document of a digraph.
   *
   * @param digraph the digraph
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  @Override
  public void export(LayeredDigraph digraph, Writer out) throws IOException {
    Graph<Node, Edge> g = new DirectedMultigraph<>(null, null, false);
    for (Node node : digraph.nodes()) {
      g.addVertex(node);
    }
    for (Edge e : digraph.edges()) {
      g.addEdge(e.source(), e.target(), e);
    }
    GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(node -> "c" + node.component());
    exporter.setEdgeIdProvider(new java.util.function.Function<>() {
      private final Map<Edge, String> ids = new java.util.IdentityHashMap<>();

      @Override
      public String apply(Edge e) {
        return ids.computeIfAbsent(e, x -> "e" + ids.size());
      }
    });
    register(exporter, "label", AttributeCategory.NODE, AttributeType.STRING);
    register(exporter, "members", AttributeCategory.NODE, AttributeType.STRING);
    register(exporter, "size", AttributeCategory.NODE, AttributeType.INT);
    register(exporter, "cycle", AttributeCategory.NODE, AttributeType.BOOLEAN);
    register(exporter, "level", AttributeCategory.NODE, AttributeType.INT);
    register(exporter, "component", AttributeCategory.NODE, AttributeType.INT);
    register(exporter, "driving", AttributeCategory.NODE, AttributeType.INT);
    register(exporter, "dependence", AttributeCategory.NODE, AttributeType.INT);
    register(exporter, "cluster", AttributeCategory.NODE, AttributeType.STRING);
    if (!names.isEmpty()) {
      register(exporter, "names", AttributeCategory.NODE, AttributeType.STRING);
    }
    register(exporter, "kind", AttributeCategory.EDGE, AttributeType.STRING);
    exporter.setVertexAttributeProvider(node -> {
      Map<String, Attribute> a = new LinkedHashMap<>();
      // jgrapht-io escapes < > & " '; what XML 1.0 cannot hold is written visibly here
      a.put("label", DefaultAttribute.createAttribute(VisibleText.controls(node.name())));
      a.put("members", DefaultAttribute.createAttribute(VisibleText.controls(String.join("\n", node.members()))));
      a.put("size", DefaultAttribute.createAttribute(node.size()));
      a.put("cycle", DefaultAttribute.createAttribute(node.isCycle()));
      a.put("level", DefaultAttribute.createAttribute(node.level()));
      a.put("component", DefaultAttribute.createAttribute(node.component()));
      a.put("driving", DefaultAttribute.createAttribute(node.drivingPower()));
      a.put("dependence", DefaultAttribute.createAttribute(node.dependencePower()));
      a.put("cluster", DefaultAttribute.createAttribute(node.cluster().displayName()));
      if (!names.isEmpty()) {
        List<String> shown = new java.util.ArrayList<>();
        for (String m : node.members()) {
          shown.add(names.nameOf(m));
        }
        a.put("names", DefaultAttribute.createAttribute(VisibleText.controls(String.join("\n", shown))));
      }
      return a;
    });
    exporter.setEdgeAttributeProvider(e -> {
      Map<String, Attribute> a = new LinkedHashMap<>();
      a.put("kind", DefaultAttribute.createAttribute(e.kind().name().toLowerCase(java.util.Locale.ROOT)));
      return a;
    });
    try {
      exporter.exportGraph(g, out);
    } catch (ExportException e) {
      throw e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e);
    }
    out.flush();
  }

  private static void register(GraphMLExporter<Node, Edge> exporter, String name,
      AttributeCategory category, AttributeType type) {
    exporter.registerAttribute(name, category, type);
  }
}
