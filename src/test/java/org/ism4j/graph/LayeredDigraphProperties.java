package org.ism4j.graph;

import org.ism4j.internal.Access;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.Reference;
import org.ism4j.graph.LayeredDigraph.Edge;
import org.ism4j.graph.LayeredDigraph.Options;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;

/** The digraph of random models: edges go down the levels and their closure is the FRM. */
class LayeredDigraphProperties {

  static IsmModel model(boolean[][] m) {
    int n = m.length;
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add("f" + i);
      m[i][i] = true;
    }
    return IsmAnalyzer.analyze(Access.make(ReachabilityMatrix.class, Labels.of(labels), BitMatrix.of(m)), IsmOptions.defaults());
  }

  @Property(tries = 150)
  void edgesGoDownTheLevelsAndTheGraphViewReachesExactlyAsTheFrm(
      @ForAll @IntRange(min = 0, max = 40) int n, @ForAll @DoubleRange(min = 0, max = 0.25) double p,
      @ForAll long seed, @ForAll boolean acyclic, @ForAll boolean direct) {
    boolean[][] m = acyclic ? Reference.randomDag(n, p, seed) : Reference.randomDigraph(n, p, seed);
    IsmModel model = model(m);
    LayeredDigraph d = model.digraph(Options.defaults().withDirectLinks(direct));
    int members = 0;
    for (Node node : d.nodes()) {
      members += node.size();
      for (String label : node.members()) {
        assertEquals(model.levels().levelOf(label), node.level());
      }
    }
    assertEquals(n, members);
    for (Edge e : d.edges()) {
      assertTrue(e.span() >= 1, "an edge goes from a higher level to a lower one");
    }
    for (int l = 1; l < d.levelCount(); l++) {
      for (Node node : d.levels().get(l)) {
        boolean below = d.skeletonEdges().stream()
            .anyMatch(e -> e.source() == node && e.target().level() == node.level() - 1);
        assertTrue(below, "a node above level 1 has a skeleton edge to the level just below");
      }
    }
    Graph<String, DefaultEdge> g = d.asGraph();
    DijkstraShortestPath<String, DefaultEdge> paths = new DijkstraShortestPath<>(g);
    for (Node a : d.nodes()) {
      for (Node b : d.nodes()) {
        boolean reaches = paths.getPath(a.name(), b.name()) != null;
        assertEquals(model.finalReachability().reaches(a.members().get(0), b.members().get(0)), reaches);
      }
    }
  }
}
