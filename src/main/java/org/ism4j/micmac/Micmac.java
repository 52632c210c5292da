package org.ism4j.micmac;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.ism4j.reach.Powers;
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
   * Classifies the factors of a final reachability matrix.
   *
   * @param frm a final (transitively closed) reachability matrix
   * @param rule where to split weak from strong
   * @return the analysis
   */
  public static Micmac of(ReachabilityMatrix frm, SplitRule rule) {
    Powers p = Powers.of(frm.matrix());
    return new Micmac(frm.labels(), p.driving(), p.dependence(), rule);
  }

  /**
   * Classifies factors from powers already computed.
   *
   * @param labels the factors
   * @param powers their driving and dependence powers
   * @param rule where to split weak from strong
   * @return the analysis
   */
  public static Micmac of(Labels labels, Powers powers, SplitRule rule) {
    return new Micmac(labels, powers.driving(), powers.dependence(), rule);
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
    return driving[labels.indexOf(label)];
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
    return dependence[labels.indexOf(label)];
  }

  /**
   * Returns all driving powers.
   *
   * @return a new array indexed by factor
   */
  public int[] drivingPowers() {
    return driving.clone();
  }

  /**
   * Returns all dependence powers.
   *
   * @return a new array indexed by factor
   */
  public int[] dependencePowers() {
    return dependence.clone();
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
    return clusters.get(labels.indexOf(label));
  }

  /**
   * Returns every factor's cluster, aligned with {@link #labels()}.
   *
   * @return the clusters
   */
  public List<Cluster> clusters() {
    return clusters;
  }

  /**
   * Returns the factors of one cluster.
   *
   * @param cluster a quadrant
   * @return their labels in input order
   */
  public List<String> factorsIn(Cluster cluster) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < clusters.size(); i++) {
      if (clusters.get(i) == cluster) {
        b.add(labels.get(i));
      }
    }
    return b.build();
  }
}
