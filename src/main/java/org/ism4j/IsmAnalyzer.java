package org.ism4j;

import java.util.Objects;
import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Micmac;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Ssim;
import org.jgrapht.Graph;

/**
 * The one-line entry points of ism4j.
 *
 * <pre>{@code
 * Ssim ssim = Ssim.parse(Path.of("model.tsv"));
 * LevelPartition p = IsmAnalyzer.level(ssim);       // levels only: fastest
 * IsmModel m = IsmAnalyzer.analyze(ssim);           // IRM, FRM, components, levels, MICMAC
 * }</pre>
 *
 * <p>All methods are thread-safe and return immutable values.
 */
public final class IsmAnalyzer {
  private IsmAnalyzer() {}

  /**
   * Partitions the factors of an SSIM into levels, without building the final reachability matrix
   * (it is built on demand for {@link LevelPartition#iterations()}).
   *
   * @param ssim the SSIM
   * @return the level partition
   * @throws IllegalArgumentException when the SSIM has more factors than the default limit
   */
  public static LevelPartition level(Ssim ssim) {
    return level(ssim, IsmOptions.defaults());
  }

  /**
   * Partitions the factors of a reachability matrix into levels.
   *
   * @param irm an initial (or final) reachability matrix
   * @return the level partition
   * @throws IllegalArgumentException when the matrix has more factors than the default limit
   */
  public static LevelPartition level(ReachabilityMatrix irm) {
    return level(irm, IsmOptions.defaults());
  }

  /**
   * Partitions the vertices of a directed JGraphT graph into levels straight from its edges, for
   * programs that hold their model as a graph: no n×n matrix is built (O(n + m)) until
   * {@link LevelPartition#iterations()} asks for one. See {@link LevelPartition#of(Graph)}.
   *
   * @param graph a directed graph; an edge u → v means u reaches v; labels are the vertices'
   *     {@code String.valueOf}
   * @param <V> the vertex type
   * @param <E> the edge type
   * @return the level partition
   * @throws IllegalArgumentException when the graph is undirected, two vertices print the same
   *     label, or it has more vertices than the default factor limit
   */
  public static <V, E> LevelPartition level(Graph<V, E> graph) {
    Objects.requireNonNull(graph, "graph");
    checkLimit(graph.vertexSet().size(), IsmOptions.defaults());
    return LevelPartition.of(graph);
  }

  /**
   * Partitions the factors of an SSIM into levels under the given options (their factor limit and
   * partition direction).
   *
   * @param ssim the SSIM
   * @param options the options
   * @return the level partition
   * @throws IllegalArgumentException when the SSIM has more factors than {@code options.maxFactors()}
   */
  public static LevelPartition level(Ssim ssim, IsmOptions options) {
    checkLimit(ssim.size(), options);
    return LevelPartition.of(ReachabilityMatrix.initial(ssim), options.partitionDirection());
  }

  /**
   * Partitions the factors of a reachability matrix into levels under the given options (their
   * factor limit and partition direction).
   *
   * @param irm an initial (or final) reachability matrix
   * @param options the options
   * @return the level partition
   * @throws IllegalArgumentException when the matrix has more factors than {@code options.maxFactors()}
   */
  public static LevelPartition level(ReachabilityMatrix irm, IsmOptions options) {
    checkLimit(irm.size(), options);
    return LevelPartition.of(irm, options.partitionDirection());
  }

  /**
   * Analyses an SSIM with the default options.
   *
   * @param ssim the SSIM
   * @return the model
   * @throws IllegalArgumentException when the SSIM has more factors than the default limit
   */
  public static IsmModel analyze(Ssim ssim) {
    return analyze(ssim, IsmOptions.defaults());
  }

  /**
   * Analyses an SSIM.
   *
   * @param ssim the SSIM
   * @param options the options
   * @return the model
   * @throws IllegalArgumentException when the SSIM has more factors than {@code options.maxFactors()}
   */
  public static IsmModel analyze(Ssim ssim, IsmOptions options) {
    checkLimit(ssim.size(), options);
    return analyze(ReachabilityMatrix.initial(ssim), options);
  }

  /**
   * Analyses an initial reachability matrix.
   *
   * @param irm the IRM (a final one is analysed as an IRM that is already closed)
   * @param options the options
   * @return the model
   * @throws IllegalArgumentException when the matrix has more factors than {@code options.maxFactors()}
   */
  public static IsmModel analyze(ReachabilityMatrix irm, IsmOptions options) {
    Objects.requireNonNull(irm, "irm");
    checkLimit(irm.size(), options);
    ReachabilityMatrix initial = irm.isFinal() ? ReachabilityMatrix.initial(irm.toSsim()) : irm;
    // the components are found once: the IRM keeps them and its closure shares them
    LevelPartition levels = LevelPartition.of(initial, options.partitionDirection());
    Micmac micmac = Micmac.of(initial.closure(), options.splitRule());
    return new IsmModel(initial.toSsim(), initial, levels, micmac, options);
  }

  private static void checkLimit(int n, IsmOptions options) {
    Objects.requireNonNull(options, "options");
    if (n > options.maxFactors()) {
      throw new IllegalArgumentException(n + " factors exceed the limit of " + options.maxFactors()
          + " (raise it with IsmOptions.withMaxFactors)");
    }
  }
}
