package org.ism4j.level;

import java.util.Locale;

/**
 * The rule of the iterative level partition. Whichever rule extracts the levels, they are numbered
 * from the top in every output: level 1 holds factors that reach nothing outside their own level.
 */
public enum PartitionDirection {
  /**
   * Warfield's textbook rule (the default): a factor whose R(i) ∩ A(i) = R(i) gets the iteration's
   * level, so the top level (what the others lead to) comes out first.
   */
  RESULT_FIRST("result-first", "R(i) \u2229 A(i) = R(i)"),
  /**
   * The cause-first rule many studies use: a factor whose R(i) ∩ A(i) = A(i) is extracted, so the
   * bottom level (the root drivers) comes out first. Numbered from the top, a factor's cause-first
   * level is never above its result-first one; the two agree exactly for the factors on a longest
   * chain of the component graph.
   */
  CAUSE_FIRST("cause-first", "R(i) \u2229 A(i) = A(i)");

  private final String label;
  private final String rule;

  PartitionDirection(String label, String rule) {
    this.label = label;
    this.rule = rule;
  }

  /**
   * Reads a direction by its label or name, in either case: {@code result-first} (or
   * {@code result_first}) or {@code cause-first}.
   *
   * @param text the label
   * @return the direction
   * @throws IllegalArgumentException naming the accepted labels
   */
  public static PartitionDirection parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (PartitionDirection d : values()) {
      if (d.label.equals(t)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown partition direction '" + text
        + "' (expected result-first or cause-first)");
  }

  /**
   * Returns the label reports print.
   *
   * @return {@code result-first} or {@code cause-first}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the level rule as papers write it.
   *
   * @return {@code R(i) ∩ A(i) = R(i)} or {@code R(i) ∩ A(i) = A(i)}
   */
  public String rule() {
    return rule;
  }
}
