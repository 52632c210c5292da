package org.ism4j.audit;

/**
 * The outcome of an {@link Audit}: does the paper's SSIM reproduce what the paper printed?
 *
 * <ul>
 *   <li>{@link #REPRODUCES}: nothing differs.
 *   <li>{@link #REPRODUCES_AFTER_CORRECTIONS}: some printed cells or entries differ, but they are
 *       local slips ({@link Finding.Kind#isCorrectable()}) and the published levels, where the paper
 *       printed any, are the levels the SSIM gives; {@link Audit#corrections()} tells how many cells.
 *   <li>{@link #DOES_NOT_REPRODUCE}: the published levels are not the levels the SSIM gives, or the
 *       paper's method is at fault (no closure, a split cycle, a level rule not followed).
 * </ul>
 */
public enum Verdict {
  /** Everything the paper printed follows from its SSIM. */
  REPRODUCES("reproduces"),
  /** The paper's results follow from its SSIM once some printed cells are corrected. */
  REPRODUCES_AFTER_CORRECTIONS("reproduces-after-corrections"),
  /** The paper's results do not follow from its SSIM. */
  DOES_NOT_REPRODUCE("does-not-reproduce");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  /**
   * Returns the stable name of this verdict, as in JSON and reports.
   *
   * @return {@code "reproduces"}, {@code "reproduces-after-corrections"} or
   *     {@code "does-not-reproduce"}
   */
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
