package org.ism4j.bench;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableGraph;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ism4j.internal.BitMatrix;
import org.jgrapht.alg.TransitiveClosure;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * The peer implementations of the transitive closure, each on its library's native data type, and
 * the conversions between those types and {@link BitMatrix} (used in setup and for checking only,
 * never inside a measured method).
 *
 * <p>Reflexivity differs between peers; every result is compared with ism4j's reflexive closure as
 * follows:
 *
 * <ul>
 *   <li>{@link #booleanWarshall} and {@link #ejml} set the diagonal themselves (IRM convention, as
 *       ism4j does): compared exactly;
 *   <li>Guava's {@code Graphs.transitiveClosure} adds a self-loop on every node: compared exactly;
 *   <li>JGraphT's {@code closeSimpleDirectedGraph} never adds self-loops (a simple graph has none,
 *       not even on a cycle): compared modulo the diagonal.
 * </ul>
 */
public final class Peers {
  private Peers() {}

  // ---------------------------------------------------------------- boolean[][] (textbook Warshall)

  /**
   * Returns the matrix as {@code boolean[][]}.
   *
   * @param m a matrix
   * @return a new array
   */
  public static boolean[][] toBooleans(BitMatrix m) {
    return m.toBooleanArray();
  }

  /**
   * Returns a copy of a {@code boolean[][]} with the diagonal set: the part of
   * {@link #booleanWarshall} that is not the algorithm.
   *
   * @param in a square matrix, not modified
   * @return a new array
   */
  public static boolean[][] copyWithDiagonal(boolean[][] in) {
    int n = in.length;
    boolean[][] m = new boolean[n][];
    for (int i = 0; i < n; i++) {
      m[i] = in[i].clone();
      m[i][i] = true;
    }
    return m;
  }

  /**
   * The textbook Warshall algorithm on {@code boolean[][]}, reflexive: copies the input (the
   * algorithm works in place), sets the diagonal, then for every k lets every row that reaches k take
   * row k. O(n³).
   *
   * @param in the adjacency, not modified
   * @return a new array holding the reflexive transitive closure
   */
  public static boolean[][] booleanWarshall(boolean[][] in) {
    boolean[][] m = copyWithDiagonal(in);
    int n = m.length;
    for (int k = 0; k < n; k++) {
      boolean[] mk = m[k];
      for (int i = 0; i < n; i++) {
        boolean[] mi = m[i];
        if (mi[k]) {
          for (int j = 0; j < n; j++) {
            mi[j] |= mk[j];
          }
        }
      }
    }
    return m;
  }

  // ---------------------------------------------------------------- JGraphT

  /**
   * Returns the matrix as a JGraphT simple digraph on vertices 0..n-1 (the diagonal is ignored).
   *
   * @param m a matrix
   * @return a new graph
   */
  public static SimpleDirectedGraph<Integer, DefaultEdge> toJgrapht(BitMatrix m) {
    SimpleDirectedGraph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int i = 0; i < m.size(); i++) {
      g.addVertex(i);
    }
    for (int i = 0; i < m.size(); i++) {
      for (int j : m.rowIndices(i)) {
        if (i != j) {
          g.addEdge(i, j);
        }
      }
    }
    return g;
  }

  /**
   * Returns a copy of a JGraphT graph: the part of {@link #jgrapht} that is not the algorithm.
   *
   * @param g a graph, not modified
   * @return a new graph with the same vertices and edges (the edge objects are shared)
   */
  public static SimpleDirectedGraph<Integer, DefaultEdge> copy(
      SimpleDirectedGraph<Integer, DefaultEdge> g) {
    SimpleDirectedGraph<Integer, DefaultEdge> copy = new SimpleDirectedGraph<>(DefaultEdge.class);
    org.jgrapht.Graphs.addGraph(copy, g);
    return copy;
  }

  /**
   * JGraphT's closure: copies the graph (JGraphT closes in place) and calls
   * {@code TransitiveClosure.INSTANCE.closeSimpleDirectedGraph} on the copy. Not reflexive.
   *
   * @param g the input graph, not modified
   * @return a new graph holding the (irreflexive) transitive closure
   */
  public static SimpleDirectedGraph<Integer, DefaultEdge> jgrapht(
      SimpleDirectedGraph<Integer, DefaultEdge> g) {
    SimpleDirectedGraph<Integer, DefaultEdge> copy = copy(g);
    TransitiveClosure.INSTANCE.closeSimpleDirectedGraph(copy);
    return copy;
  }

  /**
   * Returns a JGraphT graph on vertices 0..n-1 as a matrix.
   *
   * @param g the graph
   * @param n the number of vertices
   * @return bit (i, j) set for every edge i → j
   */
  public static BitMatrix fromJgrapht(SimpleDirectedGraph<Integer, DefaultEdge> g, int n) {
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (DefaultEdge e : g.edgeSet()) {
      b.set(g.getEdgeSource(e), g.getEdgeTarget(e));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- Guava

  /**
   * Returns the matrix as a Guava immutable directed graph on nodes 0..n-1, no self-loops.
   *
   * @param m a matrix
   * @return a new graph
   */
  public static ImmutableGraph<Integer> toGuava(BitMatrix m) {
    ImmutableGraph.Builder<Integer> b =
        GraphBuilder.directed().allowsSelfLoops(false).expectedNodeCount(m.size()).immutable();
    for (int i = 0; i < m.size(); i++) {
      b.addNode(i);
    }
    for (int i = 0; i < m.size(); i++) {
      for (int j : m.rowIndices(i)) {
        if (i != j) {
          b.putEdge(i, j);
        }
      }
    }
    return b.build();
  }

  /**
   * Guava's closure, {@code Graphs.transitiveClosure}: one traversal per node into a new immutable
   * graph; adds a self-loop on every node (reflexive).
   *
   * @param g the input graph, not modified
   * @return the closure
   */
  public static ImmutableGraph<Integer> guava(ImmutableGraph<Integer> g) {
    return Graphs.transitiveClosure(g);
  }

  /**
   * Returns a Guava graph on nodes 0..n-1 as a matrix.
   *
   * @param g the graph
   * @param n the number of nodes
   * @return bit (i, j) set for every edge i → j
   */
  public static BitMatrix fromGuava(com.google.common.graph.Graph<Integer> g, int n) {
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (Integer i : g.nodes()) {
      for (Integer j : g.successors(i)) {
        b.set(i, j);
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- EJML

  /**
   * Returns the matrix plus the identity as a dense EJML matrix of 0.0 and 1.0.
   *
   * @param m a matrix
   * @return a new n×n matrix
   */
  public static DMatrixRMaj toEjmlWithIdentity(BitMatrix m) {
    int n = m.size();
    DMatrixRMaj d = new DMatrixRMaj(n, n);
    for (int i = 0; i < n; i++) {
      for (int j : m.rowIndices(i)) {
        d.unsafe_set(i, j, 1.0);
      }
      d.unsafe_set(i, i, 1.0);
    }
    return d;
  }

  /**
   * Closure by repeated boolean squaring in EJML: R ← (R·R > 0), starting from A + I, until no entry
   * changes. Since R ⊇ I, R·R ⊇ R, and after k squarings R holds all paths of length ≤ 2^k, so at
   * most ⌈log₂ n⌉ + 1 products of O(n³) each ({@code CommonOps_DDRM.mult}, single-threaded).
   *
   * @param a the adjacency plus identity, not modified
   * @return a new matrix holding the reflexive transitive closure as 0.0 / 1.0
   */
  public static DMatrixRMaj ejml(DMatrixRMaj a) {
    int n = a.numRows;
    DMatrixRMaj r = a;
    DMatrixRMaj p = new DMatrixRMaj(n, n);
    while (true) {
      CommonOps_DDRM.mult(r, r, p);
      double[] pd = p.data;
      double[] rd = r.data;
      boolean changed = false;
      for (int x = 0; x < n * n; x++) {
        double v = pd[x] > 0 ? 1.0 : 0.0;
        pd[x] = v;
        changed |= v != rd[x];
      }
      if (!changed) {
        return p;
      }
      DMatrixRMaj old = r;
      r = p;
      p = old == a ? new DMatrixRMaj(n, n) : old;
    }
  }

  /**
   * Returns a dense EJML 0/1 matrix as a matrix.
   *
   * @param d the matrix
   * @return bit (i, j) set where d(i, j) &gt; 0
   */
  public static BitMatrix fromEjml(DMatrixRMaj d) {
    int n = d.numRows;
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (d.unsafe_get(i, j) > 0) {
          b.set(i, j);
        }
      }
    }
    return b.build();
  }
}
