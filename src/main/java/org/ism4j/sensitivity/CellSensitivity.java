package org.ism4j.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.ism4j.ssim.Relation;

/**
 * One SSIM judgement (cell {@code from}, {@code to} with {@code from} before {@code to} in input
 * order) and what each of its three alternatives would do. Immutable.
 *
 * @param from the row factor's label
 * @param to the column factor's label
 * @param relation the judgement as given
 * @param alternatives the three other symbols, in the order V, A, X, O; an immutable snapshot
 */
public record CellSensitivity(String from, String to, Relation relation,
    List<Alternative> alternatives) {
  /**
   * Validates and copies the parts.
   *
   * @param from the row factor's label
   * @param to the column factor's label
   * @param relation the judgement as given
   * @param alternatives the three alternatives
   */
  public CellSensitivity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(relation, "relation");
    alternatives = ImmutableList.copyOf(alternatives);
  }

  /**
   * Returns the alternative that moves the most factors (the first in V, A, X, O order on a tie).
   *
   * @return the most moving alternative
   */
  public Alternative mostMoving() {
    Alternative best = alternatives.get(0);
    for (Alternative a : alternatives) {
      if (a.movedCount() > best.movedCount()) {
        best = a;
      }
    }
    return best;
  }

  /**
   * Returns the most factors one alternative moves.
   *
   * @return {@code mostMoving().movedCount()}
   */
  public int maxMoved() {
    return mostMoving().movedCount();
  }

  /**
   * Returns whether no single change of this judgement alters any level.
   *
   * @return whether every alternative moves no factor
   */
  public boolean isRobust() {
    return maxMoved() == 0;
  }

  @Override
  public String toString() {
    return from + "," + to + "=" + relation.symbol();
  }
}
