package org.ism4j.graph;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Micmac;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Condensation;
import org.ism4j.internal.Skeleton;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * The ISM digraph: one node per strongly connected component (a cycle is one node listing its
 * members), each on its level, and the transitive reduction of the component DAG as edges (the ISM
 * <em>skeleton</em>). Immutable and thread-safe.
 *
 * <pre>{@code
 * LayeredDigraph d = model.digraph();  // or LayeredDigraph.of(frm, levels, micmac, options)
 * d.levels();                          // nodes per level, level 1 (the top) first
 * d.asGraph();                         // unmodifiable JGraphT snapshot, vertices are node names
 * LayeredDigraph all = model.digraph(Options.defaults().withDirectLinks(true));
 * }</pre>
 *
 * <p>Nodes are numbered as the strongly connected components: by the input position of their
 * first member, members in input order. A node's {@link Node#name() name} is its label for a single
 * factor, and the member labels in braces for a cycle ({@code "{B, C}"}); names are unique. Every
 * edge goes from a higher level to a lower one (level 1 is the top), possibly across several
 * levels.
 *
 * <p>Two {@link Options} add links to the skeleton: {@link Options#directLinks() direct links} (the
 * IRM links between two components that the skeleton already implies, as edges of kind
 * {@link EdgeKind#DIRECT}) and {@link Options#cycleLinks() cycle links} (the IRM links between
 * members of one cycle, see {@link #cycleLinks()}). Cycle links join factors inside one node, so
 * they appear in the drawings and exports but not in the node-level graph snapshots.
 */
public final class LayeredDigraph {
  private final Labels labels;
  private final Options options;
  private final List<Node> nodes;
  private final List<List<Node>> levels;
  private final List<Edge> edges;
  private final List<CycleLink> cycleLinks;
  private final int[] nodeOfFactor;
  private final int skeletonEdgeCount;

  private LayeredDigraph(ReachabilityMatrix frm, LevelPartition partition, Micmac micmac,
      Options options) {
    this.labels = frm.labels();
    this.options = options;
    Condensation c = Access.condensation(frm);
    int k = c.componentCount();
    Set<String> taken = new HashSet<>();
    for (int comp = 0; comp < k; comp++) {
      if (!c.isCycle(comp)) {
        taken.add(labels.get(c.firstMember(comp)));
      }
    }
    ImmutableList.Builder<Node> nb = ImmutableList.builderWithExpectedSize(k);
    for (int comp = 0; comp < k; comp++) {
      List<String> members = labels.select(c.members(comp));
      String name = members.get(0);
      if (members.size() > 1) {
        name = "{" + String.join(", ", members) + "}";
        String base = name;
        while (!taken.add(name)) {
          name = base + " #" + (comp + 1);
          base = name;
        }
      }
      int first = c.firstMember(comp);
      nb.add(new Node(comp, name, ImmutableList.copyOf(members), partition.levelOf(c.firstMember(comp)),
          micmac.drivingPower(first), micmac.dependencePower(first), micmac.cluster(first)));
    }
    this.nodes = nb.build();
    this.nodeOfFactor = new int[labels.size()];
    for (int i = 0; i < nodeOfFactor.length; i++) {
      nodeOfFactor[i] = c.componentOf(i);
    }
    int levelCount = partition.levelCount();
    List<List<Node>> byLevel = new ArrayList<>();
    for (int l = 0; l < levelCount; l++) {
      byLevel.add(new ArrayList<>());
    }
    for (Node node : nodes) {
      byLevel.get(node.level() - 1).add(node);
    }
    ImmutableList.Builder<List<Node>> lb = ImmutableList.builder();
    for (List<Node> level : byLevel) {
      lb.add(ImmutableList.copyOf(level));
    }
    this.levels = lb.build();

    Skeleton skeleton = Skeleton.of(c, Access.bits(frm));
    ImmutableList.Builder<Edge> eb = ImmutableList.builder();
    int count = 0;
    for (int comp = 0; comp < k; comp++) {
      int[] succ = skeleton.successors(comp);
      java.util.Arrays.sort(succ);
      for (int d : succ) {
        eb.add(new Edge(nodes.get(comp), nodes.get(d), EdgeKind.SKELETON));
        count++;
      }
    }
    this.skeletonEdgeCount = count;
    if (options.directLinks()) {
      for (int comp = 0; comp < k; comp++) {
        int[] succ = c.successors(comp);
        java.util.Arrays.sort(succ);
        for (int d : succ) {
          if (!skeleton.hasEdge(comp, d)) {
            eb.add(new Edge(nodes.get(comp), nodes.get(d), EdgeKind.DIRECT));
          }
        }
      }
    }
    this.edges = eb.build();

    ImmutableList.Builder<CycleLink> cb = ImmutableList.builder();
    if (options.cycleLinks()) {
      BitMatrix irm = Access.bits(frm.initial().orElse(frm));
      for (int comp = 0; comp < k; comp++) {
        if (!c.isCycle(comp)) {
          continue;
        }
        int[] members = c.members(comp);
        for (int u : members) {
          for (int v : members) {
            if (u != v && irm.get(u, v)) {
              cb.add(new CycleLink(labels.get(u), labels.get(v), nodes.get(comp)));
            }
          }
        }
      }
    }
    this.cycleLinks = cb.build();
  }

  /**
   * Builds the digraph from the parts of an analysis (what {@code IsmModel.digraph(Options)} does).
   *
   * @param frm the final reachability matrix ({@link ReachabilityMatrix#closure()})
   * @param levels the level partition of the same factors
   * @param micmac the MICMAC analysis of the same factors
   * @param options which links to add to the skeleton
   * @return the digraph
   * @throws IllegalArgumentException when {@code frm} is not a final reachability matrix or the
   *     parts are of different factors
   */
  public static LayeredDigraph of(ReachabilityMatrix frm, LevelPartition levels, Micmac micmac,
      Options options) {
    Objects.requireNonNull(frm, "frm");
    Objects.requireNonNull(levels, "levels");
    Objects.requireNonNull(micmac, "micmac");
    Objects.requireNonNull(options, "options");
    if (!frm.isFinal()) {
      throw new IllegalArgumentException(
          "the digraph needs the final reachability matrix: pass closure() of the IRM");
    }
    if (!levels.labels().equals(frm.labels()) || !micmac.labels().equals(frm.labels())) {
      throw new IllegalArgumentException("the matrix, the levels and MICMAC are of different factors");
    }
    return new LayeredDigraph(frm, levels, micmac, options);
  }

  /**
   * Returns the factors drawn.
   *
   * @return the labels in input order
   */
  public Labels labels() {
    return labels;
  }


  /**
   * Returns the options this digraph was built with.
   *
   * @return the options
   */
  public Options options() {
    return options;
  }

  /**
   * Returns the nodes, one per component, in component order. Immutable: a snapshot that never changes.
   *
   * @return the nodes; {@code nodes().get(c).component() == c}
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * Returns the node of a component.
   *
   * @param component a component index
   * @return its node
   */
  public Node node(int component) {
    return nodes.get(component);
  }

  /**
   * Returns the node that holds a factor.
   *
   * @param label a factor label
   * @return its node
   * @throws IllegalArgumentException for an unknown label
   */
  public Node nodeOf(String label) {
    return nodes.get(nodeOfFactor[labels.index(label)]);
  }

  /**
   * Returns the node that holds a factor.
   *
   * @param factor a factor index
   * @return its node
   */
  public Node nodeOf(int factor) {
    return nodes.get(nodeOfFactor[factor]);
  }

  /**
   * Returns the number of levels.
   *
   * @return 0 for an empty model
   */
  public int levelCount() {
    return levels.size();
  }

  /**
   * Returns the nodes of each level, level 1 (the top) first, each level in component order. Immutable: a snapshot that never changes.
   *
   * @return one list per level
   */
  public List<List<Node>> levels() {
    return levels;
  }

  /**
   * Returns the edges: the skeleton edges (sorted by source, then target component) followed by
   * the {@link EdgeKind#DIRECT direct links} when {@link Options#directLinks()} is set. Immutable: a snapshot that never changes.
   *
   * @return the edges between nodes
   */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * Returns the skeleton edges only: the transitive reduction of the component DAG. Immutable: a snapshot that never changes.
   *
   * @return the edges of kind {@link EdgeKind#SKELETON}
   */
  public List<Edge> skeletonEdges() {
    return edges.subList(0, skeletonEdgeCount);
  }

  /**
   * Returns the IRM links between members of one cycle, when {@link Options#cycleLinks()} is set. Immutable: a snapshot that never changes.
   *
   * @return the links, grouped by node in component order, then by source and target input order;
   *     empty when the option is off
   */
  public List<CycleLink> cycleLinks() {
    return cycleLinks;
  }

  /**
   * Returns the digraph as an unmodifiable JGraphT graph: vertices are node {@link Node#name()
   * names} in component order, edges are {@link #edges()} in order (cycle links are not included:
   * they would be self-loops).
   *
   * @return a snapshot: a new unmodifiable copy, built on each call
   */
  public Graph<String, DefaultEdge> asGraph() {
    Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (Node node : nodes) {
      g.addVertex(node.name());
    }
    for (Edge e : edges) {
      g.addEdge(e.source().name(), e.target().name());
    }
    return new AsUnmodifiableGraph<>(g);
  }

  /**
   * Returns the digraph as a Guava immutable graph: nodes are node {@link Node#name() names} in
   * component order, edges are {@link #edges()} (cycle links are not included).
   *
   * @return an immutable graph
   */
  public ImmutableGraph<String> asImmutableGraph() {
    ImmutableGraph.Builder<String> b = GraphBuilder.directed().allowsSelfLoops(false)
        .nodeOrder(ElementOrder.<String>insertion()).<String>immutable();
    for (Node node : nodes) {
      b.addNode(node.name());
    }
    for (Edge e : edges) {
      b.putEdge(e.source().name(), e.target().name());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "LayeredDigraph[" + nodes.size() + " nodes, " + levels.size() + " levels, "
        + skeletonEdgeCount + " skeleton edges]";
  }

  /** What an edge of the digraph stands for. */
  public enum EdgeKind {
    /** An edge of the transitive reduction of the component DAG. */
    SKELETON,
    /** A direct IRM link between two components that the skeleton already implies. */
    DIRECT
  }

  /**
   * An edge between two nodes.
   *
   * @param source the node it leaves (on the higher level)
   * @param target the node it enters (on the lower level)
   * @param kind skeleton edge or direct link
   */
  public record Edge(Node source, Node target, EdgeKind kind) {
    /**
     * Checks the fields.
     *
     * @param source the node it leaves
     * @param target the node it enters
     * @param kind its kind
     */
    public Edge {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(kind, "kind");
    }

    /**
     * Returns the number of levels the edge spans.
     *
     * @return {@code source.level() - target.level()}, at least 1
     */
    public int span() {
      return source.level() - target.level();
    }
  }

  /**
   * A direct IRM link between two members of one cycle.
   *
   * @param from the label of the influencing factor
   * @param to the label of the influenced factor
   * @param node the cycle node holding both
   */
  public record CycleLink(String from, String to, Node node) {
    /**
     * Checks the fields.
     *
     * @param from the influencing factor
     * @param to the influenced factor
     * @param node the cycle node
     */
    public CycleLink {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(node, "node");
    }
  }

  /**
   * Which links to show beside the skeleton. Immutable; start from {@link #defaults()}.
   *
   * @param directLinks whether to add the direct IRM links between components that the skeleton
   *     implies (edges of kind {@link EdgeKind#DIRECT})
   * @param cycleLinks whether to list the IRM links between members of a cycle
   */
  public record Options(boolean directLinks, boolean cycleLinks) {
    private static final Options DEFAULTS = new Options(false, false);

    /**
     * Returns the default options: the skeleton alone.
     *
     * @return no direct links, no cycle links
     */
    public static Options defaults() {
      return DEFAULTS;
    }

    /**
     * Returns these options with direct links shown or not.
     *
     * @param show whether to add the direct IRM links the skeleton implies
     * @return new options
     */
    public Options withDirectLinks(boolean show) {
      return new Options(show, cycleLinks);
    }

    /**
     * Returns these options with cycle links shown or not.
     *
     * @param show whether to list the IRM links inside a cycle
     * @return new options
     */
    public Options withCycleLinks(boolean show) {
      return new Options(directLinks, show);
    }
  }
}
