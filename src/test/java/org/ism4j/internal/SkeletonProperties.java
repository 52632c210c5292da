package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Adjacency;
import org.ism4j.Matrices;
import org.ism4j.Reference;
import org.jgrapht.Graph;
import org.jgrapht.alg.TransitiveReduction;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;

/** The skeleton (transitive reduction of the component DAG) against short references. */
class SkeletonProperties {

  @Provide
  Arbitrary<Adjacency> models() {
    return Matrices.digraphs(0, 70, 30);
  }

  /** The textbook skeleton: the transitive reduction of the component graph, by mutual reachability. */
  private static boolean[][] referenceSkeleton(boolean[][] m) {
    return Reference.transitiveReduction(Reference.condensation(m, Reference.components(m)));
  }

  private static boolean[][] asMatrix(Skeleton s) {
    int k = s.componentCount();
    boolean[][] m = new boolean[k][k];
    for (int comp = 0; comp < k; comp++) {
      for (int d : s.successors(comp)) {
        m[comp][d] = true;
      }
    }
    return m;
  }

  @Property(tries = 400)
  void skeletonEqualsTheTransitiveReductionOfTheCondensation(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    Condensation c = Condensation.of(BitMatrix.of(m));
    Skeleton s = Skeleton.of(c, TransitiveClosure.of(c));
    assertArrayEquals(referenceSkeleton(m), asMatrix(s));
  }

  @Property(tries = 200)
  void skeletonEqualsJgraphtTransitiveReductionOfTheCondensation(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    boolean[][] dag = Reference.condensation(m, Reference.components(m));
    Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int comp = 0; comp < dag.length; comp++) {
      g.addVertex(comp);
    }
    for (int comp = 0; comp < dag.length; comp++) {
      for (int d = 0; d < dag.length; d++) {
        if (dag[comp][d]) {
          g.addEdge(comp, d);
        }
      }
    }
    TransitiveReduction.INSTANCE.reduce(g);
    Skeleton s = Skeleton.of(Condensation.of(BitMatrix.of(m)), BitMatrix.of(Reference.closure(m)));
    assertEquals(g.edgeSet().size(), s.edgeCount());
    for (DefaultEdge e : g.edgeSet()) {
      assertTrue(s.hasEdge(g.getEdgeSource(e), g.getEdgeTarget(e)));
    }
  }

  @Property(tries = 300)
  void closureOfTheSkeletonIsTheFrmRestrictedToComponents(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    boolean[][] frm = Reference.closure(m);
    int[] comp = Reference.components(m);
    Condensation c = Condensation.of(BitMatrix.of(m));
    Skeleton s = Skeleton.of(c, TransitiveClosure.of(c));
    boolean[][] skeletonClosure = Reference.closure(asMatrix(s));
    assertEquals(Reference.componentCount(comp), skeletonClosure.length);
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        assertEquals(frm[i][j], skeletonClosure[comp[i]][comp[j]], i + "->" + j);
      }
    }
  }

  @Property(tries = 300)
  void noSkeletonEdgeIsImpliedByTwoOthers(@ForAll("models") Adjacency a) {
    Condensation c = Condensation.of(BitMatrix.of(a.matrix()));
    Skeleton s = Skeleton.of(c, TransitiveClosure.of(c));
    boolean[][] e = asMatrix(s);
    boolean[][] reach = Reference.closure(e);
    int k = c.componentCount();
    for (int x = 0; x < k; x++) {
      for (int y = 0; y < k; y++) {
        if (!e[x][y]) {
          continue;
        }
        for (int mid = 0; mid < k; mid++) {
          assertFalse(mid != x && mid != y && e[x][mid] && e[mid][y], x + "->" + mid + "->" + y);
          // stronger: no path of any length through another component
          assertFalse(mid != x && mid != y && e[x][mid] && reach[mid][y], x + "->" + mid + "~>" + y);
        }
      }
    }
  }

  @Test
  void aDiamondWithAShortcutKeepsFourEdges() {
    // A→B, A→C, B→D, C→D, A→D (shortcut)
    boolean[][] m = new boolean[4][4];
    m[0][1] = m[0][2] = m[1][3] = m[2][3] = m[0][3] = true;
    Condensation c = Condensation.of(BitMatrix.of(m));
    Skeleton s = Skeleton.of(c, TransitiveClosure.of(c));
    assertEquals(4, s.edgeCount());
    assertFalse(s.hasEdge(0, 3));
    assertArrayEquals(new int[][] {{0, 1}, {0, 2}, {1, 3}, {2, 3}}, s.edges());
  }
}
