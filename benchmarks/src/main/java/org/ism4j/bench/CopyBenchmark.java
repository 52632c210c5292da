package org.ism4j.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ism4j.internal.BitMatrix;
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
 * The input copy that {@link ClosureBenchmark} includes for the peers that close in place, measured
 * alone, so that the closure proper can be read as the difference:
 *
 * <ul>
 *   <li>{@code booleanWarshall}: clone every row of the {@code boolean[][]} and set the diagonal;
 *   <li>{@code jgrapht}: a new {@code SimpleDirectedGraph} plus {@code Graphs.addGraph}.
 * </ul>
 *
 * <p>Runs on the same inputs and skips the same combinations as {@link ClosureBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CopyBenchmark {
  @Param({"booleanWarshall", "jgrapht"})
  public String impl;

  @Param({"sparse", "dag", "chain", "dense"})
  public String shape;

  @Param({"17", "100", "1000", "10000"})
  public int n;

  private Supplier<Object> op;

  /** Builds the input in the implementation's native form. */
  @Setup(Level.Trial)
  public void setUp() {
    Feasibility.check(CopyBenchmark.class, impl, shape, n);
    BitMatrix adjacency = Inputs.adjacency(Inputs.Shape.valueOf(shape), n);
    switch (impl) {
      case "booleanWarshall":
        {
          boolean[][] in = Peers.toBooleans(adjacency);
          op = () -> Peers.copyWithDiagonal(in);
          break;
        }
      case "jgrapht":
        {
          SimpleDirectedGraph<Integer, DefaultEdge> in = Peers.toJgrapht(adjacency);
          op = () -> Peers.copy(in);
          if (!Peers.fromJgrapht(Peers.copy(in), n).equals(adjacency)) {
            throw new IllegalStateException("JGraphT copy differs from its input");
          }
          break;
        }
      default:
        throw new IllegalArgumentException(
            "unknown impl '" + impl + "', expected booleanWarshall or jgrapht");
    }
  }

  /**
   * One copy.
   *
   * @return the copy
   */
  @Benchmark
  public Object copy() {
    return op.get();
  }
}
