package org.ism4j.micmac;

/** The four MICMAC quadrants, numbered as in the ISM literature. */
public enum Cluster {
  /** Quadrant I: weak driving power, weak dependence power. */
  AUTONOMOUS("I", "autonomous"),
  /** Quadrant II: weak driving power, strong dependence power. */
  DEPENDENT("II", "dependent"),
  /** Quadrant III: strong driving power, strong dependence power. */
  LINKAGE("III", "linkage"),
  /** Quadrant IV: strong driving power, weak dependence power. */
  INDEPENDENT("IV", "independent");

  private final String roman;
  private final String displayName;

  Cluster(String roman, String displayName) {
    this.roman = roman;
    this.displayName = displayName;
  }

  /**
   * Returns the cluster for a pair of strengths.
   *
   * @param strongDriving whether the driving power is above the split
   * @param strongDependence whether the dependence power is above the split
   * @return the quadrant
   */
  public static Cluster of(boolean strongDriving, boolean strongDependence) {
    if (strongDriving) {
      return strongDependence ? LINKAGE : INDEPENDENT;
    }
    return strongDependence ? DEPENDENT : AUTONOMOUS;
  }

  /**
   * Returns the quadrant number as a Roman numeral.
   *
   * @return {@code "I"} to {@code "IV"}
   */
  public String roman() {
    return roman;
  }

  /**
   * Returns the lower-case name used in reports and JSON.
   *
   * @return e.g. {@code "linkage"}
   */
  public String displayName() {
    return displayName;
  }
}
