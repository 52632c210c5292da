package org.ism4j;

import java.util.Objects;
import org.ism4j.level.PartitionDirection;
import org.ism4j.micmac.SplitRule;
import org.ism4j.ssim.SsimParser;

/**
 * Settings of an analysis. Immutable; start from {@link #defaults()} and change with the
 * {@code with…} methods.
 *
 * <p>Defaults: MICMAC split rule {@link SplitRule#HALF_N n/2}; the result-first level partition
 * ({@link PartitionDirection#RESULT_FIRST}, Warfield's rule); at most {@value #DEFAULT_MAX_FACTORS}
 * factors. Memory is about {@code n/4} bytes per factor for the two n×n bit matrices (IRM and FRM;
 * FRM rows are shared within a cycle), so 20,000 factors need about 100 MB.
 */
public final class IsmOptions {
  /** The default limit on the number of factors. */
  public static final int DEFAULT_MAX_FACTORS = SsimParser.DEFAULT_MAX_FACTORS;

  private static final IsmOptions DEFAULTS = new IsmOptions(SplitRule.HALF_N, DEFAULT_MAX_FACTORS,
      PartitionDirection.RESULT_FIRST);

  private final SplitRule splitRule;
  private final int maxFactors;
  private final PartitionDirection partitionDirection;

  private IsmOptions(SplitRule splitRule, int maxFactors, PartitionDirection partitionDirection) {
    this.splitRule = Objects.requireNonNull(splitRule, "splitRule");
    this.partitionDirection = Objects.requireNonNull(partitionDirection, "partitionDirection");
    if (maxFactors < 1) {
      throw new IllegalArgumentException("maxFactors must be at least 1, was " + maxFactors);
    }
    this.maxFactors = maxFactors;
  }

  /**
   * Returns the default options.
   *
   * @return split rule n/2, at most 20,000 factors
   */
  public static IsmOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with another MICMAC split rule.
   *
   * @param rule the split rule
   * @return new options
   */
  public IsmOptions withSplitRule(SplitRule rule) {
    return new IsmOptions(rule, maxFactors, partitionDirection);
  }

  /**
   * Returns these options with another factor limit.
   *
   * @param max the largest number of factors an analysis accepts, at least 1
   * @return new options
   */
  public IsmOptions withMaxFactors(int max) {
    return new IsmOptions(splitRule, max, partitionDirection);
  }

  /**
   * Returns these options with another level partition rule. Levels are numbered from the top
   * either way; the rule is named in every report.
   *
   * @param direction result-first (the default) or cause-first
   * @return new options
   */
  public IsmOptions withPartitionDirection(PartitionDirection direction) {
    return new IsmOptions(splitRule, maxFactors, direction);
  }

  /**
   * Returns the level partition rule.
   *
   * @return the direction
   */
  public PartitionDirection partitionDirection() {
    return partitionDirection;
  }

  /**
   * Returns the MICMAC split rule.
   *
   * @return the rule
   */
  public SplitRule splitRule() {
    return splitRule;
  }

  /**
   * Returns the largest number of factors an analysis accepts.
   *
   * @return the limit
   */
  public int maxFactors() {
    return maxFactors;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsmOptions && ((IsmOptions) o).splitRule == splitRule
        && ((IsmOptions) o).maxFactors == maxFactors
        && ((IsmOptions) o).partitionDirection == partitionDirection;
  }

  @Override
  public int hashCode() {
    return (31 * splitRule.hashCode() + maxFactors) * 31 + partitionDirection.hashCode();
  }

  @Override
  public String toString() {
    return "IsmOptions[splitRule=" + splitRule.label() + ", maxFactors=" + maxFactors
        + ", partition=" + partitionDirection.label() + "]";
  }
}
