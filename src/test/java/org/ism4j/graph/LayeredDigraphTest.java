package org.ism4j.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.graph.ImmutableGraph;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ism4j.TsvExamples;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.LayeredDigraph.EdgeKind;
import org.ism4j.graph.LayeredDigraph.Options;
import org.ism4j.micmac.Cluster;
import org.ism4j.ssim.Ssim;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class LayeredDigraphTest {

  private static IsmModel diamondWithShortcut() {
    return IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").v("A", "B").v("A", "C").v("B", "D")
        .v("C", "D").v("A", "D").build());
  }

  private static IsmModel twoCycles() {
    // {P, F} cycle → {S, T, C} cycle → Adoption → Outcomes; P → Outcomes is implied
    return IsmAnalyzer.analyze(Ssim.builder("P", "F", "S", "T", "C", "Adoption", "Outcomes", "Lone")
        .x("P", "F").v("F", "S").v("F", "T").x("S", "C").x("C", "T").v("S", "Adoption")
        .v("Adoption", "Outcomes").v("P", "Outcomes").build());
  }

  private static List<String> edgeNames(List<Edge> edges) {
    return edges.stream().map(e -> e.source().name() + "->" + e.target().name()).collect(Collectors.toList());
  }

  @Test
  void aChainIsOneNodePerLevelJoinedByItsLinks() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build());
    LayeredDigraph d = m.digraph();
    assertEquals(4, d.levelCount());
    assertEquals(List.of("A->B", "B->C", "C->D"), edgeNames(d.edges()));
    assertEquals("D", d.levels().get(0).get(0).name());
    assertEquals(4, d.nodeOf("A").level());
    assertTrue(d.edges().stream().allMatch(e -> e.span() == 1));
  }

  @Test
  void theShortcutOfADiamondIsNotASkeletonEdgeButADirectLinkOnRequest() {
    IsmModel m = diamondWithShortcut();
    assertEquals(List.of("A->B", "A->C", "B->D", "C->D"), edgeNames(m.digraph().edges()));
    LayeredDigraph all = m.digraph(Options.defaults().withDirectLinks(true));
    assertEquals(List.of("A->B", "A->C", "B->D", "C->D", "A->D"), edgeNames(all.edges()));
    assertEquals(EdgeKind.DIRECT, all.edges().get(4).kind());
    assertEquals(2, all.edges().get(4).span());
    assertEquals(4, all.skeletonEdges().size());
  }

  @Test
  void aCycleIsOneNodeListingItsMembersOnItsLevel() {
    LayeredDigraph d = twoCycles().digraph();
    assertEquals(List.of("{P, F}", "{S, T, C}", "Adoption", "Outcomes", "Lone"),
        d.nodes().stream().map(Node::name).collect(Collectors.toList()));
    Node cycle = d.nodeOf("C");
    assertSame(cycle, d.nodeOf("S"));
    assertEquals(List.of("S", "T", "C"), cycle.members());
    assertTrue(cycle.isCycle());
    assertEquals(3, cycle.level());
    assertEquals(List.of("{P, F}->{S, T, C}", "{S, T, C}->Adoption", "Adoption->Outcomes"), edgeNames(d.edges()));
    assertEquals(List.of("Outcomes", "Lone"), d.levels().get(0).stream().map(Node::name).collect(Collectors.toList()));
  }

  @Test
  void cycleLinksAreTheIrmLinksInsideEachCycle() {
    LayeredDigraph d = twoCycles().digraph(Options.defaults().withCycleLinks(true));
    List<String> links = d.cycleLinks().stream().map(l -> l.from() + "->" + l.to()).collect(Collectors.toList());
    assertEquals(List.of("P->F", "F->P", "S->C", "T->C", "C->S", "C->T"), links);
    assertEquals(List.of(), twoCycles().digraph().cycleLinks());
  }

  @Test
  void nodesCarryTheirMembersMicmacPowers() {
    IsmModel m = twoCycles();
    for (Node node : m.digraph().nodes()) {
      for (String member : node.members()) {
        assertEquals(m.micmac().drivingPower(member), node.drivingPower());
        assertEquals(m.micmac().dependencePower(member), node.dependencePower());
        assertEquals(m.micmac().cluster(member), node.cluster());
      }
    }
  }

  @Test
  void bankingSeventeenIsOneCycleOfAllSeventeenFactorsWithNoEdge() {
    IsmModel m = IsmAnalyzer.analyze(TsvExamples.ssim("banking-17"));
    LayeredDigraph d = m.digraph(Options.defaults().withCycleLinks(true).withDirectLinks(true));
    assertEquals(1, d.nodes().size());
    assertEquals(17, d.node(0).size());
    assertEquals(1, d.node(0).level());
    assertEquals(List.of(), d.edges());
    assertEquals(153 - 17, d.cycleLinks().size(), "every off-diagonal IRM one is a link inside the cycle");
    assertEquals(Cluster.LINKAGE, d.node(0).cluster());
  }

  @Test
  void aCycleNameThatCollidesWithALabelGetsItsComponentNumber() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "{A, B}").x("A", "B").v("A", "{A, B}").build());
    LayeredDigraph d = m.digraph();
    assertEquals("{A, B} #1", d.node(0).name());
    assertEquals("{A, B}", d.node(1).name());
    assertEquals(2, d.asGraph().vertexSet().size());
  }

  @Test
  void graphViewsHoldTheNodesAndEdgesAndCannotBeChanged() {
    LayeredDigraph d = diamondWithShortcut().digraph(Options.defaults().withDirectLinks(true));
    Graph<String, DefaultEdge> g = d.asGraph();
    assertEquals(List.of("A", "B", "C", "D"), List.copyOf(g.vertexSet()));
    assertEquals(5, g.edgeSet().size());
    assertTrue(g.containsEdge("A", "D"));
    assertThrows(UnsupportedOperationException.class, () -> g.addVertex("E"));
    assertThrows(UnsupportedOperationException.class, () -> g.removeEdge("A", "B"));
    ImmutableGraph<String> guava = d.asImmutableGraph();
    assertEquals(Set.copyOf(g.vertexSet()), guava.nodes());
    assertEquals(5, guava.edges().size());
    assertTrue(guava.hasEdgeConnecting("A", "D"));
    assertTrue(guava.isDirected());
    for (DefaultEdge e : g.edgeSet()) {
      assertTrue(guava.hasEdgeConnecting(g.getEdgeSource(e), g.getEdgeTarget(e)));
    }
  }

  @Test
  void anEmptyModelHasNoNodesAndNoLevels() {
    LayeredDigraph d = IsmAnalyzer.analyze(Ssim.builder(List.of()).build()).digraph();
    assertEquals(0, d.nodes().size());
    assertEquals(0, d.levelCount());
    assertEquals(0, d.asGraph().vertexSet().size());
  }
}
