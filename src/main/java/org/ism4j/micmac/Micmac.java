package org.ism4j.micmac;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.Objects;
import org.ism4j.internal.Access;
import java.util.List;
import org.ism4j.internal.Powers;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;

/**
 * MICMAC analysis: every factor's driving power (FRM row sum) and dependence power (FRM column sum),
 * both counting the factor itself, and its cluster under a {@link SplitRule}. Immutable.
 *
 * <p>A power is strong when strictly greater than its axis's threshold (ties are weak).
 */
public final class Micmac {
  private final Labels labels;
  private final int[] driving;
  private final int[] dependence;
  private final SplitRule rule;
  private final double drivingThreshold;
  private final double dependenceThreshold;
  private final List<Cluster> clusters;

  private Micmac(Labels labels, int[] driving, int[] dependence, SplitRule rule) {
    if (driving.length != labels.size() || dependence.length != labels.size()) {
      throw new IllegalArgumentException("powers for " + driving.length + " and " + dependence.length
          + " factors, expected " + labels.size());
    }
    this.labels = labels;
    this.driving = driving;
    this.dependence = dependence;
    this.rule = rule;
    this.drivingThreshold = rule.threshold(driving);
    this.dependenceThreshold = rule.threshold(dependence);
    ImmutableList.Builder<Cluster> b = ImmutableList.builderWithExpectedSize(driving.length);
    for (int i = 0; i < driving.length; i++) {
      b.add(Cluster.of(driving[i] > drivingThreshold, dependence[i] > dependenceThreshold));
    }
    this.clusters = b.build();
  }

  /**
   * Computes MICMAC from a final reachability matrix: driving power = row sum, dependence power =
   * column sum, both counting the factor itself; O(n + m) from the matrix's components.
   *
   * @param frm a final reachability matrix ({@link ReachabilityMatrix#closure()}), or an IRM that
   *     is already transitively closed
   * @param rule the split rule
   * @return the analysis
   * @throws IllegalArgumentException when {@code frm} is not transitively closed: MICMAC counts
   *     what a factor reaches through any chain, so IRM sums would be wrong
   */
  public static Micmac of(ReachabilityMatrix frm, SplitRule rule) {
    Objects.requireNonNull(frm, "frm");
    Objects.requireNonNull(rule, "rule");
    if (!frm.isTransitivelyClosed()) {
      throw new IllegalArgumentException("MICMAC needs the final reachability matrix, and this one"
          + " is not transitively closed: pass its closure() (driving and dependence power count"
          + " every factor reached through any chain)");
    }
    Powers p = Powers.of(Access.condensation(frm), Access.bits(frm));
    return new Micmac(frm.labels(), p.driving(), p.dependence(), rule);
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
   * Returns the split rule used.
   *
   * @return the rule
   */
  public SplitRule splitRule() {
    return rule;
  }

  /**
   * Returns the threshold a driving power must exceed to be strong.
   *
   * @return the threshold under {@link #splitRule()}
   */
  public double drivingThreshold() {
    return drivingThreshold;
  }

  /**
   * Returns the threshold a dependence power must exceed to be strong.
   *
   * @return the threshold under {@link #splitRule()}
   */
  public double dependenceThreshold() {
    return dependenceThreshold;
  }

  /**
   * Returns a factor's driving power: how many factors it reaches, itself included.
   *
   * @param factor a factor index
   * @return the FRM row sum
   */
  public int drivingPower(int factor) {
    return driving[factor];
  }

  /**
   * Returns a factor's driving power.
   *
   * @param label a factor label
   * @return the FRM row sum
   */
  public int drivingPower(String label) {
    return driving[labels.index(label)];
  }

  /**
   * Returns a factor's dependence power: how many factors reach it, itself included.
   *
   * @param factor a factor index
   * @return the FRM column sum
   */
  public int dependencePower(int factor) {
    return dependence[factor];
  }

  /**
   * Returns a factor's dependence power.
   *
   * @param label a factor label
   * @return the FRM column sum
   */
  public int dependencePower(String label) {
    return dependence[labels.index(label)];
  }

  /**
   * Returns all driving powers.
   *
   * @return an immutable array indexed by factor
   */
  public ImmutableIntArray drivingPowers() {
    return ImmutableIntArray.copyOf(driving);
  }

  /**
   * Returns all dependence powers.
   *
   * @return an immutable array indexed by factor
   */
  public ImmutableIntArray dependencePowers() {
    return ImmutableIntArray.copyOf(dependence);
  }

  /**
   * Returns a factor's cluster.
   *
   * @param factor a factor index
   * @return its quadrant
   */
  public Cluster cluster(int factor) {
    return clusters.get(factor);
  }

  /**
   * Returns a factor's cluster.
   *
   * @param label a factor label
   * @return its quadrant
   */
  public Cluster cluster(String label) {
    return clusters.get(labels.index(label));
  }

  /**
   * Returns every factor's cluster, aligned with {@link #labels()}. Immutable: a snapshot that never changes.
   *
   * @return the clusters
   */
  public List<Cluster> clusters() {
    return clusters;
  }

  /**
   * Returns the factors of one cluster. Immutable: a snapshot that never changes.
   *
   * @param cluster a quadrant
   * @return their labels in input order
   */
  public List<String> factorsIn(Cluster cluster) {
    Objects.requireNonNull(cluster, "cluster");
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < clusters.size(); i++) {
      if (clusters.get(i) == cluster) {
        b.add(labels.get(i));
      }
    }
    return b.build();
  }
}
