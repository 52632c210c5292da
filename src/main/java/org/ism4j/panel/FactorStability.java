package org.ism4j.panel;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Objects;
import java.util.SortedMap;

/**
 * How stable one factor's level is over the bootstrap resamples of a panel. Immutable.
 *
 * @param factor the factor's label
 * @param level its level in the full panel's model (1 = top)
 * @param sameLevel the resamples that put it on that level
 * @param resamples all resamples
 * @param levelCounts for every level it got in some resample, the number of such resamples,
 *     lowest level first (an immutable snapshot; the counts add up to {@code resamples})
 */
public record FactorStability(String factor, int level, int sameLevel, int resamples,
    SortedMap<Integer, Integer> levelCounts) {
  /**
   * Creates a factor's stability, copying {@code levelCounts}.
   *
   * @param factor the factor's label
   * @param level its level in the full panel's model (1 = top)
   * @param sameLevel the resamples that put it on that level
   * @param resamples all resamples
   * @param levelCounts for every level it got in some resample, the number of such resamples
   * @throws IllegalArgumentException naming the factor when the counts are out of range
   */
  public FactorStability {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(levelCounts, "levelCounts");
    checkArgument(level >= 1, "factor '%s': level %s", factor, level);
    checkArgument(resamples >= 1 && sameLevel >= 0 && sameLevel <= resamples,
        "factor '%s': %s of %s resamples", factor, sameLevel, resamples);
    levelCounts = ImmutableSortedMap.copyOfSorted(levelCounts);
  }

  /**
   * Returns the share of resamples that put the factor on its full-panel level.
   *
   * @return sameLevel / resamples, between 0 and 1
   */
  public double stability() {
    return (double) sameLevel / resamples;
  }
}
