package org.ism4j.archfixture.high;

import org.ism4j.archfixture.low.Low;

/** Fixture for ArchitectureTest: a high package that uses a low one, as it may. */
public final class High {
  private High() {}

  /**
   * Returns a name.
   *
   * @return a name
   */
  public static String name() {
    return "high";
  }

  /**
   * Uses the low package.
   *
   * @return a string from it
   */
  public static String down() {
    return Low.up();
  }
}
