package org.ism4j.ssim;

import java.util.Objects;

/**
 * A directed link between two factors, named by label: {@code from} influences (reaches) {@code to}.
 * Immutable.
 *
 * @param from the label of the influencing factor (the row)
 * @param to the label of the influenced factor (the column)
 */
public record Link(String from, String to) {
  /**
   * Creates a link.
   *
   * @param from the label of the influencing factor
   * @param to the label of the influenced factor
   * @throws NullPointerException when a label is null
   */
  public Link {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public String toString() {
    return from + " → " + to;
  }
}
