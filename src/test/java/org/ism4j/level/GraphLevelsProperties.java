package org.ism4j.level;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Adjacency;
import org.ism4j.IsmAnalyzer;
import org.ism4j.Matrices;
import org.ism4j.Reference;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** {@link LevelPartition#of(Graph)}, from edges alone, against the textbook partition. */
class GraphLevelsProperties {
  @Provide
  Arbitrary<Adjacency> models() {
    return Matrices.digraphs(0, 140, 20);
  }

  static Graph<Integer, DefaultEdge> graph(boolean[][] m) {
    Graph<Integer, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (int i = 0; i < m.length; i++) {
      g.addVertex(i);
    }
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        if (m[i][j]) {
          g.addEdge(i, j);
        }
      }
    }
    return g;
  }

  @Property(tries = 200)
  void levelsFromTheEdgesEqualTheTextbookPartition(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    boolean[][] irm = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      irm[i] = m[i].clone();
      irm[i][i] = true;
    }
    LevelPartition p = IsmAnalyzer.level(graph(m));
    assertArrayEquals(Reference.levels(Reference.closure(irm)), p.levelsByFactor().toArray());
  }

  /**
   * The graph's vertices are labels "1".."n", and every edge is added with fresh equal copies of
   * them (so the edge walk must match vertices by equality, not identity); the levels equal those
   * of the SSIM with the same links.
   */
  @Property(tries = 200)
  void levelsOfAGraphEqualLevelsOfTheSsimWithTheSameLinks(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (int i = 0; i < m.length; i++) {
      g.addVertex(String.valueOf(i + 1));
    }
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        if (m[i][j]) {
          g.addEdge(new String(String.valueOf(i + 1)), new String(String.valueOf(j + 1)));
        }
      }
    }
    LevelPartition expected = IsmAnalyzer.level(Matrices.irm(m).toSsim());
    LevelPartition p = IsmAnalyzer.level(g);
    assertEquals(expected.levels(), p.levels());
    assertEquals(expected.levelsByFactor(), p.levelsByFactor());
  }

  /** A vertex whose hash code is the same for all: every lookup has to probe past the others. */
  record Clash(int id) {
    @Override
    public int hashCode() {
      return 7;
    }

    @Override
    public String toString() {
      return "v" + id;
    }
  }

  @Property(tries = 50)
  void verticesWithEqualHashCodesAreStillTold(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    Graph<Clash, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (int i = 0; i < m.length; i++) {
      g.addVertex(new Clash(i));
    }
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        if (m[i][j]) {
          g.addEdge(new Clash(i), new Clash(j));
        }
      }
    }
    assertArrayEquals(IsmAnalyzer.level(graph(m)).levelsByFactor().toArray(),
        LevelPartition.of(g).levelsByFactor().toArray());
  }

  @Test
  void selfLoopsAndParallelEdgesChangeNothingAndIterationsAgree() {
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (String v : List.of("A", "B", "C")) {
      g.addVertex(v);
    }
    g.addEdge("A", "B");
    g.addEdge("A", "B");
    g.addEdge("B", "B");
    g.addEdge("B", "C");
    g.addEdge("C", "B");
    LevelPartition p = LevelPartition.of(g);
    assertEquals(List.of(Set.of("B", "C"), Set.of("A")), p.levels());
    assertEquals(2, p.iterations().size());
  }

  @Test
  void anUndirectedGraphIsRefused() {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    g.addVertex("A");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LevelPartition.of(g));
    assertEquals("the graph must be directed (an edge u → v: u reaches v)", e.getMessage());
  }
}
