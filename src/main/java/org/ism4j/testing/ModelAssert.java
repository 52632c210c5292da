package org.ism4j.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ism4j.IsmModel;
import org.ism4j.internal.Decimals;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.Micmac;

/**
 * Assertions on an analysed model, made by {@link IsmAssertions#assertThat(IsmModel)}. Each method
 * returns this object for chaining and throws {@link AssertionError} with a message that says why,
 * from the model: paths are shortest paths of direct links (IRM), written {@code A → B → C}. Not
 * thread-safe (it caches what its messages quote).
 */
public final class ModelAssert {
  private final IsmModel model;
  private final PartitionAssert levels;
  private final Explain why;

  ModelAssert(IsmModel model) {
    this.model = model;
    this.levels = new PartitionAssert(model.levels(),
        new PartitionAssert.IrmAndFrm(model.initialReachability(), model.finalReachability()));
    this.why = levels.why;
  }

  /**
   * Asserts the number of levels.
   *
   * @param expected the expected number of levels
   * @return these assertions
   * @throws AssertionError naming the actual number and a longest chain
   */
  public ModelAssert hasLevelCount(int expected) {
    levels.hasLevelCount(expected);
    return this;
  }

  /**
   * Asserts the level of a factor.
   *
   * @param label the factor
   * @param expected its expected level, 1 for the top
   * @return these assertions
   * @throws AssertionError saying why the factor is on another level: what it reaches on the level
   *     above its own and the path there, or its longest chain; and the iteration table row
   * @throws IllegalArgumentException when {@code expected} is less than 1
   */
  public ModelAssert hasLevel(String label, int expected) {
    levels.hasLevel(label, expected);
    return this;
  }

  /**
   * Asserts that two factors are on the same level.
   *
   * @param a a factor
   * @param b another factor
   * @return these assertions
   * @throws AssertionError naming both levels and the path from one to the other, if any
   */
  public ModelAssert sharesLevel(String a, String b) {
    levels.sharesLevel(a, b);
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
  public ModelAssert isAbove(String upper, String lower) {
    levels.isAbove(upper, lower);
    return this;
  }

  /**
   * Asserts the whole partition: the levels, level 1 first, each as a set of labels.
   *
   * @param expected the expected levels
   * @return these assertions
   * @throws AssertionError listing both partitions and every factor that is elsewhere
   */
  public ModelAssert hasLevels(List<? extends Set<String>> expected) {
    levels.hasLevels(expected);
    return this;
  }

  /**
   * Asserts that one factor reaches another (directly or through others).
   *
   * @param from the influencing factor
   * @param to the influenced factor
   * @return these assertions
   * @throws AssertionError saying that no path leads there and what {@code from} does reach
   */
  public ModelAssert reaches(String from, String to) {
    int i = why.index(from);
    int j = why.index(to);
    if (!why.reaches(i, j)) {
      throw new AssertionError("expected " + from + " to reach " + to + ", but no path leads from "
          + from + " to " + to + ": " + from + " reaches only " + Explain.set(why.reachabilitySet(i)));
    }
    return this;
  }

  /**
   * Asserts that one factor does not reach another.
   *
   * @param from a factor
   * @param to another factor
   * @return these assertions
   * @throws AssertionError giving the path that leads from {@code from} to {@code to}
   */
  public ModelAssert doesNotReach(String from, String to) {
    int i = why.index(from);
    int j = why.index(to);
    if (why.reaches(i, j)) {
      throw new AssertionError("expected " + from + " not to reach " + to + ", but it does"
          + why.through(i, j));
    }
    return this;
  }

  /**
   * Asserts that factors are in one cycle: they all reach each other (so they share a level).
   *
   * @param first a factor
   * @param second another factor
   * @param more any further factors
   * @return these assertions
   * @throws AssertionError naming the first factor that does not reach the first one, or is not
   *     reached from it, and the path in the other direction if there is one
   */
  public ModelAssert inOneCycle(String first, String second, String... more) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.add(second);
    all.addAll(List.of(more));
    int a = why.index(first);
    for (String other : all.subList(1, all.size())) {
      int b = why.index(other);
      boolean ab = why.reaches(a, b);
      boolean ba = why.reaches(b, a);
      if (ab && ba) {
        continue;
      }
      String msg = "expected " + String.join(", ", all) + " in one cycle, but ";
      if (ab) {
        msg += other + " does not reach " + first + " (" + first + " reaches " + other
            + why.through(a, b) + ")";
      } else if (ba) {
        msg += first + " does not reach " + other + " (" + other + " reaches " + first
            + why.through(b, a) + ")";
      } else {
        msg += first + " and " + other + " reach each other in neither direction";
      }
      throw new AssertionError(msg);
    }
    return this;
  }

  /**
   * Asserts the MICMAC cluster of a factor.
   *
   * @param label the factor
   * @param expected its expected cluster
   * @return these assertions
   * @throws AssertionError naming the actual cluster, both powers against their thresholds and the
   *     split rule
   */
  public ModelAssert hasCluster(String label, Cluster expected) {
    Objects.requireNonNull(expected, "expected");
    int f = why.index(label);
    Micmac m = model.micmac();
    Cluster actual = m.cluster(f);
    if (actual != expected) {
      throw new AssertionError("expected " + label + " in cluster " + expected.displayName()
          + ", but it is " + actual.displayName() + ": driving power "
          + power(m.drivingPower(f), m.drivingThreshold()) + ", dependence power "
          + power(m.dependencePower(f), m.dependenceThreshold()) + ", split rule "
          + m.splitRule().label());
    }
    return this;
  }

  private static String power(int power, double threshold) {
    String t = Decimals.format(threshold, Decimals.THRESHOLD);
    return power > threshold ? power + " > " + t + " (strong)" : power + " \u2264 " + t + " (weak)";
  }

  /**
   * Asserts that the levels, MICMAC clusters and cycles match a snapshot file. Without the file,
   * fails with "no snapshot" — unless the system property {@code ism4j.updateSnapshots} is
   * {@code true}, which writes it (and rewrites a file that differs) instead of failing. The file is
   * stable, diff-friendly JSON: one factor per line, in input order.
   *
   * @param file the snapshot file, e.g. {@code src/test/resources/model.levels.json}
   * @return these assertions
   * @throws AssertionError when the file is missing or differs, with one line per changed factor
   *     (such as {@code Training: level 2 → 3})
   * @throws java.io.UncheckedIOException when the file cannot be read or written
   */
  public ModelAssert matchesSnapshot(Path file) {
    Snapshot.check(model, Objects.requireNonNull(file, "file"));
    return this;
  }
}
