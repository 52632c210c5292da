package org.ism4j.tism;

import java.util.List;
import java.util.Objects;

/**
 * One link of a TISM: a direct link with its interpretation, or a transitive link with the
 * intermediate factors of its shortest path and whether the experts keep it.
 *
 * @param from the influencing factor's label
 * @param to the influenced factor's label
 * @param kind direct (in the IRM) or transitive (added by the closure)
 * @param interpretation why the link holds; empty when none was given
 * @param via the intermediate factors of a shortest path of direct links, in path order; empty for a
 *     direct link
 * @param significant true for every direct link; for a transitive link, whether the significance
 *     table keeps it
 */
public record TismLink(String from, String to, Kind kind, String interpretation, List<String> via,
    boolean significant) {
  /**
   * Checks and copies the fields.
   *
   * @param from the influencing factor
   * @param to the influenced factor
   * @param kind the kind
   * @param interpretation the text, possibly empty
   * @param via the intermediate factors
   * @param significant whether the link stays
   */
  public TismLink {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(interpretation, "interpretation");
    via = List.copyOf(via);
  }

  /**
   * Returns whether this is a direct link.
   *
   * @return kind is direct
   */
  public boolean isDirect() {
    return kind == Kind.DIRECT;
  }

  /** Where a link comes from. */
  public enum Kind {
    /** A link of the initial reachability matrix: an expert's judgement. */
    DIRECT,
    /** A link the transitive closure added. */
    TRANSITIVE;

    /**
     * Returns the name JSON and reports print.
     *
     * @return {@code direct} or {@code transitive}
     */
    public String label() {
      return this == DIRECT ? "direct" : "transitive";
    }
  }
}
