package org.ism4j.audit;

import java.util.Objects;
import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ism4j.IsmModel;
import org.ism4j.level.TextbookPartition;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/**
 * A reproduction audit: what a paper printed ({@link PublishedTables}) checked against what its own
 * SSIM gives. Immutable and thread-safe.
 *
 * <pre>{@code
 * Ssim ssim = Ssim.parse(Path.of("ssim.tsv"));
 * PublishedTables paper = PublishedTables.read(Path.of("published-table2.tsv"),
 *     PublishedTables.Format.SETS, ssim.labels());
 * Audit audit = Audit.of(ssim, paper);
 * audit.verdict();                 // Verdict.DOES_NOT_REPRODUCE
 * for (Finding f : audit.findings()) {
 *   System.out.println(f.kind().id() + " " + f.factors() + ": " + f.message());
 * }
 * }</pre>
 *
 * <p>The reachability, closure and levels come from ism4j's core ({@code IsmAnalyzer.analyze}); the
 * audit then matches the printed factors to the SSIM's (refusing a table it cannot match with a
 * {@link PublishedTableException}) and checks, in this order, each part the paper printed:
 *
 * <ol>
 *   <li><b>IRM</b>: every cell against the SSIM ({@link Finding.Kind#IRM_CELL}). Two cells (i, j)
 *       and (j, i) printed the wrong way round are one finding explained as transposed; when the
 *       whole matrix is (nearly) the SSIM read with V and A swapped, or with each row's cells in
 *       reverse order (SSIM columns printed right to left), the cells so explained are one finding
 *       with that explanation.
 *   <li><b>FRM</b>: every cell against the full transitive closure: a missing link comes with the
 *       shortest path of direct links that implies it ({@link Finding.Kind#FRM_MISSING_LINK}), a
 *       link with no path is {@link Finding.Kind#FRM_UNSUPPORTED_LINK}. An FRM that is just the IRM,
 *       or the IRM plus one step of transitivity, is one finding saying so.
 *   <li><b>Sets table</b>: whether the sets list the factor itself is detected
 *       ({@link #setsConvention()}); the printed sets follow the IRM ({@link #setsBasis()}) when
 *       every printed membership is the IRM's, apart from pairs printed the wrong way round and
 *       cells the table prints both ways, while the closure adds links to them
 *       ({@link Finding.Kind#SETS_WITHOUT_CLOSURE}), and the FRM otherwise. Then one
 *       {@link Finding.Kind#SET_DIFFERS} per factor whose printed sets differ from the basis, with
 *       the SSIM cells concerned, and one {@link Finding.Kind#INTERSECTION_DIFFERS} per printed
 *       common set that is not the intersection of the printed sets.
 *   <li><b>Levels</b> (the levels table, else the sets table's level column): factors left out
 *       ({@link Finding.Kind#MISSING_FACTOR}; they are given their computed level for what
 *       follows). If every published level is the computed one, nothing more. Otherwise:
 *       {@link Finding.Kind#LEVELS_WITHOUT_CLOSURE} when the level rule run on the IRM (no closure)
 *       gives exactly the published levels; one {@link Finding.Kind#SPLIT_CYCLE} per cycle whose
 *       factors the paper put on different levels, with a closed walk through it and its feedback
 *       links ({@link #cycles()}); one {@link Finding.Kind#LEVEL_RULE} per iteration of the
 *       published partition in which the rule fails for a factor published at that level or holds
 *       for a factor published lower (factors of split cycles are left to the split-cycle finding);
 *       and, when the printed sets differ from the FRM, one {@link Finding.Kind#PRINTED_LEVEL_RULE}
 *       per iteration in which the paper's stated rule on its own printed sets does not give its
 *       level, saying whether the level follows from the printed output and common columns instead.
 *   <li><b>Powers</b>: against the FRM's row and column sums ({@link Finding.Kind#POWER_DIFFERS}),
 *       explained when they are the IRM's sums, the published FRM's sums, off by the factor itself,
 *       or swapped.
 * </ol>
 *
 * <p>Then the diagnosis ({@link #diagnosis()}): the root causes, ranked, each claimed only when
 * what the paper printed is what that cause produces (a single misprint, levels from the IRM or
 * from the printed FRM, a closure missing, one pass deep or incomplete, sets from the IRM, cells
 * transposed, a split cycle; see {@link Cause.Kind}), and a one-paragraph {@link #summary()}.
 *
 * <p>The verdict: {@link Verdict#REPRODUCES} with no findings; {@link Verdict#DOES_NOT_REPRODUCE}
 * when the published levels differ from the computed ones; otherwise
 * {@link Verdict#REPRODUCES_AFTER_CORRECTIONS} with {@link #corrections()} cells.
 */
public final class Audit {

  /** Whether a printed sets table lists each factor in its own sets. */
  public enum SetsConvention {
    /** Every row lists its factor in its reachability and antecedent sets (ism4j's convention). */
    INCLUDES_FACTOR("the sets list the factor itself"),
    /** No row lists its factor in its own sets. */
    EXCLUDES_FACTOR("the sets leave the factor itself out"),
    /** Some rows list their factor, others do not. */
    MIXED("some rows list the factor itself, others do not");

    private final String description;

    SetsConvention(String description) {
      this.description = description;
    }

    /**
     * Returns a description for reports.
     *
     * @return e.g. {@code "the sets leave the factor itself out"}
     */
    public String description() {
      return description;
    }
  }

  /** The matrix whose rows and columns a printed sets table follows. */
  public enum SetsBasis {
    /** The initial reachability matrix: no closure applied. */
    IRM,
    /** The final reachability matrix (the full closure). */
    FRM
  }

  /**
   * A cycle of the SSIM (factors that all reach each other) that the published levels split.
   *
   * @param members the factors of the cycle, in input order
   * @param walk a closed walk of direct links through the cycle, from the member published lowest
   *     in the hierarchy to the one published highest and back (first label repeated at the end)
   * @param feedbackLinks a small set of direct links whose removal leaves the cycle acyclic; among
   *     minimum sets, one that keeps as many links consistent with the published levels as possible
   * @param exact whether {@code feedbackLinks} is an exact minimum (searched exactly up to 20
   *     members, by the Eades–Lin–Smyth heuristic, made minimal, beyond)
   * @param levelsWithoutFeedback the levels of the whole model with the feedback links removed,
   *     level 1 first; empty when the cycle is too large to search ({@value #FEEDBACK_LIMIT} members)
   */
  public record Cycle(List<String> members, List<String> walk, List<Finding.Cell> feedbackLinks,
      boolean exact, List<Set<String>> levelsWithoutFeedback) {
    /**
     * Creates a cycle.
     *
     * @param members the factors of the cycle
     * @param walk a closed walk through it
     * @param feedbackLinks its feedback links
     * @param exact whether the feedback links are an exact minimum
     * @param levelsWithoutFeedback the levels without the feedback links
     */
    public Cycle {
      members = ImmutableList.copyOf(members);
      walk = ImmutableList.copyOf(walk);
      feedbackLinks = ImmutableList.copyOf(feedbackLinks);
      levelsWithoutFeedback = ImmutableList.copyOf(levelsWithoutFeedback);
    }

    /**
     * Returns how the feedback links were found, as reports name it.
     *
     * @return {@code "exact minimum"} or {@code "Eades–Lin–Smyth heuristic, minimal"}
     */
    public String method() {
      return FindingText.feedbackMethod(exact);
    }
  }

  /** Cycles larger than this get no feedback links (the heuristic is cubic in the cycle's size). */
  public static final int FEEDBACK_LIMIT = 2_000;

  private final Ssim ssim;
  private final IsmModel model;
  private final PublishedTables published;
  private final List<Finding> findings;
  private final List<Cause> diagnosis;
  private final String summary;
  private final Verdict verdict;
  private final int corrections;
  private final SetsConvention convention;
  private final SetsBasis basis;
  /** By factor, 0 where none was printed; null without published levels. */
  private final ImmutableIntArray publishedLevels;
  private final TextbookPartition irmPartition;
  private final List<Cycle> cycles;

  Audit(AuditContext c, List<Finding> findings, List<Cause> diagnosis) {
    this.ssim = c.ssim;
    this.model = c.model;
    this.published = c.published;
    this.findings = ImmutableList.copyOf(findings);
    this.diagnosis = ImmutableList.copyOf(diagnosis);
    this.convention = c.sets().map(PrintedSets::convention).orElse(null);
    this.basis = c.sets().map(PrintedSets::basis).orElse(null);
    this.publishedLevels = c.hasPublishedLevels() ? c.publishedLevels() : null;
    this.irmPartition = c.irmPartition;
    this.cycles = c.splitCycles().stream().map(SplitCycle::cycle)
        .collect(ImmutableList.toImmutableList());
    int sum = 0;
    for (Finding f : findings) {
      sum += f.corrections();
    }
    if (findings.isEmpty()) {
      this.verdict = Verdict.REPRODUCES;
      this.corrections = 0;
    } else if (c.levelsDiffer() || findings.stream().anyMatch(f -> !f.kind().isCorrectable())) {
      this.verdict = Verdict.DOES_NOT_REPRODUCE;
      this.corrections = sum;
    } else {
      this.verdict = Verdict.REPRODUCES_AFTER_CORRECTIONS;
      this.corrections = sum;
    }
    List<String> parts = new java.util.ArrayList<>();
    c.published.parts().forEach(part -> parts.add(part.title()));
    String published = parts.size() <= 1 ? String.join("", parts)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and "
            + parts.get(parts.size() - 1);
    this.summary = c.why.summary(verdict, verdictText(), this.findings.size(), this.diagnosis,
        published, c.n, c.model.levels().levelCount());
  }

  /**
   * Audits what a paper printed against its SSIM.
   *
   * @param ssim the paper's SSIM
   * @param published what the paper printed
   * @return the audit
   * @throws IllegalArgumentException when nothing was published ({@link PublishedTables#isEmpty()}:
   *     an audit with nothing to check has no verdict)
   * @throws PublishedTableException when a published table names a factor the SSIM does not have
   *     (by label or 1-based number), names one twice, gives a level below 1, or is a matrix of
   *     another size; the exception names the part and the file it was read from
   */
  public static Audit of(Ssim ssim, PublishedTables published) {
    if (published.isEmpty()) {
      throw new IllegalArgumentException("nothing to check: the published tables are empty (give an "
          + "IRM, FRM, sets table, levels table or powers table)");
    }
    return Auditor.audit(new AuditContext(ssim, published));
  }

  /**
   * Returns the findings, in the order described in the class comment.
   *
   * @return the findings; empty when everything reproduces
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the root causes of the findings, ranked: the cause that explains most first (see
   * {@link Cause.Kind} for the order). A cause is listed only when what the paper printed is what
   * that cause produces, up to the tolerance its message states; a paper printed correctly has
   * none, and findings may have none.
   *
   * @return the causes; empty when the paper reproduces or no cause accounts for its findings
   */
  public List<Cause> diagnosis() {
    return diagnosis;
  }

  /**
   * Returns the causes of one kind.
   *
   * @param kind a kind
   * @return those causes, in order
   */
  public List<Cause> diagnosis(Cause.Kind kind) {
    java.util.Objects.requireNonNull(kind, "kind");
    return diagnosis.stream().filter(c -> c.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns one paragraph for the top of a report: the verdict, what the SSIM gives, and the
   * ranked root cause with the ids of the others.
   *
   * @return the paragraph, one line of plain text
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns the findings of one kind.
   *
   * @param kind a kind
   * @return those findings, in order
   */
  public List<Finding> findings(Finding.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return findings.stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the verdict.
   *
   * @return whether the paper reproduces
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns how many printed cells or entries the findings ask to correct.
   *
   * @return the sum of {@link Finding#corrections()} over all findings; 0 when the paper
   *     reproduces
   */
  public int corrections() {
    return corrections;
  }

  /**
   * Returns the verdict as reports print it.
   *
   * @return e.g. {@code "reproduces-after-corrections (3 cells)"}
   */
  public String verdictText() {
    if (verdict == Verdict.REPRODUCES_AFTER_CORRECTIONS) {
      return verdict.id() + " (" + corrections + (corrections == 1 ? " cell)" : " cells)");
    }
    return verdict.id();
  }

  /**
   * Returns the SSIM audited.
   *
   * @return the SSIM
   */
  public Ssim ssim() {
    return ssim;
  }

  /**
   * Returns the factors.
   *
   * @return the SSIM's labels
   */
  public Labels labels() {
    return ssim.labels();
  }

  /**
   * Returns what ism4j computes from the SSIM: IRM, FRM, cycles, levels, powers.
   *
   * @return the model
   */
  public IsmModel model() {
    return model;
  }

  /**
   * Returns what the paper printed.
   *
   * @return the published tables
   */
  public PublishedTables published() {
    return published;
  }

  /**
   * Returns whether the printed sets table lists each factor in its own sets.
   *
   * @return the convention detected, or empty without a sets table
   */
  public Optional<SetsConvention> setsConvention() {
    return Optional.ofNullable(convention);
  }

  /**
   * Returns which matrix the printed sets follow.
   *
   * @return {@link SetsBasis#IRM} when every printed membership is the IRM's (apart from pairs of
   *     cells printed the wrong way round and cells the table prints both ways) and the closure
   *     adds links to the printed rows, else {@link SetsBasis#FRM}; empty without a sets table
   */
  public Optional<SetsBasis> setsBasis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Returns whether the paper printed levels (a levels table or a level column).
   *
   * @return whether published levels were audited
   */
  public boolean hasPublishedLevels() {
    return publishedLevels != null;
  }

  /**
   * Returns a factor's published level.
   *
   * @param factor a factor index
   * @return its published level, or empty when the paper printed none for it
   */
  public OptionalInt publishedLevel(int factor) {
    return publishedLevels == null || publishedLevels.get(factor) == 0 ? OptionalInt.empty()
        : OptionalInt.of(publishedLevels.get(factor));
  }

  /**
   * Returns the levels the level rule gives on the SSIM's IRM without closure, for comparison.
   *
   * @return the textbook partition of the IRM; it may be incomplete (stuck on a cycle)
   */
  public TextbookPartition irmPartition() {
    return irmPartition;
  }

  /**
   * Returns the cycles that the published levels split, each with its feedback links and the
   * levels that would result without them.
   *
   * @return the split cycles, in order of their first member
   */
  public List<Cycle> cycles() {
    return cycles;
  }

  /**
   * Returns the published tables as read back by the audit: the factor of each published level.
   *
   * @return factor label → published level, in SSIM order; empty without published levels
   */
  public Map<String, Integer> publishedLevels() {
    java.util.LinkedHashMap<String, Integer> m = new java.util.LinkedHashMap<>();
    if (publishedLevels != null) {
      for (int i = 0; i < publishedLevels.length(); i++) {
        if (publishedLevels.get(i) > 0) {
          m.put(labels().get(i), publishedLevels.get(i));
        }
      }
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public String toString() {
    return "Audit[" + verdictText() + ", " + findings.size() + " findings]";
  }
}
