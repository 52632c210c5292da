package org.ism4j.internal;

import java.util.Arrays;

/**
 * The skeleton of an ISM model: the transitive reduction of its component DAG. Edge (C, D) is kept
 * when D is a direct successor of C and no other direct successor of C reaches D, so no edge is
 * implied by a path through other components. Immutable and thread-safe.
 *
 * <p>Computed from the {@link Condensation} and the closure in O(e·n/64) for e edges of the
 * component DAG: for each component C, its direct successors are walked in topological order while
 * the closure rows of the successors kept so far are OR-ed together; a successor whose first member
 * is already in that OR is reached through an earlier successor (an edge can only be implied by a
 * successor earlier in topological order), else it is a skeleton edge and its row joins the OR. A
 * successor skipped as redundant need not join the OR: the row of the successor that reaches it
 * already holds its row.
 *
 * <p>The reflexive transitive closure of the skeleton equals the closure of the original matrix,
 * restricted to components, and the skeleton is the smallest graph with that property.
 */
public final class Skeleton {
  private final int[] start;
  private final int[] targets;

  private Skeleton(int[] start, int[] targets) {
    this.start = start;
    this.targets = targets;
  }

  /**
   * Computes the skeleton.
   *
   * @param c the condensation of the matrix
   * @param closure the reflexive transitive closure of the same matrix (for example
   *     {@code TransitiveClosure.of(c)} or a final reachability matrix); not modified
   * @return the skeleton
   * @throws IllegalArgumentException when the sizes differ
   */
  public static Skeleton of(Condensation c, BitMatrix closure) {
    if (closure.size() != c.factorCount()) {
      throw new IllegalArgumentException("closure of " + closure.size() + " factors for a condensation of "
          + c.factorCount());
    }
    int k = c.componentCount();
    int[] members = c.memberArray();
    int[] memberStart = c.memberStartArray();
    int[] successors = c.successorArray();
    int[] successorStart = c.successorStartArray();
    long[] seen = new long[BitMatrix.wordsFor(c.factorCount())];
    int[] start = new int[k + 1];
    int[] targets = new int[successors.length];
    int used = 0;
    for (int comp = 0; comp < k; comp++) {
      start[comp] = used;
      int from = successorStart[comp];
      int to = successorStart[comp + 1];
      if (to - from == 1) {
        targets[used++] = successors[from];
        continue;
      }
      Arrays.fill(seen, 0L);
      for (int s = from; s < to; s++) {
        int d = successors[s];
        int rep = members[memberStart[d]];
        if ((seen[rep >>> 6] & (1L << rep)) == 0) {
          targets[used++] = d;
          long[] row = closure.rows[rep];
          for (int w = 0; w < seen.length; w++) {
            seen[w] |= row[w];
          }
        }
      }
    }
    start[k] = used;
    return new Skeleton(start, Arrays.copyOf(targets, used));
  }

  /**
   * Returns the number of components.
   *
   * @return k
   */
  public int componentCount() {
    return start.length - 1;
  }

  /**
   * Returns the number of skeleton edges.
   *
   * @return the number of edges of the transitive reduction
   */
  public int edgeCount() {
    return targets.length;
  }

  /**
   * Returns the number of skeleton successors of a component.
   *
   * @param component a component index
   * @return its out-degree in the skeleton
   */
  public int successorCount(int component) {
    return start[component + 1] - start[component];
  }

  /**
   * Returns one skeleton successor of a component without copying.
   *
   * @param component a component index
   * @param i the position among its skeleton successors, below {@link #successorCount(int)}
   * @return a component index; successors come in topological order
   */
  public int successor(int component, int i) {
    if (i < 0 || i >= successorCount(component)) {
      throw new IndexOutOfBoundsException("skeleton successor " + i + " of component " + component);
    }
    return targets[start[component] + i];
  }

  /**
   * Returns the skeleton successors of a component.
   *
   * @param component a component index
   * @return a new array of component indices, in topological order
   */
  public int[] successors(int component) {
    return Arrays.copyOfRange(targets, start[component], start[component + 1]);
  }

  /**
   * Returns whether (from, to) is a skeleton edge.
   *
   * @param from a component index
   * @param to a component index
   * @return whether from reaches to directly and through no other component
   */
  public boolean hasEdge(int from, int to) {
    for (int p = start[from]; p < start[from + 1]; p++) {
      if (targets[p] == to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the edges as {@code [from, to]} component index pairs, sorted by {@code from}, then by
   * {@code to}.
   *
   * @return a new array of pairs
   */
  public int[][] edges() {
    int[][] out = new int[targets.length][];
    int e = 0;
    for (int comp = 0; comp < componentCount(); comp++) {
      int[] succ = successors(comp);
      Arrays.sort(succ);
      for (int d : succ) {
        out[e++] = new int[] {comp, d};
      }
    }
    return out;
  }
}
