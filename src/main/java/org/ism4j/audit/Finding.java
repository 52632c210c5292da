package org.ism4j.audit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One discrepancy between what a paper printed and what its own SSIM gives. Immutable.
 *
 * <p>A finding has a {@link Kind}, the factors involved (labels, the most relevant first), the matrix
 * cells involved (row → column), the value the paper printed and the value ism4j computes (both as
 * short human-readable text), a one-line message, and, where one exists, an explanation of how the
 * paper most likely arrived at its value. Some kinds carry a path of factors as evidence: the path
 * that implies a missing transitive link, or a closed walk through a cycle that the published levels
 * split.
 */
public final class Finding {

  /**
   * What kind of discrepancy a finding reports. Each kind has a stable lower-case-hyphen
   * {@linkplain #id() name} used in JSON and reports.
   */
  public enum Kind {
    /** A cell of the published IRM disagrees with the SSIM. */
    IRM_CELL("irm-cell", true),
    /** The published FRM has 0 where a path of direct links leads: a missing (transitive) link. */
    FRM_MISSING_LINK("frm-missing-link", true),
    /** The published FRM has 1 where no path of direct links leads. */
    FRM_UNSUPPORTED_LINK("frm-unsupported-link", true),
    /** The printed reachability and antecedent sets are the IRM's rows and columns: no closure. */
    SETS_WITHOUT_CLOSURE("sets-without-closure", true),
    /** A factor's printed reachability (output) or antecedent (input) set differs from the matrix. */
    SET_DIFFERS("set-differs", true),
    /** A printed intersection (common) set is not the intersection of the printed sets. */
    INTERSECTION_DIFFERS("intersection-differs", true),
    /** A published table leaves a factor out. */
    MISSING_FACTOR("missing-factor", true),
    /** The published levels are what the level rule gives on the IRM, without closure. */
    LEVELS_WITHOUT_CLOSURE("levels-without-closure", false),
    /** The published levels put the factors of one cycle on different levels. */
    SPLIT_CYCLE("split-cycle", false),
    /** A published level violates the level rule in its iteration (on the SSIM's FRM). */
    LEVEL_RULE("level-rule", false),
    /** A published level does not follow from the paper's own printed sets by its stated rule. */
    PRINTED_LEVEL_RULE("printed-level-rule", false),
    /** A published driving or dependence power differs from the FRM's row or column sum. */
    POWER_DIFFERS("power-differs", true);

    private final String id;
    private final boolean correctable;

    Kind(String id, boolean correctable) {
      this.id = id;
      this.correctable = correctable;
    }

    /**
     * Returns the stable name of this kind, as in JSON and reports.
     *
     * @return lower case words joined by hyphens, e.g. {@code "set-differs"}
     */
    public String id() {
      return id;
    }

    /**
     * Returns whether this kind is about printed cells or entries that can be corrected one by one
     * (including sets printed without closure: the missing memberships), as opposed to levels that
     * the SSIM does not give (no closure, a split cycle, a level rule not followed).
     *
     * @return whether the finding counts towards {@link Verdict#REPRODUCES_AFTER_CORRECTIONS}
     */
    public boolean isCorrectable() {
      return correctable;
    }

    /**
     * Returns the kind with a given {@linkplain #id() name}.
     *
     * @param id a name such as {@code "irm-cell"}
     * @return the kind
     * @throws IllegalArgumentException for an unknown name
     */
    public static Kind ofId(String id) {
      Objects.requireNonNull(id, "id");
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown finding kind '" + id + "'");
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /**
   * A matrix cell, read row → column: {@code from} reaches (or influences) {@code to}.
   *
   * @param from the row factor's label
   * @param to the column factor's label
   */
  public record Cell(String from, String to) {
    /**
     * Creates a cell.
     *
     * @param from the row factor's label
     * @param to the column factor's label
     */
    public Cell {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /**
     * Returns the cell as papers name it.
     *
     * @return {@code (from, to)}
     */
    @Override
    public String toString() {
      return "(" + from + ", " + to + ")";
    }
  }

  private final Kind kind;
  private final List<String> factors;
  private final List<Cell> cells;
  private final String published;
  private final String computed;
  private final String message;
  private final String explanation;
  private final List<String> path;
  private final int corrections;

  private Finding(Builder b) {
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.factors = ImmutableList.copyOf(b.factors.build().stream().distinct().iterator());
    this.cells = ImmutableList.copyOf(b.cells.build().stream().distinct().iterator());
    this.published = Objects.requireNonNull(b.published, "published");
    this.computed = Objects.requireNonNull(b.computed, "computed");
    this.message = Objects.requireNonNull(b.message, "message");
    this.explanation = b.explanation;
    this.path = b.path;
    this.corrections = b.corrections >= 0 ? b.corrections : this.cells.size();
  }

  static Builder builder(Kind kind) {
    return new Builder(kind);
  }

  /**
   * Returns the kind of discrepancy.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the factors involved, the most relevant first (for a set, the factor whose row of the
   * table it is, then the members in question), without repetition.
   *
   * @return labels
   */
  public List<String> factors() {
    return factors;
  }

  /**
   * Returns the matrix cells involved, without repetition.
   *
   * @return the cells; empty for findings about whole levels
   */
  public List<Cell> cells() {
    return cells;
  }

  /**
   * Returns what the paper printed, in short.
   *
   * @return e.g. {@code "output set lists 13"}
   */
  public String published() {
    return published;
  }

  /**
   * Returns what ism4j computes from the SSIM, in short.
   *
   * @return e.g. {@code "13 → 4 only (SSIM cell (4, 13) = A)"}
   */
  public String computed() {
    return computed;
  }

  /**
   * Returns a one-line description of the finding with its evidence.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /**
   * Returns how the paper most likely arrived at its value, where the audit can tell.
   *
   * @return e.g. {@code "cells (4, 13) and (13, 4) transposed"}, or empty
   */
  public Optional<String> explanation() {
    return Optional.ofNullable(explanation);
  }

  /**
   * Returns a path of factors that is evidence for the finding: for
   * {@link Kind#FRM_MISSING_LINK} the shortest path of direct links that implies the link, for
   * {@link Kind#SPLIT_CYCLE} a closed walk through the cycle (first label repeated at the end).
   *
   * @return labels; empty when the kind has no path
   */
  public List<String> path() {
    return path;
  }

  /**
   * Returns how many printed cells or entries must change to remove this finding.
   *
   * @return the count; for kinds that are not {@linkplain Kind#isCorrectable() correctable} the
   *     number of cells involved, which the verdict does not use
   */
  public int corrections() {
    return corrections;
  }

  @Override
  public String toString() {
    return kind.id() + " " + factors + ": " + message
        + (explanation == null ? "" : " [" + explanation + "]");
  }

  /** Assembles a finding; package-private, the audit makes findings. */
  static final class Builder {
    private final Kind kind;
    private final ImmutableList.Builder<String> factors = ImmutableList.builder();
    private final ImmutableList.Builder<Cell> cells = ImmutableList.builder();
    private String published = "";
    private String computed = "";
    private String message;
    private String explanation;
    private List<String> path = List.of();
    private int corrections = -1;

    private Builder(Kind kind) {
      this.kind = kind;
    }

    Builder factor(String f) {
      factors.add(f);
      return this;
    }

    Builder factors(Iterable<String> fs) {
      factors.addAll(fs);
      return this;
    }

    Builder cell(String from, String to) {
      cells.add(new Cell(from, to));
      return this;
    }

    Builder cells(Iterable<Cell> cs) {
      cells.addAll(cs);
      return this;
    }

    Builder published(String s) {
      this.published = s;
      return this;
    }

    Builder computed(String s) {
      this.computed = s;
      return this;
    }

    Builder message(String s) {
      this.message = s;
      return this;
    }

    Builder explanation(String s) {
      this.explanation = s;
      return this;
    }

    Builder path(List<String> p) {
      this.path = ImmutableList.copyOf(p);
      return this;
    }

    Builder corrections(int n) {
      this.corrections = n;
      return this;
    }

    Finding build() {
      return new Finding(this);
    }
  }
}
