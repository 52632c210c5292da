package org.ism4j;

import org.ism4j.graph.LayeredDigraph;
import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Micmac;
import org.ism4j.reach.Condensation;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.reach.Skeleton;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/**
 * Everything an ISM analysis computes: the SSIM, the initial and final reachability matrices, the
 * strongly connected components, the level partition and MICMAC. Immutable and thread-safe; made by
 * {@link IsmAnalyzer#analyze(Ssim, IsmOptions)}.
 */
public final class IsmModel {
  private final Ssim ssim;
  private final ReachabilityMatrix initial;
  private final ReachabilityMatrix reachability;
  private final Condensation condensation;
  private final LevelPartition levels;
  private final Micmac micmac;
  private final IsmOptions options;
  private volatile Skeleton skeleton;
  private volatile LayeredDigraph digraph;

  IsmModel(Ssim ssim, ReachabilityMatrix initial, ReachabilityMatrix reachability,
      Condensation condensation, LevelPartition levels, Micmac micmac, IsmOptions options) {
    this.ssim = ssim;
    this.initial = initial;
    this.reachability = reachability;
    this.condensation = condensation;
    this.levels = levels;
    this.micmac = micmac;
    this.options = options;
  }

  /**
   * Returns the factors.
   *
   * @return the labels in input order
   */
  public Labels labels() {
    return ssim.labels();
  }

  /**
   * Returns the number of factors.
   *
   * @return n
   */
  public int size() {
    return ssim.size();
  }

  /**
   * Returns the SSIM analysed (for a model read from an IRM, the SSIM that IRM encodes).
   *
   * @return the SSIM
   */
  public Ssim ssim() {
    return ssim;
  }

  /**
   * Returns the initial reachability matrix (IRM).
   *
   * @return the IRM
   */
  public ReachabilityMatrix initialReachability() {
    return initial;
  }

  /**
   * Returns the final reachability matrix (FRM): the full transitive closure of the IRM, which tells
   * its transitive links.
   *
   * @return the FRM
   */
  public ReachabilityMatrix finalReachability() {
    return reachability;
  }

  /**
   * Returns the strongly connected components (cycles) and the DAG between them.
   *
   * @return the condensation of the IRM
   */
  public Condensation condensation() {
    return condensation;
  }

  /**
   * Returns the level partition.
   *
   * @return the levels
   */
  public LevelPartition levels() {
    return levels;
  }

  /**
   * Returns the MICMAC analysis.
   *
   * @return driving and dependence power and clusters
   */
  public Micmac micmac() {
    return micmac;
  }

  /**
   * Returns the skeleton: the transitive reduction of the component DAG, computed on first call.
   *
   * @return the skeleton
   */
  public Skeleton skeleton() {
    Skeleton s = skeleton;
    if (s == null) {
      s = Skeleton.of(condensation, reachability.matrix());
      skeleton = s;
    }
    return s;
  }

  /**
   * Returns the layered digraph with the default options (the skeleton alone), built on first call.
   * {@link LayeredDigraph#of(IsmModel, LayeredDigraph.Options)} gives other options.
   *
   * @return the digraph
   */
  public LayeredDigraph digraph() {
    LayeredDigraph d = digraph;
    if (d == null) {
      d = LayeredDigraph.of(this);
      digraph = d;
    }
    return d;
  }

  /**
   * Returns the options of the analysis.
   *
   * @return the options
   */
  public IsmOptions options() {
    return options;
  }

  @Override
  public String toString() {
    return "IsmModel[" + size() + " factors, " + condensation.componentCount() + " components, "
        + levels.levelCount() + " levels]";
  }
}
