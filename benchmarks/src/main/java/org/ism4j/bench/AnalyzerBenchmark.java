package org.ism4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.ism4j.IsmAnalyzer;
import org.ism4j.level.LevelPartition;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.internal.TransitiveClosure;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;
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
 * The level partition end to end, {@link IsmAnalyzer#level(Ssim)} and
 * {@link IsmAnalyzer#level(ReachabilityMatrix)} and {@link IsmAnalyzer#level(org.jgrapht.Graph)},
 * on the banking-17 example and on random models; and
 * the parsing of the banking-17 SSIM text, measured apart ({@link #parseBanking17}).
 *
 * <p>Models ({@code model} parameter): {@code banking-17} (parsed in setup from the bundled copy of
 * {@code examples/banking-17/ssim.tsv}); {@code sparse-1000}, {@code sparse-10000}: the
 * {@link Inputs.Shape#sparse} digraphs of {@link ClosureBenchmark} (~10 links per factor, nearly one
 * strongly connected component, so one or two levels); {@code dag-1000}, {@code dag-10000}: its
 * {@link Inputs.Shape#dag} inputs, which have many levels. Each model's partition is checked in setup
 * against a textbook partition of the closure (R(i) ∩ A(i) = R(i) among the factors left).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class AnalyzerBenchmark {
  /** The banking-17 SSIM, a copy of {@code examples/banking-17/ssim.tsv}. */
  static final String BANKING_17 = "/banking-17-ssim.tsv";

  /** A model, ready as an SSIM and as an initial reachability matrix. */
  @State(Scope.Benchmark)
  public static class Model {
    @Param({"banking-17", "sparse-1000", "sparse-10000", "dag-1000", "dag-10000"})
    public String model;

    Ssim ssim;
    ReachabilityMatrix irm;
    SimpleDirectedGraph<Integer, DefaultEdge> graph;

    /** Builds the model and checks its partition. */
    @Setup(Level.Trial)
    public void setUp() {
      if (model.equals("banking-17")) {
        ssim = Ssim.parse(resource(BANKING_17));
        irm = ReachabilityMatrix.initial(ssim);
      } else {
        int dash = model.indexOf('-');
        Inputs.Shape shape = Inputs.Shape.valueOf(model.substring(0, dash));
        int n = Integer.parseInt(model.substring(dash + 1));
        BitMatrix adjacency = Inputs.adjacency(shape, n);
        // the benchmark runs on the classpath, where the library's internal package is reachable
        irm = Access.make(ReachabilityMatrix.class, Labels.numbered(n), Inputs.withDiagonal(adjacency));
        ssim = irm.toSsim();
      }
      graph = Peers.toJgrapht(Access.bits(irm)); // the same links, no self-loops
      int[] expected = textbookLevels(TransitiveClosure.of(Access.bits(irm)));
      check("level(Graph)", IsmAnalyzer.level(graph).levelsByFactor().toArray(), expected);
      check("level(Ssim)", IsmAnalyzer.level(ssim).levelsByFactor().toArray(), expected);
      check("level(ReachabilityMatrix)", IsmAnalyzer.level(irm).levelsByFactor().toArray(), expected);
    }

    private void check(String what, int[] actual, int[] expected) {
      if (!Arrays.equals(actual, expected)) {
        throw new IllegalStateException(
            model + ": " + what + " differs from the textbook partition of the closure");
      }
    }
  }

  /** The banking-17 SSIM as text. */
  @State(Scope.Benchmark)
  public static class Text {
    String banking17;

    /** Reads the text and checks that it parses to 17 factors. */
    @Setup(Level.Trial)
    public void setUp() {
      banking17 = resource(BANKING_17);
      int n = Ssim.parse(banking17).size();
      if (n != 17) {
        throw new IllegalStateException("banking-17 parsed to " + n + " factors");
      }
    }
  }

  /**
   * Levels from an SSIM: initial reachability, condensation, component levels.
   *
   * @param m the model
   * @return the partition
   */
  @Benchmark
  public LevelPartition levelSsim(Model m) {
    return IsmAnalyzer.level(m.ssim);
  }

  /**
   * Levels from an initial reachability matrix.
   *
   * @param m the model
   * @return the partition
   */
  @Benchmark
  public LevelPartition levelIrm(Model m) {
    return IsmAnalyzer.level(m.irm);
  }

  /**
   * Levels from the same links as a JGraphT {@code SimpleDirectedGraph<Integer, DefaultEdge>}
   * (vertices 0..n-1 in input order): the edge walk into adjacency lists, then the condensation.
   *
   * @param m the model
   * @return the partition
   */
  @Benchmark
  public LevelPartition levelGraph(Model m) {
    return IsmAnalyzer.level(m.graph);
  }

  /**
   * Parsing the banking-17 SSIM text ({@code Ssim.parse(String)}).
   *
   * @param t the text
   * @return the SSIM
   */
  @Benchmark
  public Ssim parseBanking17(Text t) {
    return Ssim.parse(t.banking17);
  }

  static String resource(String name) {
    try (InputStream in = AnalyzerBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " missing from the benchmark jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The textbook level partition of a final reachability matrix: repeatedly, the factors i left
   * whose reachability set R(i) equals R(i) ∩ A(i) (both restricted to the factors left) form the
   * next level. Word-parallel, O(levels · n² / 64).
   *
   * @param frm a reflexive, transitively closed matrix
   * @return every factor's level, 1 for the top
   */
  static int[] textbookLevels(BitMatrix frm) {
    int n = frm.size();
    BitMatrix antecedents = frm.transpose();
    long[] left = new long[BitMatrix.wordsFor(n)];
    for (int i = 0; i < n; i++) {
      left[i >>> 6] |= 1L << i;
    }
    int[] level = new int[n];
    int assigned = 0;
    for (int l = 1; assigned < n; l++) {
      long[] next = new long[left.length];
      for (int i = 0; i < n; i++) {
        if ((left[i >>> 6] & (1L << i)) == 0) {
          continue;
        }
        long[] r = frm.rowWords(i);
        long[] a = antecedents.rowWords(i);
        boolean top = true;
        for (int w = 0; w < left.length && top; w++) {
          top = (r[w] & left[w] & ~a[w]) == 0;
        }
        if (top) {
          level[i] = l;
          next[i >>> 6] |= 1L << i;
          assigned++;
        }
      }
      boolean any = false;
      for (int w = 0; w < left.length; w++) {
        any |= next[w] != 0;
        left[w] &= ~next[w];
      }
      if (!any) {
        throw new IllegalStateException("textbook partition stuck at level " + l);
      }
    }
    return level;
  }
}
