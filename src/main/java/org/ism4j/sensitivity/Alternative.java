package org.ism4j.sensitivity;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.ism4j.ssim.Relation;

/**
 * What one alternative symbol in one SSIM cell does to the hierarchy. Immutable.
 *
 * @param relation the alternative symbol, read in the cell's orientation (row → column)
 * @param moves the factors whose level changes, in input order; an immutable snapshot
 * @param levelCount the number of levels after the change
 * @param cyclesChanged whether a cycle forms, merges, splits or breaks
 */
public record Alternative(Relation relation, List<Move> moves, int levelCount, boolean cyclesChanged) {
  /**
   * Validates and copies the parts.
   *
   * @param relation the alternative symbol
   * @param moves the factors whose level changes
   * @param levelCount the number of levels after the change
   * @param cyclesChanged whether the components change
   */
  public Alternative {
    Objects.requireNonNull(relation, "relation");
    moves = ImmutableList.copyOf(moves);
  }

  /**
   * Returns the labels of the factors whose level changes.
   *
   * @return an immutable list in input order
   */
  public List<String> movedFactors() {
    return moves.stream().map(Move::factor).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many factors change level.
   *
   * @return {@code moves().size()}
   */
  public int movedCount() {
    return moves.size();
  }

  /**
   * Returns whether the change alters the hierarchy at all: some level or the cycles.
   *
   * @return whether a factor moves or the cycles change
   */
  public boolean changesAnything() {
    return !moves.isEmpty() || cyclesChanged;
  }
}
