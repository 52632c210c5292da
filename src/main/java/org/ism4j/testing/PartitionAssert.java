package org.ism4j.testing;

import static org.ism4j.internal.Words.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ism4j.level.LevelPartition;
import org.ism4j.level.PartitionDirection;
import org.ism4j.reach.ReachabilityMatrix;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a level partition, made by {@link IsmAssertions#assertThat(LevelPartition)}. Each
 * method returns this object for chaining and throws {@link AssertionError} with a message that
 * says why the assertion fails. Levels are numbered from the top: level 1 holds the factors that
 * reach nothing outside their own level. Not thread-safe (it caches what its messages quote).
 */
public final class PartitionAssert {
  final Explain why;

  PartitionAssert(LevelPartition partition, @Nullable IrmAndFrm matrices) {
    this.why = new Explain(partition, matrices == null ? null : matrices.irm,
        matrices == null ? null : matrices.frm);
  }

  /** The two matrices of a model, when the assertions have them. */
  static final class IrmAndFrm {
    final ReachabilityMatrix irm;
    final ReachabilityMatrix frm;

    IrmAndFrm(ReachabilityMatrix irm, ReachabilityMatrix frm) {
      this.irm = irm;
      this.frm = frm;
    }
  }

  /**
   * Asserts the number of levels.
   *
   * @param expected the expected number of levels
   * @return these assertions
   * @throws AssertionError naming the actual number and a longest chain
   */
  public PartitionAssert hasLevelCount(int expected) {
    int actual = why.partition.levelCount();
    if (actual != expected) {
      String msg = "expected " + count(expected, "level") + ", but there " + (actual == 1 ? "is " : "are ")
          + actual;
      int deepest = why.deepest();
      if (deepest >= 0) {
        msg += ": a longest chain is " + why.names(why.longestChain(deepest));
      }
      throw new AssertionError(msg);
    }
    return this;
  }

  /**
   * Asserts the level of a factor.
   *
   * @param label the factor
   * @param expected its expected level, 1 for the top
   * @return these assertions
   * @throws AssertionError saying why the factor is on another level: what it reaches on the level
   *     above its own (and the path there), or its longest chain; and the iteration table row
   * @throws IllegalArgumentException when {@code expected} is less than 1
   */
  public PartitionAssert hasLevel(String label, int expected) {
    if (expected < 1) {
      throw new IllegalArgumentException("a level is at least 1, was " + expected);
    }
    int f = why.index(label);
    int actual = why.level(f);
    if (actual == expected) {
      return this;
    }
    int count = why.partition.levelCount();
    StringBuilder msg = new StringBuilder("expected ").append(label).append(" on level ")
        .append(expected).append(", but it is on level ").append(actual);
    if (expected > count) {
      msg.append(" (there ").append(count == 1 ? "is 1 level" : "are " + count + " levels").append(')');
    }
    String row;
    if (why.partition.direction() == PartitionDirection.CAUSE_FIRST) {
      // cause-first levels count from the sources: level L - (longest chain into it) + 1
      msg.append(" (cause-first): the longest chain into it, ").append(why.names(why.longestChainInto(f)))
          .append(", spans ").append(count(why.depth(f), "level")).append(" of ").append(count);
      row = why.row(count - actual + 1, f);
    } else if (actual > expected) {
      int g = why.reachedOn(f, actual - 1);
      msg.append(": it reaches ").append(why.labels.get(g)).append(" (level ").append(actual - 1)
          .append(')').append(why.through(f, g));
      row = why.row(expected, f);
    } else {
      msg.append(actual == 1 ? ": it reaches no factor on another level"
          : ": its longest chain, " + why.names(why.longestChain(f)) + ", spans " + actual + " levels");
      row = why.row(actual, f);
    }
    if (!row.isEmpty()) {
      msg.append("; ").append(row);
    }
    throw new AssertionError(msg.toString());
  }

  /**
   * Asserts that two factors are on the same level.
   *
   * @param a a factor
   * @param b another factor
   * @return these assertions
   * @throws AssertionError naming both levels and the path from one to the other, if any
   */
  public PartitionAssert sharesLevel(String a, String b) {
    int i = why.index(a);
    int j = why.index(b);
    if (why.level(i) != why.level(j)) {
      String msg = "expected " + a + " and " + b + " on one level, but " + a + " is on level "
          + why.level(i) + " and " + b + " on level " + why.level(j);
      if (why.reaches(i, j)) {
        msg += ": " + a + " reaches " + b + why.through(i, j);
      } else if (why.reaches(j, i)) {
        msg += ": " + b + " reaches " + a + why.through(j, i);
      }
      throw new AssertionError(msg);
    }
    return this;
  }

  /**
   * Asserts that one factor is above another: on a lower level number (nearer the top).
   *
   * @param upper the factor expected nearer the top
   * @param lower the factor expected further down
   * @return these assertions
   * @throws AssertionError naming both levels and the path that puts {@code upper} where it is, or
   *     saying that no path leads from {@code lower} to {@code upper}
   */
  public PartitionAssert isAbove(String upper, String lower) {
    int u = why.index(upper);
    int l = why.index(lower);
    if (why.level(u) < why.level(l)) {
      return this;
    }
    String msg = "expected " + upper + " above " + lower + ", but " + (why.level(u) == why.level(l)
        ? "both are on level " + why.level(u)
        : upper + " is on level " + why.level(u) + " and " + lower + " on level " + why.level(l));
    if (u != l && why.sameComponent(u, l)) {
      msg += ": they are in one cycle";
    } else if (why.reaches(u, l)) {
      msg += ": " + upper + " reaches " + lower + why.through(u, l);
    } else {
      msg += ": no path leads from " + lower + " to " + upper;
    }
    throw new AssertionError(msg);
  }

  /**
   * Asserts the whole partition: the levels, level 1 first, each as a set of labels.
   *
   * @param expected the expected levels
   * @return these assertions
   * @throws AssertionError listing both partitions and every factor that is elsewhere
   */
  public PartitionAssert hasLevels(List<? extends Set<String>> expected) {
    Objects.requireNonNull(expected, "expected");
    List<Set<String>> actual = why.partition.levels();
    if (actual.equals(expected)) {
      return this;
    }
    // one line per factor in input order, then the labels that are no factor, sorted
    List<String> differences = new ArrayList<>();
    for (int f = 0; f < why.labels.size(); f++) {
      String label = why.labels.get(f);
      int listed = 0;
      for (int l = 0; l < expected.size() && listed == 0; l++) {
        listed = expected.get(l).contains(label) ? l + 1 : 0;
      }
      if (listed != why.level(f)) {
        differences.add(label + " is on level " + why.level(f) + ", "
            + (listed == 0 ? "not listed" : "not " + listed));
      }
    }
    java.util.TreeSet<String> unknown = new java.util.TreeSet<>();
    for (Set<String> level : expected) {
      for (String label : level) {
        if (why.labels.indexOf(label) < 0) {
          unknown.add(label);
        }
      }
    }
    for (String label : unknown) {
      differences.add(label + " is not a factor");
    }
    throw new AssertionError("expected levels " + format(expected) + ", but they are " + format(actual)
        + (differences.isEmpty() ? "" : ": " + String.join("; ", differences)));
  }

  /** Levels as {@code [{a, b}, {c}]}, each level's labels in input order (unknown ones last, sorted). */
  private String format(List<? extends Set<String>> levels) {
    List<String> parts = new ArrayList<>();
    for (Set<String> level : levels) {
      List<String> labels = new ArrayList<>(level);
      labels.sort(java.util.Comparator.comparingInt((String l) -> {
        int i = why.labels.indexOf(l);
        return i < 0 ? Integer.MAX_VALUE : i;
      }).thenComparing(java.util.Comparator.naturalOrder()));
      parts.add(Explain.set(labels));
    }
    return parts.toString();
  }

}
