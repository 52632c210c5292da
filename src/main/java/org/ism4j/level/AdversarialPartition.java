package org.ism4j.level;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;

/**
 * The result-first and the cause-first partition side by side, for the studies that report one as
 * the other: per factor both levels (numbered from the top, the same number of levels), and whether
 * the factor is <em>fixed</em> (both rules agree) or <em>movable</em> (over the levels from its
 * result-first to its cause-first level, a factor never being lower result-first). The fixed factors
 * are exactly those on a longest chain of the component graph. Immutable and thread-safe.
 */
public final class AdversarialPartition {
  private final LevelPartition resultFirst;
  private final LevelPartition causeFirst;
  private final List<String> movable;

  private AdversarialPartition(LevelPartition resultFirst, LevelPartition causeFirst) {
    this.resultFirst = resultFirst;
    this.causeFirst = causeFirst;
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < resultFirst.labels().size(); i++) {
      if (resultFirst.levelOf(i) != causeFirst.levelOf(i)) {
        b.add(resultFirst.labels().get(i));
      }
    }
    this.movable = b.build();
  }

  /**
   * Partitions a reachability matrix both ways, each in O(n + m).
   *
   * @param m a reachability matrix (initial or final)
   * @return both partitions
   */
  public static AdversarialPartition of(ReachabilityMatrix m) {
    Objects.requireNonNull(m, "m");
    return new AdversarialPartition(LevelPartition.of(m, PartitionDirection.RESULT_FIRST),
        LevelPartition.of(m, PartitionDirection.CAUSE_FIRST));
  }

  /**
   * Returns the result-first (textbook) partition.
   *
   * @return the partition
   */
  public LevelPartition resultFirst() {
    return resultFirst;
  }

  /**
   * Returns the cause-first partition, numbered from the top.
   *
   * @return the partition
   */
  public LevelPartition causeFirst() {
    return causeFirst;
  }

  /**
   * Returns the factors.
   *
   * @return the labels in input order
   */
  public Labels labels() {
    return resultFirst.labels();
  }

  /**
   * Returns the number of levels, the same under both rules.
   *
   * @return the level count
   */
  public int levelCount() {
    return resultFirst.levelCount();
  }

  /**
   * Returns whether both rules put a factor on the same level.
   *
   * @param label a factor label
   * @return true when fixed, false when movable
   * @throws IllegalArgumentException for an unknown label
   */
  public boolean isFixed(String label) {
    int i = labels().index(label);
    return resultFirst.levelOf(i) == causeFirst.levelOf(i);
  }

  /**
   * Returns the factors whose level depends on the rule.
   *
   * @return an immutable list of labels in input order
   */
  public List<String> movable() {
    return movable;
  }

  @Override
  public String toString() {
    return "AdversarialPartition[" + levelCount() + " levels, movable " + movable + "]";
  }
}
