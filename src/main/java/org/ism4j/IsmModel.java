package org.ism4j;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.internal.Access;
import org.ism4j.internal.Condensation;
import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Micmac;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.CellChange;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/**
 * Everything an ISM analysis computes: the SSIM, the initial and final reachability matrices, the
 * cycles, the level partition, MICMAC and the layered digraph. Immutable and thread-safe; made by
 * {@link IsmAnalyzer#analyze(Ssim, IsmOptions)}. The digraph is built on first call and kept.
 */
public final class IsmModel {
  private final Ssim ssim;
  private final ReachabilityMatrix initial;
  private final ReachabilityMatrix reachability;
  private final LevelPartition levels;
  private final Micmac micmac;
  private final IsmOptions options;
  private final List<List<String>> cycles;
  private volatile LayeredDigraph digraph;

  IsmModel(Ssim ssim, ReachabilityMatrix initial, LevelPartition levels, Micmac micmac,
      IsmOptions options) {
    this.ssim = ssim;
    this.initial = initial;
    this.reachability = initial.closure();
    this.levels = levels;
    this.micmac = micmac;
    this.options = options;
    this.cycles = cyclesOf(reachability);
  }

  /** The strongly connected components of more than one factor, by first member. O(n). */
  private static List<List<String>> cyclesOf(ReachabilityMatrix frm) {
    Condensation c = Access.condensation(frm);
    ImmutableList.Builder<List<String>> b = ImmutableList.builder();
    for (int comp = 0; comp < c.componentCount(); comp++) {
      if (c.isCycle(comp)) {
        b.add(frm.labels().select(c.members(comp)));
      }
    }
    return b.build();
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
   * Returns the cycles: the strongly connected components of more than one factor, each as its
   * members in input order, ordered by first member. The factors of a cycle share a level.
   *
   * @return an immutable list, empty when the model has no cycle
   */
  public List<List<String>> cycles() {
    return cycles;
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
   * Returns the layered digraph with the default options (the skeleton alone), built on first call
   * and kept.
   *
   * @return the digraph
   */
  public LayeredDigraph digraph() {
    LayeredDigraph d = digraph;
    if (d == null) {
      d = digraph(LayeredDigraph.Options.defaults());
      digraph = d;
    }
    return d;
  }

  /**
   * Builds the layered digraph with other options (direct links, cycle links); not kept.
   *
   * @param options which links to add to the skeleton
   * @return a new digraph
   */
  public LayeredDigraph digraph(LayeredDigraph.Options options) {
    return LayeredDigraph.of(reachability, levels, micmac, options);
  }

  /**
   * Returns the options of the analysis.
   *
   * @return the options
   */
  public IsmOptions options() {
    return options;
  }

  /**
   * Analyses the SSIM with some judgements changed, under the same options; this model is not
   * changed. Later changes of the same cell win.
   *
   * @param changes the changed cells
   * @return a new model
   * @throws IllegalArgumentException when a change names an unknown factor
   */
  public IsmModel with(Collection<CellChange> changes) {
    Objects.requireNonNull(changes, "changes");
    Labels labels = labels();
    int n = labels.size();
    Ssim.Builder b = Ssim.builder(labels);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        b.relation(i, j, ssim.relation(i, j));
      }
    }
    for (CellChange c : changes) {
      b.relation(labels.index(c.from()), labels.index(c.to()), c.relation());
    }
    return IsmAnalyzer.analyze(b.build(), options);
  }

  @Override
  public String toString() {
    return "IsmModel[" + size() + " factors, " + cycles.size() + " cycles, "
        + levels.levelCount() + " levels]";
  }
}
