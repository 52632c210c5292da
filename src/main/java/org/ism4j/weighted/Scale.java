package org.ism4j.weighted;

import java.util.Locale;

/**
 * The scale a weighted direct matrix is written on. A reader detects it from the cells
 * ({@link WeightedMatrix#parse(String)}) or is told it ({@link WeightedMatrix#parse(String, Scale)}).
 *
 * <ul>
 *   <li>{@link #GODET}: integers 0 to 3 and {@code P} (a potential link), as in Godet's MICMAC;
 *   <li>{@link #FUZZY}: numbers in [0, 1], or the words of the linguistic scale
 *       ({@link #fuzzyWord(String)});
 *   <li>{@link #DEMATEL}: non-negative numbers, usually the integers 0 to 4.
 * </ul>
 */
public enum Scale {
  /** Integers 0 (none), 1 (weak), 2 (moderate), 3 (strong) and {@code P} (potential). */
  GODET("godet"),
  /** Numbers in [0, 1] or the words none, very low, low, medium, high, very high, complete. */
  FUZZY("fuzzy"),
  /** Non-negative numbers, usually 0 (no influence) to 4 (very high influence). */
  DEMATEL("dematel");

  /** The words of the fuzzy scale, in order, and their values. */
  private static final String[] WORDS = {"none", "very low", "low", "medium", "high", "very high", "complete"};
  private static final double[] WORD_VALUES = {0, 0.1, 0.3, 0.5, 0.7, 0.9, 1};

  private final String label;

  Scale(String label) {
    this.label = label;
  }

  /**
   * Reads a scale by its label in either case: {@code godet}, {@code fuzzy} or {@code dematel}.
   *
   * @param text the scale's label
   * @return the scale
   * @throws IllegalArgumentException naming the text and the accepted labels
   */
  public static Scale parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (Scale s : values()) {
      if (s.label.equals(t)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scale '" + text + "' (expected godet, fuzzy or dematel)");
  }

  /**
   * Returns the scale's label as reports and options name it.
   *
   * @return {@code "godet"}, {@code "fuzzy"} or {@code "dematel"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the value of a word of the fuzzy linguistic scale: none 0, very low 0.1, low 0.3,
   * medium 0.5, high 0.7, very high 0.9, complete 1. Case, and spaces, hyphens or underscores
   * between the two words of {@code very low} and {@code very high}, do not matter.
   *
   * @param word a word, such as {@code "Very high"}
   * @return its value, or {@code -1} when it is not a word of the scale
   */
  public static double fuzzyWord(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    for (int k = 0; k < WORDS.length; k++) {
      if (WORDS[k].equals(w)) {
        return WORD_VALUES[k];
      }
    }
    return -1;
  }

  /**
   * Returns what the scale accepts, for messages.
   *
   * @return e.g. {@code "an integer 0 to 3 or P"}
   */
  String expected() {
    switch (this) {
      case GODET:
        return "an integer 0 to 3 or P";
      case FUZZY:
        return "a number from 0 to 1 or one of none, very low, low, medium, high, very high, complete";
      default:
        return "a non-negative number";
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
