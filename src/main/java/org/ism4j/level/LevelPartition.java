package org.ism4j.level;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Condensation;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.jgrapht.Graph;

/**
 * The factors partitioned into levels: level 1 is the top of the digraph (factors that reach nothing
 * outside their own level), the highest level holds the root drivers. Immutable and thread-safe.
 *
 * <p>Levels come from the component DAG in O(n + m): a component's level is 1 + the highest level
 * among the components it reaches directly, sinks are level 1. This equals the textbook iterative
 * partition (a property test checks it); factors of one cycle always share a level. The textbook
 * iteration tables are computed on first call of {@link #iterations()}.
 *
 * <p>The {@link PartitionDirection#CAUSE_FIRST cause-first} partition is computed likewise: a
 * component's depth is the length of the longest path from a source to it, and its level, numbered
 * from the top, is the level count minus its depth (sources are on the last level). Both directions
 * give the same number of levels.
 */
public final class LevelPartition {
  private final Labels labels;
  private final int[] levelOf;
  private final List<Set<String>> levels;
  private final Supplier<ReachabilityMatrix> finalReachability;
  private final PartitionDirection direction;
  private volatile TextbookPartition textbook;

  private LevelPartition(Labels labels, int[] levelOf, int levelCount,
      Supplier<ReachabilityMatrix> finalReachability, PartitionDirection direction) {
    this.labels = labels;
    this.direction = direction;
    this.levelOf = levelOf;
    ImmutableSet.Builder<String>[] builders = newBuilders(levelCount);
    for (int i = 0; i < levelOf.length; i++) {
      builders[levelOf[i] - 1].add(labels.get(i));
    }
    ImmutableList.Builder<Set<String>> b = ImmutableList.builderWithExpectedSize(levelCount);
    for (ImmutableSet.Builder<String> builder : builders) {
      b.add(builder.build());
    }
    this.levels = b.build();
    this.finalReachability = finalReachability;
  }

  @SuppressWarnings("unchecked")
  private static ImmutableSet.Builder<String>[] newBuilders(int count) {
    ImmutableSet.Builder<String>[] builders =
        (ImmutableSet.Builder<String>[]) new ImmutableSet.Builder<?>[count];
    for (int l = 0; l < count; l++) {
      builders[l] = ImmutableSet.builder();
    }
    return builders;
  }

  /**
   * Partitions the factors of a reachability matrix (initial or final: the partition depends only on
   * what reaches what). O(n + m) once the strongly connected components are known; the matrix keeps
   * them, so its {@link ReachabilityMatrix#closure()} does not search again.
   *
   * @param m a reachability matrix
   * @return the partition
   */
  public static LevelPartition of(ReachabilityMatrix m) {
    return of(m, PartitionDirection.RESULT_FIRST);
  }

  /**
   * Partitions the factors of a reachability matrix by the given rule, in O(n + m) as
   * {@link #of(ReachabilityMatrix)}; levels are numbered from the top either way.
   *
   * @param m a reachability matrix
   * @param direction result-first (the textbook rule) or cause-first
   * @return the partition
   */
  public static LevelPartition of(ReachabilityMatrix m, PartitionDirection direction) {
    Objects.requireNonNull(m, "m");
    Objects.requireNonNull(direction, "direction");
    Condensation c = Access.condensation(m);
    int[] componentLevel = direction == PartitionDirection.RESULT_FIRST ? c.levels() : causeFirst(c);
    int[] levelOf = new int[m.size()];
    int levelCount = 0;
    for (int i = 0; i < levelOf.length; i++) {
      levelOf[i] = componentLevel[c.componentOf(i)];
      levelCount = Math.max(levelCount, levelOf[i]);
    }
    return new LevelPartition(m.labels(), levelOf, levelCount, m::closure, direction);
  }

  /** Cause-first levels from the top: level count − longest path from a source, per component. */
  private static int[] causeFirst(Condensation c) {
    int k = c.componentCount();
    int[] depth = new int[k];
    int deepest = 0;
    for (int comp : c.topologicalOrder()) {
      deepest = Math.max(deepest, depth[comp]);
      for (int s = 0; s < c.successorCount(comp); s++) {
        int next = c.successor(comp, s);
        depth[next] = Math.max(depth[next], depth[comp] + 1);
      }
    }
    int[] level = new int[k];
    for (int comp = 0; comp < k; comp++) {
      level[comp] = deepest + 1 - depth[comp];
    }
    return level;
  }

  /**
   * Returns the rule that extracted these levels.
   *
   * @return result-first or cause-first
   */
  public PartitionDirection direction() {
    return direction;
  }

  /**
   * Partitions the vertices of a directed JGraphT graph into levels, straight from its edges: no
   * n×n matrix is built (the components come from adjacency lists, O(n + m)), until
   * {@link #iterations()} asks for the final reachability matrix. An edge u → v means u reaches v;
   * self-loops and parallel edges change nothing.
   *
   * @param graph a directed graph; its vertices' {@code String.valueOf} are the labels, in the
   *     order of {@code vertexSet()}
   * @param <V> the vertex type
   * @param <E> the edge type
   * @return the partition
   * @throws IllegalArgumentException when the graph is undirected or two vertices print the same
   *     label
   */
  public static <V, E> LevelPartition of(Graph<V, E> graph) {
    Objects.requireNonNull(graph, "graph");
    if (!graph.getType().isDirected()) {
      throw new IllegalArgumentException("the graph must be directed (an edge u → v: u reaches v)");
    }
    List<V> vertices = new ArrayList<>(graph.vertexSet());
    int n = vertices.size();
    VertexIndex index = new VertexIndex(vertices);
    List<String> names = new ArrayList<>(n);
    for (V v : vertices) {
      names.add(String.valueOf(v));
    }
    Labels labels = Labels.of(names);
    // one walk over the edges, straight into the lists (no separate out-degree pass)
    int[] start = new int[n + 1];
    int[] list = new int[Math.max(16, 4 * n)];
    int e = 0;
    for (int i = 0; i < n; i++) {
      start[i] = e;
      for (E edge : graph.outgoingEdgesOf(vertices.get(i))) {
        if (e == list.length) {
          list = Arrays.copyOf(list, 2 * e);
        }
        list[e++] = index.indexOf(graph.getEdgeTarget(edge));
      }
    }
    start[n] = e;
    int[] targets = list;
    Condensation c = Condensation.of(n, start, targets);
    int[] componentLevel = c.levels();
    int[] levelOf = new int[n];
    int levelCount = 0;
    for (int i = 0; i < n; i++) {
      levelOf[i] = componentLevel[c.componentOf(i)];
      levelCount = Math.max(levelCount, levelOf[i]);
    }
    Supplier<ReachabilityMatrix> frm = Suppliers.memoize(() -> {
      BitMatrix.Builder b = BitMatrix.builder(n);
      for (int i = 0; i < n; i++) {
        b.set(i, i);
        for (int x = start[i]; x < start[i + 1]; x++) {
          b.set(i, targets[x]);
        }
      }
      return Access.make(ReachabilityMatrix.class, labels, b.build()).closure();
    });
    return new LevelPartition(labels, levelOf, levelCount, frm, PartitionDirection.RESULT_FIRST);
  }

  /**
   * Returns the levels, level 1 (the top) first; each level's factors in input order. Immutable: a snapshot that never changes.
   *
   * @return one set of labels per level
   */
  public List<Set<String>> levels() {
    return levels;
  }

  /**
   * Returns the number of levels.
   *
   * @return 0 for an empty model, else at least 1
   */
  public int levelCount() {
    return levels.size();
  }

  /**
   * Returns the level of a factor.
   *
   * @param label a factor label
   * @return its level, 1 for the top
   * @throws IllegalArgumentException for an unknown label
   */
  public int levelOf(String label) {
    return levelOf[labels.index(label)];
  }

  /**
   * Returns the level of a factor.
   *
   * @param factor a factor index
   * @return its level, 1 for the top
   */
  public int levelOf(int factor) {
    return levelOf[factor];
  }

  /**
   * Returns every factor's level.
   *
   * @return an immutable array indexed by factor
   */
  public ImmutableIntArray levelsByFactor() {
    return ImmutableIntArray.copyOf(levelOf);
  }

  /**
   * Returns the factors.
   *
   * @return the labels in input order
   */
  public Labels labels() {
    return labels;
  }

  /**
   * Returns the textbook iteration tables (R, A, R∩A per remaining factor per iteration) under this
   * partition's {@link #direction() rule}, computing them on first call. They assign the same levels
   * as {@link #levels()}; cause-first, iteration 1 assigns the last (bottom) level. Immutable: a snapshot
   * that never changes.
   *
   * @return the iterations, first first
   */
  public List<Iteration> iterations() {
    return textbook().iterations();
  }

  private TextbookPartition textbook() {
    TextbookPartition t = textbook;
    if (t == null) {
      synchronized (this) {
        t = textbook;
        if (t == null) {
          t = TextbookPartition.of(finalReachability.get(), direction);
          textbook = t;
        }
      }
    }
    return t;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int l = 0; l < levels.size(); l++) {
      sb.append("level ").append(l + 1).append(": ").append(levels.get(l)).append('\n');
    }
    return sb.toString();
  }

  /**
   * Vertex to input position for the edge walk of {@link #of(Graph)}: open addressing over the
   * vertices' hash codes in plain arrays (no map nodes, no boxed values), so a lookup touches the
   * slot arrays and the vertex itself; equal vertices match whether or not they are the same
   * instance (an edge may hold an equal copy of the vertex in {@code vertexSet()}).
   */
  private static final class VertexIndex {
    private final Object[] vertices;
    private final int[] slotHash;
    private final int[] slotIndex; // position + 1; 0 marks an empty slot
    private final int shift;

    VertexIndex(List<?> list) {
      int n = list.size();
      int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(Math.max(1, n))); // ≥ 2n slots
      this.vertices = list.toArray();
      this.slotHash = new int[1 << bits];
      this.slotIndex = new int[1 << bits];
      this.shift = 32 - bits;
      int mask = (1 << bits) - 1;
      for (int i = 0; i < n; i++) {
        int h = vertices[i].hashCode();
        int p = (h * 0x9E3779B9) >>> shift;
        while (slotIndex[p] != 0) {
          p = (p + 1) & mask;
        }
        slotHash[p] = h;
        slotIndex[p] = i + 1;
      }
    }

    int indexOf(Object v) {
      int h = v.hashCode();
      int mask = slotIndex.length - 1;
      for (int p = (h * 0x9E3779B9) >>> shift; ; p = (p + 1) & mask) {
        int i = slotIndex[p] - 1;
        if (i < 0) {
          throw new IllegalArgumentException("edge target " + v + " is not a vertex of the graph");
        }
        if (slotHash[p] == h && (vertices[i] == v || vertices[i].equals(v))) {
          return i;
        }
      }
    }
  }
}
