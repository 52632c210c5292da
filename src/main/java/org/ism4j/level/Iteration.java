package org.ism4j.level;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One iteration of the textbook level partition, as papers print it: for every factor still
 * unassigned, its reachability set, antecedent set and their intersection (each including the factor
 * itself and restricted to the unassigned factors), and whether it gets the level of this iteration.
 * Immutable.
 */
public final class Iteration {
  private final int number;
  private final List<Row> rows;
  private final int level;
  private final PartitionDirection direction;

  Iteration(int number, List<Row> rows, int level, PartitionDirection direction) {
    this.number = number;
    this.rows = ImmutableList.copyOf(rows);
    this.level = level;
    this.direction = direction;
  }

  /**
   * Returns the number of this iteration; result-first, also the level it assigns.
   *
   * @return 1 for the first iteration
   */
  public int number() {
    return number;
  }

  /**
   * Returns the level this iteration assigns, numbered from the top: its number result-first;
   * cause-first, iteration k of L assigns level L − k + 1.
   *
   * @return the level
   */
  public int level() {
    return level;
  }

  /**
   * Returns the rule of the partition this iteration belongs to.
   *
   * @return result-first or cause-first
   */
  public PartitionDirection direction() {
    return direction;
  }

  /**
   * Returns one row per factor still unassigned at the start of this iteration, in input order. Immutable: a snapshot that never changes.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the factors assigned the level of this iteration, in input order. Immutable: a snapshot that never changes.
   *
   * @return their labels; empty when the rule assigns nobody (only possible on a matrix that is not
   *     transitively closed)
   */
  public List<String> assigned() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Row r : rows) {
      if (r.isAssigned()) {
        b.add(r.factor());
      }
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "Iteration " + number + " " + rows;
  }

  /** One factor's line in an iteration table. Immutable. */
  public static final class Row {
    private final String factor;
    private final List<String> reachabilitySet;
    private final List<String> antecedentSet;
    private final List<String> intersection;
    private final int level;

    Row(String factor, List<String> reachabilitySet, List<String> antecedentSet,
        List<String> intersection, int level) {
      this.factor = factor;
      this.reachabilitySet = reachabilitySet;
      this.antecedentSet = antecedentSet;
      this.intersection = intersection;
      this.level = level;
    }

    /**
     * Returns the factor of this row.
     *
     * @return its label
     */
    public String factor() {
      return factor;
    }

    /**
     * Returns R(i): the unassigned factors this factor reaches, itself included. Immutable: a snapshot that never changes.
     *
     * @return labels in input order
     */
    public List<String> reachabilitySet() {
      return reachabilitySet;
    }

    /**
     * Returns A(i): the unassigned factors that reach this factor, itself included. Immutable: a snapshot that never changes.
     *
     * @return labels in input order
     */
    public List<String> antecedentSet() {
      return antecedentSet;
    }

    /**
     * Returns R(i) ∩ A(i). Immutable: a snapshot that never changes.
     *
     * @return labels in input order
     */
    public List<String> intersection() {
      return intersection;
    }

    /**
     * Returns whether the level rule holds (R(i) ∩ A(i) = R(i), or = A(i) cause-first), so the
     * factor is assigned in this iteration.
     *
     * @return whether the factor gets this iteration's level
     */
    public boolean isAssigned() {
      return level > 0;
    }

    /**
     * Returns the level assigned in this iteration.
     *
     * @return the level, or empty when the factor stays for a later iteration
     */
    public OptionalInt level() {
      return level > 0 ? OptionalInt.of(level) : OptionalInt.empty();
    }

    @Override
    public String toString() {
      return factor + " R=" + reachabilitySet + " A=" + antecedentSet + " R∩A=" + intersection
          + (level > 0 ? " level " + level : "");
    }
  }
}
