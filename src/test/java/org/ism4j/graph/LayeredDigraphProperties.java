package org.ism4j.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Adjacency;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.Matrices;
import org.ism4j.Reference;
import org.ism4j.graph.LayeredDigraph.CycleLink;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.LayeredDigraph.EdgeKind;
import org.ism4j.graph.LayeredDigraph.Options;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;

/**
 * The digraph of drawn models against the textbook computations on the boolean matrix: components by
 * mutual reachability, the iterative level partition, the transitive reduction of the condensation.
 */
class LayeredDigraphProperties {

  @Provide
  Arbitrary<Adjacency> models() {
    return Matrices.digraphs(0, 40, 25);
  }

  private static String label(int i) {
    return "f" + i;
  }

  static LayeredDigraph digraph(Adjacency a, Options options) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      labels.add(label(i));
    }
    ReachabilityMatrix irm =
        Access.make(ReachabilityMatrix.class, Labels.of(labels), BitMatrix.of(a.withDiagonal()));
    IsmModel model = IsmAnalyzer.analyze(irm, IsmOptions.defaults());
    return model.digraph(options);
  }

  private static List<String> pairs(boolean[][] rel) {
    List<String> out = new ArrayList<>();
    for (int x = 0; x < rel.length; x++) {
      for (int y = 0; y < rel.length; y++) {
        if (rel[x][y]) {
          out.add(x + "->" + y);
        }
      }
    }
    return out;
  }

  private static List<String> pairs(List<Edge> edges, EdgeKind kind) {
    return edges.stream().filter(e -> e.kind() == kind)
        .map(e -> e.source().component() + "->" + e.target().component()).toList();
  }

  @Property(tries = 200)
  void nodesLevelsAndEdgesAreTheTextbookOnes(@ForAll("models") Adjacency a,
      @ForAll boolean direct, @ForAll boolean cycles) {
    boolean[][] m = a.matrix();
    int n = m.length;
    boolean[][] frm = Reference.closure(m);
    int[] comp = Reference.components(m);
    int k = Reference.componentCount(comp);
    int[] level = Reference.levels(frm);
    int[] driving = Reference.rowSums(frm);
    int[] dependence = Reference.columnSums(frm);
    boolean[][] condensation = Reference.condensation(m, comp);
    boolean[][] skeleton = Reference.transitiveReduction(condensation);

    LayeredDigraph d = digraph(a, Options.defaults().withDirectLinks(direct).withCycleLinks(cycles));

    // nodes: one per component, members in input order, the member's level and powers
    assertEquals(k, d.nodes().size(), "components");
    int levelCount = 0;
    for (int c = 0; c < k; c++) {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (comp[i] == c) {
          members.add(label(i));
        }
      }
      Node node = d.node(c);
      int first = Integer.parseInt(members.get(0).substring(1));
      assertEquals(members, node.members(), "members of component " + c);
      assertEquals(members.size() > 1, node.isCycle(), "cycle " + c);
      assertEquals(level[first], node.level(), "level of " + node.name());
      assertEquals(driving[first], node.drivingPower(), "driving power of " + node.name());
      assertEquals(dependence[first], node.dependencePower(), "dependence power of " + node.name());
      levelCount = Math.max(levelCount, level[first]);
    }
    for (int i = 0; i < n; i++) {
      assertEquals(comp[i], d.nodeOf(i).component(), "node of " + label(i));
    }
    assertEquals(levelCount, d.levelCount());
    for (int l = 1; l <= levelCount; l++) {
      List<Integer> expected = new ArrayList<>();
      for (int c = 0; c < k; c++) {
        if (d.node(c).level() == l) {
          expected.add(c);
        }
      }
      assertEquals(expected, d.levels().get(l - 1).stream().map(Node::component).toList(),
          "level " + l);
    }

    // edges: the transitive reduction of the condensation, then the direct links it implies
    assertEquals(pairs(skeleton), pairs(d.skeletonEdges(), EdgeKind.SKELETON), "skeleton");
    assertEquals(d.skeletonEdges(), d.edges().subList(0, d.skeletonEdges().size()));
    boolean[][] implied = new boolean[k][k];
    for (int x = 0; x < k; x++) {
      for (int y = 0; y < k; y++) {
        implied[x][y] = direct && condensation[x][y] && !skeleton[x][y];
      }
    }
    assertEquals(pairs(implied), pairs(d.edges(), EdgeKind.DIRECT), "direct links");
    for (Edge e : d.edges()) {
      assertTrue(e.span() >= 1, "an edge goes from a higher level to a lower one");
    }

    // cycle links: the IRM links inside a component, by component, then source and target
    List<String> expectedCycleLinks = new ArrayList<>();
    for (int c = 0; c < k && cycles; c++) {
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          if (comp[u] == c && comp[v] == c && u != v && m[u][v]) {
            expectedCycleLinks.add(label(u) + "->" + label(v) + " in " + c);
          }
        }
      }
    }
    List<String> cycleLinks = new ArrayList<>();
    for (CycleLink link : d.cycleLinks()) {
      cycleLinks.add(link.from() + "->" + link.to() + " in " + link.node().component());
    }
    assertEquals(expectedCycleLinks, cycleLinks, "cycle links");
  }

  @Property(tries = 150)
  void aNodeAboveLevelOneHasASkeletonEdgeToTheLevelJustBelowAndTheGraphReachesAsTheFrm(
      @ForAll("models") Adjacency a, @ForAll boolean direct) {
    boolean[][] frm = Reference.closure(a.matrix());
    LayeredDigraph d = digraph(a, Options.defaults().withDirectLinks(direct));
    for (int l = 1; l < d.levelCount(); l++) {
      for (Node node : d.levels().get(l)) {
        boolean below = d.skeletonEdges().stream()
            .anyMatch(e -> e.source() == node && e.target().level() == node.level() - 1);
        assertTrue(below, node.name() + " has a skeleton edge to the level just below");
      }
    }
    Graph<String, DefaultEdge> g = d.asGraph();
    DijkstraShortestPath<String, DefaultEdge> paths = new DijkstraShortestPath<>(g);
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.size(); j++) {
        boolean reaches = paths.getPath(d.nodeOf(i).name(), d.nodeOf(j).name()) != null;
        assertEquals(frm[i][j], reaches, label(i) + " reaches " + label(j));
      }
    }
  }
}
