package org.ism4j.bench;

import com.google.common.graph.ImmutableGraph;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.TransitiveClosure;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The transitive closure of one input, by ism4j and by its peers, each on its own native data type.
 *
 * <ul>
 *   <li>{@code ism}: {@link TransitiveClosure#of} (strongly connected components, then one pass over
 *       the component DAG) on a {@link BitMatrix};
 *   <li>{@code bitWarshall}: {@link TransitiveClosure#warshall} (bit-parallel Warshall, O(n³/64));
 *   <li>{@code booleanWarshall}: textbook Warshall on {@code boolean[][]}, O(n³), copy included;
 *   <li>{@code jgrapht}: JGraphT 1.5.2 {@code TransitiveClosure.closeSimpleDirectedGraph} on a copy of
 *       a {@code SimpleDirectedGraph<Integer, DefaultEdge>} (it works in place; the copy is measured
 *       alone in {@link CopyBenchmark});
 *   <li>{@code guava}: Guava {@code Graphs.transitiveClosure} of an {@code ImmutableGraph<Integer>};
 *   <li>{@code ejml}: EJML {@code CommonOps_DDRM.mult} boolean squaring of a dense
 *       {@code DMatrixRMaj} (A + I) until it stops changing.
 * </ul>
 *
 * <p>Every implementation returns a new result and leaves its input untouched, so each operation
 * pays for producing a fresh closure (see {@link FloorBenchmark} for the cost of merely writing n²
 * bits). Inputs are built once per trial from fixed seeds ({@link Inputs}); in the same setup the
 * implementation runs once and its result is compared with {@link Reference#closure} (exactly, or
 * modulo the diagonal for JGraphT, whose closure of a simple graph has no self-loops). Combinations
 * listed in {@link Feasibility} throw in setup; run the matrix with {@code benchmarks/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ClosureBenchmark {
  @Param({"ism", "bitWarshall", "booleanWarshall", "jgrapht", "guava", "ejml"})
  public String impl;

  @Param({"sparse", "dag", "chain", "dense"})
  public String shape;

  @Param({"17", "100", "1000", "10000"})
  public int n;

  private Supplier<Object> op;

  /** Builds the input in the implementation's native form and checks one result. */
  @Setup(Level.Trial)
  public void setUp() {
    Feasibility.check(ClosureBenchmark.class, impl, shape, n);
    BitMatrix adjacency = Inputs.adjacency(Inputs.Shape.valueOf(shape), n);
    BitMatrix expected = Reference.closure(adjacency);
    String what = "impl=" + impl + " shape=" + shape + " n=" + n;
    switch (impl) {
      case "ism":
        {
          op = () -> TransitiveClosure.of(adjacency);
          Reference.check(what, TransitiveClosure.of(adjacency), expected, false);
          break;
        }
      case "bitWarshall":
        {
          op = () -> TransitiveClosure.warshall(adjacency);
          Reference.check(what, TransitiveClosure.warshall(adjacency), expected, false);
          break;
        }
      case "booleanWarshall":
        {
          boolean[][] in = Peers.toBooleans(adjacency);
          op = () -> Peers.booleanWarshall(in);
          Reference.check(what, BitMatrix.of(Peers.booleanWarshall(in)), expected, false);
          break;
        }
      case "jgrapht":
        {
          SimpleDirectedGraph<Integer, DefaultEdge> in = Peers.toJgrapht(adjacency);
          op = () -> Peers.jgrapht(in);
          // JGraphT adds no self-loops: compare modulo the diagonal
          Reference.check(what, Peers.fromJgrapht(Peers.jgrapht(in), n), expected, true);
          if (in.edgeSet().size() != adjacency.cardinality()) {
            throw new IllegalStateException(what + ": JGraphT closed its input in place");
          }
          break;
        }
      case "guava":
        {
          ImmutableGraph<Integer> in = Peers.toGuava(adjacency);
          op = () -> Peers.guava(in);
          // Guava adds a self-loop on every node: reflexive, compared exactly
          Reference.check(what, Peers.fromGuava(Peers.guava(in), n), expected, false);
          break;
        }
      case "ejml":
        {
          DMatrixRMaj in = Peers.toEjmlWithIdentity(adjacency);
          op = () -> Peers.ejml(in);
          Reference.check(what, Peers.fromEjml(Peers.ejml(in)), expected, false);
          if (!Peers.fromEjml(in).equals(Inputs.withDiagonal(adjacency))) {
            throw new IllegalStateException(what + ": EJML closure modified its input");
          }
          break;
        }
      default:
        throw new IllegalArgumentException("unknown impl '" + impl + "', expected one of "
            + Feasibility.IMPLS);
    }
  }

  /**
   * One closure.
   *
   * @return the new closure, in the implementation's native form
   */
  @Benchmark
  public Object closure() {
    return op.get();
  }
}
