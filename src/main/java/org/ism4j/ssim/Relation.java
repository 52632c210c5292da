package org.ism4j.ssim;

/**
 * One cell (i, j), i &lt; j, of a structural self-interaction matrix (SSIM).
 *
 * <p>Orientation is row to column: {@link #V} means factor i influences factor j.
 */
public enum Relation {
  /** i influences j (i → j). */
  V,
  /** j influences i (j → i). */
  A,
  /** i and j influence each other (i ↔ j). */
  X,
  /** no relation between i and j. */
  O;

  /**
   * Returns the relation for an SSIM symbol, in either case.
   *
   * @param symbol one of {@code V A X O v a x o}
   * @return the relation, or {@code null} when {@code symbol} is no relation symbol
   */
  public static Relation ofSymbol(char symbol) {
    switch (Character.toUpperCase(symbol)) {
      case 'V':
        return V;
      case 'A':
        return A;
      case 'X':
        return X;
      case 'O':
        return O;
      default:
        return null;
    }
  }

  /**
   * Returns the relation for the two directions of a pair.
   *
   * @param forward whether i influences j
   * @param backward whether j influences i
   * @return {@code X} for both, {@code V} for forward only, {@code A} for backward only, else {@code O}
   */
  public static Relation of(boolean forward, boolean backward) {
    if (forward) {
      return backward ? X : V;
    }
    return backward ? A : O;
  }

  /**
   * Returns the symbol as printed in an SSIM.
   *
   * @return {@code 'V'}, {@code 'A'}, {@code 'X'} or {@code 'O'}
   */
  public char symbol() {
    return name().charAt(0);
  }

  /**
   * Returns the same relation seen from the other cell: the mirror of (i, j) is (j, i).
   *
   * @return {@code A} for {@code V}, {@code V} for {@code A}; {@code X} and {@code O} are their own mirror
   */
  public Relation mirror() {
    switch (this) {
      case V:
        return A;
      case A:
        return V;
      default:
        return this;
    }
  }

  /**
   * Whether the row factor i influences the column factor j.
   *
   * @return true for {@code V} and {@code X}
   */
  public boolean forward() {
    return this == V || this == X;
  }

  /**
   * Whether the column factor j influences the row factor i.
   *
   * @return true for {@code A} and {@code X}
   */
  public boolean backward() {
    return this == A || this == X;
  }
}
