package org.ism4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;
import net.jqwik.api.Tuple;

/**
 * Shrinkable generators of {@link Adjacency} matrices for the properties. Every matrix is built from
 * parts jqwik shrinks on its own: the factor count, a density in percent, a hidden order of the
 * factors (one small key per factor, so shrinking tends to index order) and one boolean per
 * candidate cell (shrinking toward 0), or for large sparse matrices a list of candidate cells
 * (shrinking by dropping edges). On top of these parts, every matrix also shrinks by deleting
 * factors and edges, so a failure report shows a matrix in which no factor and no edge can go
 * (jqwik regenerates what a flatMap builds after a smaller count, which alone rarely still fails).
 *
 * <p>The factor count has the smallest sizes and the 64-bit word boundary (63, 64, 65) as edge
 * cases, where they lie in the range asked for.
 */
public final class Matrices {
  /**
   * The IRM of a 0/1 matrix: its cells with the diagonal set, factors numbered 1..n; the matrix is
   * not modified.
   */
  public static org.ism4j.reach.ReachabilityMatrix irm(boolean[][] m) {
    boolean[][] d = new boolean[m.length][];
    for (int i = 0; i < m.length; i++) {
      d[i] = m[i].clone();
      d[i][i] = true;
    }
    return org.ism4j.internal.Access.make(org.ism4j.reach.ReachabilityMatrix.class,
        org.ism4j.ssim.Labels.numbered(m.length), org.ism4j.internal.BitMatrix.of(d));
  }

  /** Above this many candidate cells, edges are drawn as a list instead of one boolean each. */
  private static final int MAX_CELLS = 80 * 80;

  private Matrices() {}

  /** Factor counts from {@code min} to {@code max}; 0, 1, 2, 63, 64, 65 and max as edge cases. */
  public static Arbitrary<Integer> sizes(int min, int max) {
    Integer[] edge = IntStream.of(0, 1, 2, 63, 64, 65, min, max)
        .filter(x -> x >= min && x <= max).distinct().boxed().toArray(Integer[]::new);
    return Arbitraries.integers().between(min, max).edgeCases(c -> c.add(edge));
  }

  /**
   * Every shape mixed: random digraphs (up to {@code maxPercent} of the cells), DAGs in a hidden
   * order, chains, one cycle through all factors, disjoint cycles linked forward.
   */
  public static Arbitrary<Adjacency> digraphs(int min, int max, int maxPercent) {
    return Arbitraries.<Adjacency>frequencyOf(
        Tuple.of(4, random(min, max, maxPercent)),
        Tuple.of(3, dags(min, max, maxPercent)),
        Tuple.of(1, chains(min, max)),
        Tuple.of(1, cycles(min, max)),
        Tuple.of(2, linkedCycles(min, max, maxPercent)));
  }

  /** Each ordered pair i ≠ j an edge with a drawn probability of 0 to {@code maxPercent} %. */
  public static Arbitrary<Adjacency> random(int min, int max, int maxPercent) {
    return deletable(min, Combinators.combine(sizes(min, max), percents(maxPercent)).flatAs((n, pct) ->
        picks(n * n, pct).map(cells -> {
          boolean[][] m = new boolean[n][n];
          for (int k : cells) {
            m[k / n][k % n] = true;
          }
          return new Adjacency("random " + pct + "%", m);
        })));
  }

  /** A DAG: edges only forward in a hidden order of the factors, so index order is not topological. */
  public static Arbitrary<Adjacency> dags(int min, int max, int maxPercent) {
    return deletable(min, Combinators.combine(sizes(min, max), percents(maxPercent)).flatAs((n, pct) ->
        Combinators.combine(order(n), picks(n * n, pct)).as((order, cells) -> {
          boolean[][] m = new boolean[n][n];
          forward(m, order, cells);
          return new Adjacency("dag " + pct + "%", m);
        })));
  }

  /** A chain through all factors in a hidden order, with a few forward shortcuts. */
  public static Arbitrary<Adjacency> chains(int min, int max) {
    return deletable(min, Combinators.combine(sizes(min, max), percents(10)).flatAs((n, pct) ->
        Combinators.combine(order(n), picks(n * n, pct)).as((order, cells) -> {
          boolean[][] m = new boolean[n][n];
          for (int k = 0; k + 1 < n; k++) {
            m[order.get(k)][order.get(k + 1)] = true;
          }
          forward(m, order, cells);
          return new Adjacency("chain " + pct + "%", m);
        })));
  }

  /** One cycle through all factors in a hidden order, with a few extra edges either way. */
  public static Arbitrary<Adjacency> cycles(int min, int max) {
    return deletable(min, Combinators.combine(sizes(min, max), percents(10)).flatAs((n, pct) ->
        Combinators.combine(order(n), picks(n * n, pct)).as((order, cells) -> {
          boolean[][] m = new boolean[n][n];
          for (int k = 0; k < n; k++) {
            m[order.get(k)][order.get((k + 1) % n)] = true;
          }
          for (int k : cells) {
            m[k / n][k % n] = true;
          }
          return new Adjacency("cycle " + pct + "%", m);
        })));
  }

  /**
   * Disjoint cycles (each factor in a drawn group, each group a ring in index order) with links
   * from lower to higher groups only, so the groups are exactly the strongly connected components
   * of two or more factors.
   */
  public static Arbitrary<Adjacency> linkedCycles(int min, int max, int maxPercent) {
    return deletable(min, Combinators.combine(sizes(min, max), percents(maxPercent)).flatAs((n, pct) ->
        Combinators.combine(groups(n), picks(n * n, pct)).as((group, cells) -> {
          boolean[][] m = new boolean[n][n];
          int[] first = new int[n + 1];
          int[] last = new int[n + 1];
          java.util.Arrays.fill(first, -1);
          for (int i = 0; i < n; i++) {
            int g = group.get(i);
            if (first[g] < 0) {
              first[g] = i;
            } else {
              m[last[g]][i] = true;
            }
            last[g] = i;
          }
          for (int g = 0; g <= n; g++) {
            if (first[g] >= 0 && first[g] != last[g]) {
              m[last[g]][first[g]] = true;
            }
          }
          for (int k : cells) {
            if (group.get(k / n) < group.get(k % n)) {
              m[k / n][k % n] = true;
            }
          }
          return new Adjacency("cycles " + pct + "%", m);
        })));
  }

  /**
   * Adds deletions to the shrinking of the parts: every shrink step may also drop a block of factors
   * (halves first, then single ones) or of edges, so a failure shrinks to a matrix in which no factor
   * and no edge can go. Factors never drop below {@code min}.
   */
  private static Arbitrary<Adjacency> deletable(int min, Arbitrary<Adjacency> parts) {
    return new Arbitrary<>() {
      @Override
      public RandomGenerator<Adjacency> generator(int genSize) {
        return parts.generator(genSize).mapShrinkable(s -> new Deletions(min, s, s.value()));
      }

      @Override
      public EdgeCases<Adjacency> edgeCases(int maxEdgeCases) {
        List<Supplier<Shrinkable<Adjacency>>> cases = new ArrayList<>();
        for (Supplier<Shrinkable<Adjacency>> c : parts.edgeCases(maxEdgeCases).suppliers()) {
          cases.add(() -> {
            Shrinkable<Adjacency> s = c.get();
            return new Deletions(min, s, s.value());
          });
        }
        return EdgeCases.fromSuppliers(cases);
      }
    };
  }

  /** A drawn matrix that shrinks by its parts and by deleting factors or edges. */
  private static final class Deletions implements Shrinkable<Adjacency> {
    private final int min;
    private final Shrinkable<Adjacency> parts;
    private final Adjacency value;

    Deletions(int min, Shrinkable<Adjacency> parts, Adjacency value) {
      this.min = min;
      this.parts = parts;
      this.value = value;
    }

    @Override
    public Adjacency value() {
      return value;
    }

    @Override
    public Stream<Shrinkable<Adjacency>> shrink() {
      int n = value.size();
      List<int[]> edges = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (value.get(i, j)) {
            edges.add(new int[] {i, j});
          }
        }
      }
      Stream<Shrinkable<Adjacency>> factors = blocks(n).filter(b -> n - (b[1] - b[0]) >= min)
          .map(b -> deleteFactors(b[0], b[1]));
      Stream<Shrinkable<Adjacency>> links = blocks(edges.size())
          .map(b -> deleteEdges(edges.subList(b[0], b[1])));
      // the parts' shrinks last and lazily (costly to start); Stream.concat, since a pulled
      // Stream.flatMap would compute every candidate of an inner stream at once
      Stream<Shrinkable<Adjacency>> byParts = parts == null ? Stream.empty()
          : StreamSupport.stream(() -> parts.shrink().map(s -> (Shrinkable<Adjacency>) new Deletions(
              min, s, s.value())).spliterator(), Spliterator.ORDERED, false);
      return Stream.concat(Stream.concat(factors, links), byParts);
    }

    /** Blocks [from, to) of 0..count-1: halves, quarters, ..., single elements. */
    private static Stream<int[]> blocks(int count) {
      List<int[]> out = new ArrayList<>();
      for (int size = Math.max(1, count / 2); size >= 1; size = size == 1 ? 0 : Math.max(1, size / 2)) {
        for (int from = 0; from < count; from += size) {
          out.add(new int[] {from, Math.min(count, from + size)});
        }
      }
      return out.stream();
    }

    private Shrinkable<Adjacency> deleteFactors(int from, int to) {
      int n = value.size();
      int k = n - (to - from);
      boolean[][] m = new boolean[k][k];
      for (int i = 0, a = 0; i < n; i++) {
        if (i >= from && i < to) {
          continue;
        }
        for (int j = 0, b = 0; j < n; j++) {
          if (j >= from && j < to) {
            continue;
          }
          m[a][b++] = value.get(i, j);
        }
        a++;
      }
      return new Deletions(min, null, new Adjacency(shrunk(), m));
    }

    private Shrinkable<Adjacency> deleteEdges(List<int[]> gone) {
      boolean[][] m = value.matrix();
      for (int[] e : gone) {
        m[e[0]][e[1]] = false;
      }
      return new Deletions(min, null, new Adjacency(shrunk(), m));
    }

    private String shrunk() {
      return value.shape().endsWith("(shrunk)") ? value.shape() : value.shape() + " (shrunk)";
    }

    @Override
    public ShrinkingDistance distance() {
      int edges = 0;
      for (int i = 0; i < value.size(); i++) {
        for (int j = 0; j < value.size(); j++) {
          edges += value.get(i, j) ? 1 : 0;
        }
      }
      ShrinkingDistance own = ShrinkingDistance.of(value.size(), edges);
      return parts == null ? own : own.append(parts.distance());
    }
  }

  private static Arbitrary<Integer> percents(int max) {
    return Arbitraries.integers().between(0, max);
  }

  /** A permutation of 0..n-1: factors sorted by a small key each, ties by index. */
  private static Arbitrary<List<Integer>> order(int n) {
    return Arbitraries.integers().between(0, n).list().ofSize(n).map(keys -> {
      List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
      order.sort(Comparator.comparing(keys::get));
      return order;
    });
  }

  /** A group number per factor; groups shrink toward 0 (one big cycle). */
  private static Arbitrary<List<Integer>> groups(int n) {
    return Arbitraries.integers().between(0, Math.max(0, n / 3)).list().ofSize(n);
  }

  /** Sets the candidate cells (a, b), a before b, as edges order[a] → order[b]. */
  private static void forward(boolean[][] m, List<Integer> order, List<Integer> cells) {
    int n = m.length;
    for (int k : cells) {
      int a = k / n;
      int b = k % n;
      if (a < b) {
        m[order.get(a)][order.get(b)] = true;
      }
    }
  }

  /** Some of the cells 0..count-1, each with probability {@code pct} %; shrinks toward none. */
  private static Arbitrary<List<Integer>> picks(int count, int pct) {
    if (count == 0 || pct == 0) {
      return Arbitraries.just(List.of());
    }
    if (count > MAX_CELLS) {
      int mean = (int) ((long) count * pct / 100);
      return Arbitraries.integers().between(0, count - 1).list().ofMaxSize(2 * mean)
          .withSizeDistribution(RandomDistribution.uniform());
    }
    Arbitrary<Boolean> cell = pct >= 100 ? Arbitraries.just(true)
        : Arbitraries.frequency(Tuple.of(100 - pct, false), Tuple.of(pct, true));
    return cell.list().ofSize(count).map(bits -> {
      List<Integer> cells = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        if (bits.get(k)) {
          cells.add(k);
        }
      }
      return cells;
    });
  }
}
