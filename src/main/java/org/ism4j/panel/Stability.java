package org.ism4j.panel;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import org.ism4j.ssim.Labels;

/**
 * How much a panel's level hierarchy depends on which experts were asked. Immutable and
 * thread-safe; from {@link Panel#stability(AggregationRule, int, long)}.
 *
 * <p><b>The bootstrap.</b> {@code resamples} times, k experts are drawn with replacement (an
 * expert drawn twice counts twice), their SSIMs are aggregated with the rule and partitioned into
 * levels (result-first, as {@link org.ism4j.level.LevelPartition} does). The draws come from one
 * {@link java.util.Random} seeded with {@code seed}: resample after resample, draw after draw,
 * expert {@code random.nextInt(k)} in panel order, so a seed gives the same result on every JVM.
 * A factor's {@link FactorStability#stability() stability} is the share of resamples that put it
 * on its level in the full panel's model; {@link #identicalLevels()} is the share of resamples
 * whose levels equal the full panel's for every factor.
 *
 * <p><b>Leave one out.</b> For every expert, the panel without that expert (k − 1 experts, same
 * rule) is partitioned and compared with the full panel's levels.
 */
public final class Stability {
  private final AggregationRule rule;
  private final int resamples;
  private final long seed;
  private final Labels factors;
  private final ImmutableIntArray levels;
  private final int identical;
  private final List<FactorStability> factorStability;
  private final List<LeaveOneOut> leaveOneOut;

  Stability(AggregationRule rule, int resamples, long seed, Labels factors, ImmutableIntArray levels,
      int identical, List<FactorStability> factorStability, List<LeaveOneOut> leaveOneOut) {
    this.rule = rule;
    this.resamples = resamples;
    this.seed = seed;
    this.factors = factors;
    this.levels = levels;
    this.identical = identical;
    this.factorStability = ImmutableList.copyOf(factorStability);
    this.leaveOneOut = ImmutableList.copyOf(leaveOneOut);
  }

  /**
   * Returns the aggregation rule used for the full panel and every resample.
   *
   * @return the rule
   */
  public AggregationRule rule() {
    return rule;
  }

  /**
   * Returns the number of bootstrap resamples.
   *
   * @return at least 1
   */
  public int resamples() {
    return resamples;
  }

  /**
   * Returns the seed of the draws.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the factors in the panel's order.
   *
   * @return the labels
   */
  public Labels factors() {
    return factors;
  }

  /**
   * Returns every factor's level in the full panel's model, in factor order.
   *
   * @return the levels, 1 = top
   */
  public ImmutableIntArray levels() {
    return levels;
  }

  /**
   * Returns the number of resamples whose levels equal the full panel's for every factor.
   *
   * @return between 0 and {@link #resamples()}
   */
  public int identicalCount() {
    return identical;
  }

  /**
   * Returns the share of resamples whose levels equal the full panel's for every factor.
   *
   * @return {@link #identicalCount()} / {@link #resamples()}
   */
  public double identicalLevels() {
    return (double) identical / resamples;
  }

  /**
   * Returns every factor's stability, in factor order.
   *
   * @return an immutable list, one entry per factor
   */
  public List<FactorStability> factorStability() {
    return factorStability;
  }

  /**
   * Returns one factor's stability.
   *
   * @param factor a factor label
   * @return its stability
   * @throws IllegalArgumentException naming an unknown label
   */
  public FactorStability factor(String factor) {
    return factorStability.get(factors.index(factor));
  }

  /**
   * Returns, per expert in panel order, the levels without that expert and the factors they move.
   *
   * @return an immutable list, one entry per expert
   */
  public List<LeaveOneOut> leaveOneOut() {
    return leaveOneOut;
  }
}
