package org.ism4j.audit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * One root cause of an audit's findings: how the paper most likely came by what it printed, said
 * in one line, with the factors and cells it concerns. Immutable.
 *
 * <p>A cause is claimed only when what the paper printed <em>is</em> what that cause produces
 * (up to a tolerance the cause states, naming the cells outside it), never because it is merely
 * plausible: papers printed correctly get none. {@link Audit#diagnosis()} ranks them, the cause
 * that explains most first.
 *
 * @param kind what kind of cause
 * @param message one line, with its evidence
 * @param factors the factors concerned, without repetition
 * @param cells the matrix cells concerned (row → column), without repetition
 */
public record Cause(Kind kind, String message, List<String> factors, List<Finding.Cell> cells) {

  /**
   * The kinds of cause, in rank order: a single misprint first, then how the published levels
   * arose, then what the closure did, then slips in single tables. Each has a stable
   * lower-case-hyphen {@linkplain #id() name} used in JSON and reports.
   */
  public enum Kind {
    /** One cell of one published table, changed, makes all the published tables agree. */
    MISPRINT("misprint"),
    /** The published levels are what the level rule gives on the IRM, with no closure at all. */
    LEVELS_FROM_IRM("levels-from-irm"),
    /** The published levels are what the level rule gives on the published FRM as printed. */
    LEVELS_FROM_PRINTED_FRM("levels-from-printed-frm"),
    /** The published FRM is the IRM: no closure applied. */
    CLOSURE_MISSING("closure-missing"),
    /** The published FRM is one transitivity pass over the IRM (its Boolean square). */
    CLOSURE_ONE_PASS("closure-one-pass"),
    /** The published FRM lacks transitive links, and is neither the IRM nor one pass over it. */
    CLOSURE_INCOMPLETE("closure-incomplete"),
    /** The printed sets table lists the IRM's rows and columns, not the FRM's. */
    SETS_FROM_IRM("sets-from-irm"),
    /** The published FRM holds links that no path of direct links supports. */
    FRM_UNSUPPORTED("frm-unsupported"),
    /** The published IRM and the SSIM disagree. */
    SSIM_IRM_MISMATCH("ssim-irm-mismatch"),
    /** The published IRM is the SSIM read with V and A swapped (the matrix transposed). */
    VA_SWAPPED("va-swapped"),
    /** The published IRM is the SSIM with each row's cells read right to left. */
    REVERSED_COLUMNS("reversed-columns"),
    /** Pairs of cells (i, j) and (j, i) printed the wrong way round. */
    TRANSPOSED_CELLS("transposed-cells"),
    /** The published levels split a cycle of the full closure. */
    CYCLE_SPLIT("cycle-split");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    /**
     * Returns the stable name of this kind, as in JSON and reports.
     *
     * @return lower case words joined by hyphens, e.g. {@code "closure-one-pass"}
     */
    public String id() {
      return id;
    }

    /**
     * Returns the kind with a given {@linkplain #id() name}.
     *
     * @param id a name such as {@code "misprint"}
     * @return the kind
     * @throws IllegalArgumentException for an unknown name
     */
    public static Kind ofId(String id) {
      java.util.Objects.requireNonNull(id, "id");
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown cause '" + id + "'");
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /**
   * Creates a cause.
   *
   * @param kind what kind of cause
   * @param message one line
   * @param factors the factors concerned (repetitions are dropped)
   * @param cells the cells concerned (repetitions are dropped)
   */
  public Cause {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    factors = ImmutableList.copyOf(factors.stream().distinct().iterator());
    cells = ImmutableList.copyOf(cells.stream().distinct().iterator());
  }

  /**
   * Returns the stable name of the cause's kind.
   *
   * @return e.g. {@code "transposed-cells"}
   */
  public String id() {
    return kind.id();
  }

  @Override
  public String toString() {
    return kind.id() + ": " + message;
  }
}
