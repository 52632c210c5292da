package org.ism4j.sensitivity;

import java.util.Objects;

/**
 * A factor whose level changes, with its levels before and after (1 = top). Immutable.
 *
 * @param factor the factor's label
 * @param before its level before the change
 * @param after its level after the change
 */
public record Move(String factor, int before, int after) {
  /**
   * Validates the parts.
   *
   * @param factor the factor's label
   * @param before its level before the change
   * @param after its level after the change
   */
  public Move {
    Objects.requireNonNull(factor, "factor");
  }

  /**
   * Returns how far the factor moves: positive when it moves down (to a higher level number).
   *
   * @return {@code after - before}
   */
  public int shift() {
    return after - before;
  }

  @Override
  public String toString() {
    return factor + " " + before + "→" + after;
  }
}
