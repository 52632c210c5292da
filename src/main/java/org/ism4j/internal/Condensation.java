package org.ism4j.internal;

import java.util.Arrays;

/**
 * The strongly connected components of a reachability (or adjacency) matrix and the directed acyclic
 * graph between them. Immutable and thread-safe.
 *
 * <p>Components are numbered 0..k-1 by the input position of their first member, so component 0
 * holds factor 0; members are listed in input order. A factor on no cycle is a component of its own.
 * The successor lists are the direct edges of the component DAG (from the matrix's off-diagonal
 * bits), deduplicated and sorted in topological order (sources first).
 *
 * <p>Built by an iterative Tarjan search (no recursion, so a chain of 100,000 factors needs no deep
 * stack): over adjacency lists when they are smaller than the bit rows (4 bytes an edge, O(n + m)
 * after one O(n²/64) scan), else straight over the bit rows through word masks. Over adjacency lists
 * the successor lists come from a counting sort on topological rank (no comparison sort). Memory a
 * few {@code int}s per factor and two per DAG edge.
 */
public final class Condensation {
  private final int n;
  private final int[] componentOf;
  private final int[] memberStart;
  private final int[] members;
  private final int[] topologicalOrder;
  private final int[] topologicalRank;
  private final int[] successorStart;
  private final int[] successors;

  private Condensation(int n, int[] componentOf, int[] memberStart, int[] members,
      int[] topologicalOrder, int[] successorStart, int[] successors) {
    this.n = n;
    this.componentOf = componentOf;
    this.memberStart = memberStart;
    this.members = members;
    this.topologicalOrder = topologicalOrder;
    this.topologicalRank = new int[topologicalOrder.length];
    for (int r = 0; r < topologicalOrder.length; r++) {
      topologicalRank[topologicalOrder[r]] = r;
    }
    this.successorStart = successorStart;
    this.successors = successors;
  }

  /**
   * Computes the condensation of a matrix; bit (i, j) is an edge i → j, the diagonal is ignored.
   *
   * @param m the matrix, not modified
   * @return its condensation
   */
  public static Condensation of(BitMatrix m) {
    int n = m.size();
    // sparse input: adjacency lists (4 bytes an edge) when they are smaller than the bit rows
    int[][] adjacency = Tarjan.adjacency(m);
    int[] start = adjacency == null ? null : adjacency[0];
    int[] targets = adjacency == null ? null : adjacency[1];
    return build(n, m, start, targets);
  }

  /**
   * The condensation straight over the bit rows, for a matrix whose adjacency lists
   * {@link Tarjan#adjacency} has already declined (dense input): the same result as
   * {@link #of(BitMatrix)} without a second attempt at the lists.
   */
  static Condensation ofBitRows(BitMatrix m) {
    return build(m.size(), m, null, null);
  }

  /**
   * Computes the condensation of a graph given as adjacency lists, without any n×n matrix: the
   * targets of node i are {@code targets[start[i]..start[i + 1])}; self-loops and repeated targets
   * are allowed. O(n + m), the successor lists included.
   *
   * @param n the number of nodes
   * @param start n + 1 offsets into {@code targets}, not modified
   * @param targets the edge targets, each in [0, n), not modified
   * @return the condensation
   */
  public static Condensation of(int n, int[] start, int[] targets) {
    if (start.length != n + 1 || start[n] > targets.length) {
      throw new IllegalArgumentException("start must have n + 1 = " + (n + 1)
          + " offsets within targets (" + targets.length + ")");
    }
    return build(n, null, start, targets);
  }

  /** The condensation from adjacency lists ({@code start} non-null) or from the bit rows of m. */
  private static Condensation build(int n, BitMatrix m, int[] start, int[] targets) {
    int[] tarjan = start != null ? Tarjan.components(n, start, targets) : Tarjan.components(m);
    int count = 0;
    for (int c : tarjan) {
      count = Math.max(count, c + 1);
    }
    // renumber by first member; Tarjan numbers components sinks first (reverse topological order)
    int[] renumber = new int[count];
    Arrays.fill(renumber, -1);
    int[] componentOf = new int[n];
    int next = 0;
    int[] size = new int[count];
    for (int i = 0; i < n; i++) {
      int t = tarjan[i];
      if (renumber[t] < 0) {
        renumber[t] = next++;
      }
      componentOf[i] = renumber[t];
      size[componentOf[i]]++;
    }
    int[] memberStart = new int[count + 1];
    for (int c = 0; c < count; c++) {
      memberStart[c + 1] = memberStart[c] + size[c];
    }
    int[] fill = Arrays.copyOf(memberStart, count);
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      members[fill[componentOf[i]]++] = i;
    }
    int[] topologicalOrder = new int[count];
    for (int t = 0; t < count; t++) {
      topologicalOrder[count - 1 - t] = renumber[t];
    }
    int[] rank = new int[count];
    for (int r = 0; r < count; r++) {
      rank[topologicalOrder[r]] = r;
    }

    // the counting sort pays off with many components and more than about one link a factor (a
    // DAG); on a chain the lists are one long, and with a giant component most links stay inside
    // it, so one pass and a sort of each short list is cheaper than the counting sort's passes
    if (start != null && start[n] > n && 2 * count > n) {
      return listSuccessors(n, start, targets, componentOf, memberStart, members,
          topologicalOrder, rank);
    }
    // direct successor components, sorted by topological rank
    int[] successorStart = new int[count + 1];
    int[] successors = new int[Math.max(16, n)];
    int used = 0;
    int[] stamp = new int[count];
    long[] scratch = new long[BitMatrix.wordsFor(n)];
    int[] buffer = new int[16];
    for (int c = 0; c < count; c++) {
      successorStart[c] = used;
      int from = memberStart[c];
      int to = memberStart[c + 1];
      int found = 0;
      if (start != null) {
        for (int k = from; k < to; k++) {
          int u = members[k];
          for (int x = start[u]; x < start[u + 1]; x++) {
            int d = componentOf[targets[x]];
            if (d != c && stamp[d] != c + 1) {
              stamp[d] = c + 1;
              if (found == buffer.length) {
                buffer = Arrays.copyOf(buffer, found * 2);
              }
              buffer[found++] = rank[d];
            }
          }
        }
      } else if (to - from == 1) {
        long[] row = m.rows[members[from]];
        for (int w = 0; w < row.length; w++) {
          long word = row[w];
          while (word != 0) {
            int v = (w << 6) + Long.numberOfTrailingZeros(word);
            word &= word - 1;
            int d = componentOf[v];
            if (d != c && stamp[d] != c + 1) {
              stamp[d] = c + 1;
              if (found == buffer.length) {
                buffer = Arrays.copyOf(buffer, found * 2);
              }
              buffer[found++] = rank[d];
            }
          }
        }
      } else if (to - from < n) { // a component of every factor has no successor
        for (int k = from; k < to; k++) {
          long[] row = m.rows[members[k]];
          for (int w = 0; w < row.length; w++) {
            scratch[w] |= row[w];
          }
        }
        for (int w = 0; w < scratch.length; w++) {
          long word = scratch[w];
          scratch[w] = 0;
          while (word != 0) {
            int v = (w << 6) + Long.numberOfTrailingZeros(word);
            word &= word - 1;
            int d = componentOf[v];
            if (d != c && stamp[d] != c + 1) {
              stamp[d] = c + 1;
              if (found == buffer.length) {
                buffer = Arrays.copyOf(buffer, found * 2);
              }
              buffer[found++] = rank[d];
            }
          }
        }
      }
      Arrays.sort(buffer, 0, found);
      if (used + found > successors.length) {
        successors = Arrays.copyOf(successors, Math.max(successors.length * 2, used + found));
      }
      for (int k = 0; k < found; k++) {
        successors[used++] = topologicalOrder[buffer[k]];
      }
    }
    successorStart[count] = used;
    return new Condensation(n, componentOf, memberStart, members, topologicalOrder,
        successorStart, Arrays.copyOf(successors, used));
  }

  /**
   * The successor lists from adjacency lists without a comparison sort: the component edges are
   * bucketed by the topological rank of their target (a counting sort), and the buckets are then
   * dealt out to their source components in rank order, so each list comes out sorted; a repeated
   * edge between two components meets its twin at once and is dropped. O(n + m), sequential passes.
   */
  private static Condensation listSuccessors(int n, int[] start, int[] targets, int[] componentOf,
      int[] memberStart, int[] members, int[] topologicalOrder, int[] rank) {
    int count = memberStart.length - 1;
    int[] bucketStart = new int[count + 1];
    int[] successorStart = new int[count + 1];
    for (int u = 0; u < n; u++) {
      int cu = componentOf[u];
      for (int x = start[u], end = start[u + 1]; x < end; x++) {
        int d = componentOf[targets[x]];
        if (d != cu) {
          bucketStart[rank[d] + 1]++;
          successorStart[cu + 1]++;
        }
      }
    }
    for (int t = 0; t < count; t++) {
      bucketStart[t + 1] += bucketStart[t];
      successorStart[t + 1] += successorStart[t];
    }
    int total = bucketStart[count];
    int[] sources = new int[total];
    int[] fill = Arrays.copyOf(bucketStart, count);
    for (int u = 0; u < n; u++) {
      int cu = componentOf[u];
      for (int x = start[u], end = start[u + 1]; x < end; x++) {
        int d = componentOf[targets[x]];
        if (d != cu) {
          sources[fill[rank[d]]++] = cu;
        }
      }
    }
    // deal out in rank order: each source's list grows sorted; last[c] = 1 + rank last dealt to c
    int[] slot = Arrays.copyOf(successorStart, count);
    int[] last = new int[count];
    int[] successors = new int[total];
    for (int t = 0; t < count; t++) {
      int target = topologicalOrder[t];
      for (int x = bucketStart[t], end = bucketStart[t + 1]; x < end; x++) {
        int c = sources[x];
        if (last[c] != t + 1) {
          last[c] = t + 1;
          successors[slot[c]++] = target;
        }
      }
    }
    // close the gaps the dropped repeats left
    int used = 0;
    for (int c = 0; c < count; c++) {
      int from = successorStart[c];
      successorStart[c] = used;
      for (int x = from; x < slot[c]; x++) {
        successors[used++] = successors[x];
      }
    }
    successorStart[count] = used;
    return new Condensation(n, componentOf, memberStart, members, topologicalOrder,
        successorStart, used == total ? successors : Arrays.copyOf(successors, used));
  }

  /**
   * Returns the number of factors.
   *
   * @return n
   */
  public int factorCount() {
    return n;
  }

  /**
   * Returns the number of components.
   *
   * @return k, between 0 and n
   */
  public int componentCount() {
    return memberStart.length - 1;
  }

  /**
   * Returns the component of a factor.
   *
   * @param factor a factor index
   * @return its component index
   */
  public int componentOf(int factor) {
    return componentOf[factor];
  }

  /**
   * Returns the members of a component in input order.
   *
   * @param component a component index
   * @return a new array of factor indices, ascending
   */
  public int[] members(int component) {
    return Arrays.copyOfRange(members, memberStart[component], memberStart[component + 1]);
  }

  /**
   * Returns the size of a component.
   *
   * @param component a component index
   * @return its number of members
   */
  public int size(int component) {
    return memberStart[component + 1] - memberStart[component];
  }

  /**
   * Returns the first member (lowest input position) of a component.
   *
   * @param component a component index
   * @return a factor index
   */
  public int firstMember(int component) {
    return members[memberStart[component]];
  }

  /**
   * Returns whether a component is a cycle: more than one member.
   *
   * @param component a component index
   * @return whether its members reach each other
   */
  public boolean isCycle(int component) {
    return size(component) > 1;
  }

  /**
   * Returns the direct successors of a component in the component DAG, in topological order.
   *
   * @param component a component index
   * @return a new array of component indices
   */
  public int[] successors(int component) {
    return Arrays.copyOfRange(successors, successorStart[component], successorStart[component + 1]);
  }

  /**
   * Returns the number of direct successors of a component.
   *
   * @param component a component index
   * @return its out-degree in the component DAG
   */
  public int successorCount(int component) {
    return successorStart[component + 1] - successorStart[component];
  }

  /**
   * Returns the components in topological order: every edge goes from an earlier to a later one.
   *
   * @return a new array of component indices, sources first
   */
  public int[] topologicalOrder() {
    return topologicalOrder.clone();
  }

  /**
   * Returns the position of a component in {@link #topologicalOrder()}.
   *
   * @param component a component index
   * @return its rank, 0 for the first source
   */
  public int topologicalRank(int component) {
    return topologicalRank[component];
  }

  /**
   * Returns one direct successor of a component without copying: {@code successor(c, i)} for
   * {@code i < successorCount(c)}, in topological order.
   *
   * @param component a component index
   * @param i the position in its successor list
   * @return a successor component index
   */
  public int successor(int component, int i) {
    if (i < 0 || i >= successorCount(component)) {
      throw new IndexOutOfBoundsException("successor " + i + " of component " + component);
    }
    return successors[successorStart[component] + i];
  }

  /**
   * Returns one member of a component without copying: {@code member(c, i)} for
   * {@code i < size(c)}, ascending.
   *
   * @param component a component index
   * @param i the position among its members
   * @return a factor index
   */
  public int member(int component, int i) {
    if (i < 0 || i >= size(component)) {
      throw new IndexOutOfBoundsException("member " + i + " of component " + component);
    }
    return members[memberStart[component] + i];
  }

  // package-private views for the core, no copies
  int[] memberArray() {
    return members;
  }

  int[] memberStartArray() {
    return memberStart;
  }

  int[] successorArray() {
    return successors;
  }

  int[] successorStartArray() {
    return successorStart;
  }

  int[] topologicalOrderArray() {
    return topologicalOrder;
  }

  /**
   * Returns the level of every component: 1 for a sink, else 1 + the highest level among its
   * direct successors (the textbook partition's levels, numbered from the top). O(k + e) for k
   * components and e DAG edges.
   *
   * @return a new array indexed by component
   */
  public int[] levels() {
    int k = componentCount();
    int[] level = new int[k];
    for (int r = k - 1; r >= 0; r--) {
      int comp = topologicalOrder[r];
      int l = 1;
      for (int s = successorStart[comp], end = successorStart[comp + 1]; s < end; s++) {
        l = Math.max(l, level[successors[s]] + 1);
      }
      level[comp] = l;
    }
    return level;
  }
}