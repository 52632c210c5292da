package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ism4j.Reference;
import org.jgrapht.Graph;
import org.jgrapht.alg.TransitiveReduction;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;

/** The skeleton (transitive reduction of the component DAG) against short references. */
class SkeletonProperties {

  private static boolean[][] randomModel(int n, double p, long seed, boolean acyclic) {
    return acyclic ? Reference.randomDag(n, p, seed) : Reference.randomDigraph(n, p, seed);
  }

  /** Edge (C, D) of the component DAG is kept iff no other direct successor of C reaches D. */
  private static boolean[][] referenceReduction(Condensation c, boolean[][] closure) {
    int k = c.componentCount();
    boolean[][] keep = new boolean[k][k];
    for (int comp = 0; comp < k; comp++) {
      for (int d : c.successors(comp)) {
        boolean implied = false;
        for (int other : c.successors(comp)) {
          if (other != d && closure[c.firstMember(other)][c.firstMember(d)]) {
            implied = true;
          }
        }
        keep[comp][d] = !implied;
      }
    }
    return keep;
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
  void skeletonEqualsTheBooleanDefinition(@ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @DoubleRange(min = 0, max = 0.3) double p, @ForAll long seed, @ForAll boolean acyclic) {
    boolean[][] m = randomModel(n, p, seed, acyclic);
    boolean[][] closure = Reference.closure(m);
    Condensation c = Condensation.of(BitMatrix.of(m));
    Skeleton s = Skeleton.of(c, TransitiveClosure.of(c));
    assertArrayEquals(referenceReduction(c, closure), asMatrix(s));
  }

  @Property(tries = 200)
  void skeletonEqualsJgraphtTransitiveReductionOfTheCondensation(
      @ForAll @IntRange(min = 0, max = 60) int n, @ForAll @DoubleRange(min = 0, max = 0.3) double p,
      @ForAll long seed, @ForAll boolean acyclic) {
    boolean[][] m = randomModel(n, p, seed, acyclic);
    Condensation c = Condensation.of(BitMatrix.of(m));
    Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int comp = 0; comp < c.componentCount(); comp++) {
      g.addVertex(comp);
    }
    for (int comp = 0; comp < c.componentCount(); comp++) {
      for (int d : c.successors(comp)) {
        g.addEdge(comp, d);
      }
    }
    TransitiveReduction.INSTANCE.reduce(g);
    Skeleton s = Skeleton.of(c, BitMatrix.of(Reference.closure(m)));
    assertEquals(g.edgeSet().size(), s.edgeCount());
    for (DefaultEdge e : g.edgeSet()) {
      assertTrue(s.hasEdge(g.getEdgeSource(e), g.getEdgeTarget(e)));
    }
  }

  @Property(tries = 300)
  void closureOfTheSkeletonIsTheFrmRestrictedToComponents(@ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @DoubleRange(min = 0, max = 0.3) double p, @ForAll long seed, @ForAll boolean acyclic) {
    boolean[][] m = randomModel(n, p, seed, acyclic);
    boolean[][] frm = Reference.closure(m);
    Condensation c = Condensation.of(BitMatrix.of(m));
    Skeleton s = Skeleton.of(c, TransitiveClosure.of(c));
    boolean[][] skeletonClosure = Reference.closure(asMatrix(s));
    int k = c.componentCount();
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        assertEquals(frm[c.firstMember(a)][c.firstMember(b)], skeletonClosure[a][b], a + "->" + b);
      }
    }
  }

  @Property(tries = 300)
  void noSkeletonEdgeIsImpliedByTwoOthers(@ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @DoubleRange(min = 0, max = 0.4) double p, @ForAll long seed, @ForAll boolean acyclic) {
    boolean[][] m = randomModel(n, p, seed, acyclic);
    Condensation c = Condensation.of(BitMatrix.of(m));
    Skeleton s = Skeleton.of(c, TransitiveClosure.of(c));
    boolean[][] e = asMatrix(s);
    boolean[][] reach = Reference.closure(e);
    int k = c.componentCount();
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        if (!e[a][b]) {
          continue;
        }
        for (int mid = 0; mid < k; mid++) {
          assertFalse(mid != a && mid != b && e[a][mid] && e[mid][b], a + "->" + mid + "->" + b);
          // stronger: no path of any length through another component
          assertFalse(mid != a && mid != b && e[a][mid] && reach[mid][b], a + "->" + mid + "~>" + b);
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
