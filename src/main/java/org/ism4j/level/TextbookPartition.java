package org.ism4j.level;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.List;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;

/**
 * The iterative level partition exactly as ISM papers describe it: in each iteration, every
 * unassigned factor whose reachability set equals the intersection of its reachability and
 * antecedent sets gets the iteration's level; then those factors are removed. (Cause-first: whose
 * antecedent set equals the intersection; see {@link PartitionDirection}.) Immutable.
 *
 * <p>On a final (transitively closed) reachability matrix this always assigns every factor, and
 * gives the same levels as {@link LevelPartition}. It also runs on any 0/1 matrix — for example an
 * IRM, to check whether a paper's levels follow from it without closure — where it can get stuck:
 * an iteration that assigns nobody ends the partition, and {@link #isComplete()} is false.
 *
 * <p>Time O(L·n²/64) for L levels; it is computed only when the iteration tables are asked for.
 */
public final class TextbookPartition {
  private final Labels labels;
  private final List<Iteration> iterations;
  private final int[] levels;

  private TextbookPartition(Labels labels, List<Iteration> iterations, int[] levels) {
    this.labels = labels;
    this.iterations = iterations;
    this.levels = levels;
  }

  /**
   * Runs the partition on a matrix.
   *
   * @param m a reachability matrix, usually the FRM
   * @return the partition with its iteration tables
   */
  public static TextbookPartition of(ReachabilityMatrix m) {
    return of(m, PartitionDirection.RESULT_FIRST);
  }

  /**
   * Runs the partition on a matrix by the given rule. Cause-first, iteration 1 extracts the factors
   * with R(i) ∩ A(i) = A(i) (the bottom level); levels are numbered from the top all the same, so
   * iteration k of L assigns level L − k + 1.
   *
   * @param m a reachability matrix, usually the FRM
   * @param direction the rule
   * @return the partition with its iteration tables
   */
  public static TextbookPartition of(ReachabilityMatrix m, PartitionDirection direction) {
    java.util.Objects.requireNonNull(m, "m");
    java.util.Objects.requireNonNull(direction, "direction");
    boolean causeFirst = direction == PartitionDirection.CAUSE_FIRST;
    Labels labels = m.labels();
    BitMatrix rows = Access.bits(m);
    BitMatrix columns = rows.transpose();
    int n = m.size();
    int words = BitMatrix.wordsFor(n);
    long[] remaining = new long[words];
    for (int i = 0; i < n; i++) {
      remaining[i >>> 6] |= 1L << i;
    }
    int[] levels = new int[n];
    int left = n;
    List<Iteration> iterations = new ArrayList<>();
    for (int level = 1; left > 0; level++) {
      List<Iteration.Row> table = new ArrayList<>();
      List<Integer> assigned = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if ((remaining[i >>> 6] & (1L << i)) == 0) {
          continue;
        }
        long[] r = rows.rowWords(i);
        long[] a = columns.rowWords(i);
        long[] both = new long[words];
        boolean rule = true;
        for (int w = 0; w < words; w++) {
          r[w] &= remaining[w];
          a[w] &= remaining[w];
          both[w] = r[w] & a[w];
          rule &= both[w] == (causeFirst ? a[w] : r[w]);
        }
        if (rule) {
          assigned.add(i);
        }
        table.add(new Iteration.Row(labels.get(i), select(labels, r), select(labels, a),
            select(labels, both), rule ? level : 0));
      }
      iterations.add(new Iteration(level, table, level, direction));
      if (assigned.isEmpty()) {
        break;
      }
      for (int i : assigned) {
        remaining[i >>> 6] &= ~(1L << i);
        levels[i] = level;
        left--;
      }
    }
    if (causeFirst) {
      // renumber from the top: iteration k of L assigns level L - k + 1 (complete partitions only)
      int count = iterations.size() - (left > 0 ? 1 : 0);
      for (int i = 0; i < n; i++) {
        levels[i] = levels[i] == 0 ? 0 : count + 1 - levels[i];
      }
      List<Iteration> renumbered = new ArrayList<>();
      for (Iteration it : iterations) {
        List<Iteration.Row> renumberedRows = new ArrayList<>();
        for (Iteration.Row r : it.rows()) {
          renumberedRows.add(new Iteration.Row(r.factor(), r.reachabilitySet(), r.antecedentSet(),
              r.intersection(), r.isAssigned() ? count + 1 - it.number() : 0));
        }
        renumbered.add(new Iteration(it.number(), renumberedRows, count + 1 - it.number(), direction));
      }
      iterations = renumbered;
    }
    return new TextbookPartition(labels, ImmutableList.copyOf(iterations), levels);
  }

  private static List<String> select(Labels labels, long[] set) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int w = 0; w < set.length; w++) {
      long word = set[w];
      while (word != 0) {
        b.add(labels.get((w << 6) + Long.numberOfTrailingZeros(word)));
        word &= word - 1;
      }
    }
    return b.build();
  }

  /**
   * Returns the iteration tables, first iteration first. Immutable: a snapshot that never changes.
   *
   * @return the iterations
   */
  public List<Iteration> iterations() {
    return iterations;
  }

  /**
   * Returns whether every factor was assigned a level; always true on a transitively closed matrix.
   *
   * @return false when an iteration assigned nobody
   */
  public boolean isComplete() {
    for (int l : levels) {
      if (l == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the level of a factor.
   *
   * @param factor a factor index
   * @return its level, 1 for the top, or 0 when the partition got stuck before assigning it
   */
  public int levelOf(int factor) {
    return levels[factor];
  }

  /**
   * Returns the levels of all factors.
   *
   * @return an immutable array indexed by factor; 0 for factors never assigned
   */
  public ImmutableIntArray levelsByFactor() {
    return ImmutableIntArray.copyOf(levels);
  }

  /**
   * Returns the factors.
   *
   * @return the labels
   */
  public Labels labels() {
    return labels;
  }
}
