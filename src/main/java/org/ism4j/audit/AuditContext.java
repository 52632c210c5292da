package org.ism4j.audit;

import com.google.common.base.Suppliers;
import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.audit.FindingText.NoClosureSource;
import org.ism4j.audit.PublishedFactors.PrintedPowers;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.TransitiveClosure;
import org.ism4j.level.TextbookPartition;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/**
 * Everything the checks read, computed once per {@link Audit#of} call: the model of the SSIM and
 * the published tables put in SSIM order. Immutable and thread-safe; what only some audits need
 * (the split cycles, the levels without closure) is computed on first use.
 *
 * <p>Building the context is where a published table is refused ({@link PublishedTableException}),
 * part by part in {@link Part} order; the checks themselves never throw.
 */
final class AuditContext {
  final Ssim ssim;
  final PublishedTables published;
  final Labels labels;
  final int n;
  final IsmModel model;
  final BitMatrix irm;
  final BitMatrix frm;
  /** Column j of the IRM as row j: the antecedent sets before closure. */
  final BitMatrix irmT;
  /** Column j of the FRM as row j: the antecedent sets. */
  final BitMatrix frmT;
  /** The levels the level rule gives on the IRM, without closure. */
  final TextbookPartition irmPartition;
  final FindingText text;
  /** The English of the diagnosis. */
  final DiagnosisText why;

  private final BitMatrix publishedIrm;
  private final BitMatrix publishedFrm;
  private final PrintedSets sets;
  private final Part levelsPart;
  private final ImmutableIntArray publishedLevels;
  private final ImmutableIntArray computedLevels;
  private final ImmutableIntArray levels;
  private final boolean levelsDiffer;
  private final PrintedPowers powers;
  private final Supplier<Optional<NoClosureSource>> noClosure;
  private final Supplier<List<SplitCycle>> splitCycles;
  private final Supplier<FrmBasis> frmBasis;

  /**
   * The IRM a published FRM should be the closure of: the published IRM (its diagonal set) when
   * the paper printed one, else the SSIM's.
   *
   * @param irm that IRM
   * @param closure its full closure
   * @param published whether it is the published IRM
   */
  record FrmBasis(BitMatrix irm, BitMatrix closure, boolean published) {}

  AuditContext(Ssim ssim, PublishedTables published) {
    this.ssim = ssim;
    this.published = published;
    this.labels = ssim.labels();
    this.n = labels.size();
    this.model = IsmAnalyzer.analyze(ssim);
    this.irm = Access.bits(model.initialReachability());
    this.frm = Access.bits(model.finalReachability());
    this.irmT = irm.transpose();
    this.frmT = frm.transpose();
    this.irmPartition = TextbookPartition.of(model.initialReachability());
    this.text = new FindingText(ssim);
    this.why = new DiagnosisText(text);

    PublishedFactors factors = new PublishedFactors(labels, published.sources());
    this.publishedIrm = published.irm().map(m -> factors.align(m, Part.IRM)).orElse(null);
    this.publishedFrm = published.frm().map(m -> factors.align(m, Part.FRM)).orElse(null);
    this.sets = published.sets()
        .map(rows -> PrintedSets.of(rows, factors, irm, irmT, frm, frmT)).orElse(null);
    this.levelsPart = published.levels().isPresent() ? Part.LEVELS : Part.SETS;
    Optional<Map<String, Integer>> printedLevels = published.levelsOrSetsLevels();
    this.publishedLevels = printedLevels.map(m -> factors.levels(m, levelsPart)).orElse(null);
    this.computedLevels = model.levels().levelsByFactor();
    if (publishedLevels == null) {
      this.levels = computedLevels;
      this.levelsDiffer = false;
    } else {
      int[] p = new int[n];
      boolean differ = false;
      for (int i = 0; i < n; i++) {
        p[i] = publishedLevels.get(i) != 0 ? publishedLevels.get(i) : computedLevels.get(i);
        differ |= p[i] != computedLevels.get(i);
      }
      this.levels = ImmutableIntArray.copyOf(p);
      this.levelsDiffer = differ;
    }
    this.powers = published.powers().map(factors::powers).orElse(null);
    this.noClosure = Suppliers.memoize(this::findNoClosureSource);
    this.splitCycles = Suppliers.memoize(() -> levelsDiffer ? SplitCycle.find(this) : List.of());
    this.frmBasis = Suppliers.memoize(() -> {
      if (publishedIrm == null) {
        return new FrmBasis(irm, frm, false);
      }
      BitMatrix b = publishedIrm.or(BitMatrix.identity(n));
      return new FrmBasis(b, TransitiveClosure.of(b), true);
    });
  }

  /** The IRM a published FRM should close, and its closure. */
  FrmBasis frmBasis() {
    return frmBasis.get();
  }

  /**
   * How many cells a cause that holds "up to a tolerance" may leave unexplained: max(2, 1% of
   * n²).
   */
  int tolerance() {
    return (int) Math.max(2, (long) n * n / 100);
  }

  /** The published IRM in SSIM order. */
  Optional<BitMatrix> publishedIrm() {
    return Optional.ofNullable(publishedIrm);
  }

  /** The published FRM in SSIM order. */
  Optional<BitMatrix> publishedFrm() {
    return Optional.ofNullable(publishedFrm);
  }

  /** The printed sets table. */
  Optional<PrintedSets> sets() {
    return Optional.ofNullable(sets);
  }

  /** Whether the paper printed levels (a levels table or the sets table's level column). */
  boolean hasPublishedLevels() {
    return publishedLevels != null;
  }

  /** The part the published levels come from: the levels table, else the sets table. */
  Part levelsPart() {
    return levelsPart;
  }

  /** Published levels by factor, 0 where none was printed; needs {@link #hasPublishedLevels}. */
  ImmutableIntArray publishedLevels() {
    return publishedLevels;
  }

  /** The levels ism4j computes, by factor. */
  ImmutableIntArray computedLevels() {
    return computedLevels;
  }

  /** The published levels, with the computed level for a factor the paper gave none. */
  ImmutableIntArray levels() {
    return levels;
  }

  /** Whether some published level is not the computed one. */
  boolean levelsDiffer() {
    return levelsDiffer;
  }

  /**
   * Whether the published levels are not the computed partition, even numbered differently (a
   * paper may number its levels 10, 20, 30): false without published levels.
   */
  boolean levelsWrong() {
    return levelsDiffer && !matchesPublished(computedLevels);
  }

  /** The printed powers. */
  Optional<PrintedPowers> powers() {
    return Optional.ofNullable(powers);
  }

  /**
   * Whether the published levels are what the level rule gives without closure, and on which
   * matrix; empty when they are not (or the levels do not differ at all).
   */
  Optional<NoClosureSource> levelsWithoutClosure() {
    return noClosure.get();
  }

  /** The cycles whose factors the published levels put on different levels, in component order. */
  List<SplitCycle> splitCycles() {
    return splitCycles.get();
  }

  private Optional<NoClosureSource> findNoClosureSource() {
    if (!levelsWrong()) {
      return Optional.empty();
    }
    if (matchesPublished(irmPartition.levelsByFactor())) {
      return Optional.of(NoClosureSource.SSIM_IRM);
    }
    if (publishedIrm != null && !publishedIrm.equals(irm)) {
      ReachabilityMatrix m = Access.make(ReachabilityMatrix.class, labels,
          publishedIrm.or(BitMatrix.identity(n)));
      if (matchesPublished(TextbookPartition.of(m).levelsByFactor())) {
        return Optional.of(NoClosureSource.PUBLISHED_IRM);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a partition (level by factor, 0 for none) gives every printed level: the same numbers,
   * or the same levels numbered with gaps (the k-th distinct published level is the partition's
   * level k).
   */
  boolean matchesPublished(int[] partition) {
    boolean exact = true;
    for (int i = 0; i < n; i++) {
      if (publishedLevels.get(i) != 0 && partition[i] != publishedLevels.get(i)) {
        exact = false;
        break;
      }
    }
    if (exact) {
      return true;
    }
    int[] values = Arrays.stream(publishedLevels.toArray()).filter(v -> v != 0)
        .distinct().sorted().toArray();
    for (int i = 0; i < n; i++) {
      int p = publishedLevels.get(i);
      if (p != 0 && partition[i] != Arrays.binarySearch(values, p) + 1) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesPublished(ImmutableIntArray partition) {
    return matchesPublished(partition.toArray());
  }
}
