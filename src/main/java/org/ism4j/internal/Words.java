package org.ism4j.internal;

/**
 * Counted nouns for the writers' sentences, singular for one: "1 level", "3 levels". Shared by the
 * {@code report}, {@code draw}, {@code audit} and {@code testing} packages. Not exported by the
 * module; stateless.
 */
public final class Words {
  private Words() {}

  /**
   * A count with its noun, made plural with an {@code s} unless the count is one.
   *
   * @param n the count
   * @param noun the singular noun
   * @return e.g. {@code "1 factor"} or {@code "3 factors"}
   */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * A count with the singular or the plural form given.
   *
   * @param n the count
   * @param singular the form for one
   * @param plural the form for any other count
   * @return e.g. {@code "1 transitive link"} or {@code "0 transitive links"}
   */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
