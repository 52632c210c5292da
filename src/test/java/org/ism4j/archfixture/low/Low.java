package org.ism4j.archfixture.low;

import org.ism4j.archfixture.high.High;

/** Fixture for ArchitectureTest: a low package that wrongly uses a high one (a cycle). */
public final class Low {
  private Low() {}

  /**
   * Uses the high package.
   *
   * @return a string from it
   */
  public static String up() {
    return High.name();
  }
}
