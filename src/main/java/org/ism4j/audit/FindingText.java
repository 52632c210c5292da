package org.ism4j.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeMap;
import com.google.common.primitives.ImmutableIntArray;
import org.ism4j.audit.Audit.SetsConvention;
import org.ism4j.audit.Finding.Kind;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.internal.BitMatrix;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/**
 * The English of the findings in one place: every message, explanation and short published or
 * computed value of a finding. The checks decide what differs and call one method here per
 * finding; no check writes a sentence. (The refusals of a published table are in
 * {@link PublishedFactors}.)
 */
final class FindingText {

  /** A whole published IRM that follows the SSIM read another way. */
  enum IrmPattern {
    TRANSPOSED("the SSIM read with V and A swapped (the matrix transposed)"),
    REVERSED_COLUMNS("SSIM columns printed in reverse order (each row's cells read right to left)");

    final String explanation;

    IrmPattern(String explanation) {
      this.explanation = explanation;
    }
  }

  /** A whole published FRM that is less than the closure. */
  enum FrmPattern {
    NO_CLOSURE("the published FRM is the IRM: no transitive closure applied"),
    ONE_STEP("one transitivity step only: the published FRM is the IRM plus the links of two"
        + " steps, not the full closure");

    final String explanation;

    FrmPattern(String explanation) {
      this.explanation = explanation;
    }
  }

  /** Where published levels come from when they are the level rule without closure. */
  enum NoClosureSource {
    SSIM_IRM("the SSIM's IRM"),
    PUBLISHED_IRM("the published IRM");

    final String name;

    NoClosureSource(String name) {
      this.name = name;
    }
  }

  /** How a paper may have arrived at its driving and dependence powers. */
  enum PowerHypothesis {
    IRM_SUMS("the IRM's row and column sums (no closure)"),
    SELF_NOT_COUNTED("the factor itself not counted"),
    SWAPPED("driving and dependence swapped"),
    PUBLISHED_FRM_SUMS("the published FRM's row and column sums");

    final String explanation;

    PowerHypothesis(String explanation) {
      this.explanation = explanation;
    }
  }

  private static final String FRM_FROM_PUBLISHED_IRM = "the published FRM is the closure of the"
      + " published IRM, whose cells differ from the SSIM";

  private final Ssim ssim;
  private final Labels labels;

  FindingText(Ssim ssim) {
    this.ssim = ssim;
    this.labels = ssim.labels();
  }

  /** How feedback links were found, as reports name it. */
  static String feedbackMethod(boolean exact) {
    return exact ? "exact minimum" : "Eades–Lin–Smyth heuristic, minimal";
  }

  // ---------------------------------------------------------------- factors, sets, cells

  String l(int i) {
    return labels.get(i);
  }

  /** {@code {a, b}}. */
  String set(BitSet s) {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    s.stream().forEach(i -> j.add(l(i)));
    return j.toString();
  }

  /** {@code a, b}. */
  String list(BitSet s) {
    StringJoiner j = new StringJoiner(", ");
    s.stream().forEach(i -> j.add(l(i)));
    return j.toString();
  }

  List<String> names(BitSet s) {
    List<String> out = new ArrayList<>();
    s.stream().forEach(i -> out.add(l(i)));
    return out;
  }

  List<String> names(List<Integer> path) {
    List<String> out = new ArrayList<>();
    path.forEach(v -> out.add(l(v)));
    return out;
  }

  /** {@code a → b → c}. */
  String arrow(List<Integer> path) {
    return String.join(" → ", names(path));
  }

  /** {@code (a, b)}. */
  String cell(int i, int j) {
    return "(" + l(i) + ", " + l(j) + ")";
  }

  /** The SSIM cell of a pair as printed in the upper triangle, e.g. "(4, 13) = A: 13 → 4". */
  String ssimCell(int a, int b) {
    int i = Math.min(a, b);
    int j = Math.max(a, b);
    Relation r = ssim.relation(i, j);
    String meaning;
    switch (r) {
      case V:
        meaning = l(i) + " → " + l(j);
        break;
      case A:
        meaning = l(j) + " → " + l(i);
        break;
      case X:
        meaning = l(i) + " ↔ " + l(j);
        break;
      default:
        meaning = "no link";
        break;
    }
    return "SSIM cell " + cell(i, j) + " = " + r.symbol() + " (" + meaning + ")";
  }

  /** "1: a, b; 2: c" for the factors in {@code which}, grouped by level. */
  String levels(ImmutableIntArray level, BitSet which) {
    TreeMap<Integer, BitSet> by = new TreeMap<>();
    which.stream().forEach(i -> by.computeIfAbsent(level.get(i), k -> new BitSet()).set(i));
    StringJoiner j = new StringJoiner("; ");
    by.forEach((lv, s) -> j.add(lv + ": " + list(s)));
    return j.toString();
  }

  private static String bit(boolean b) {
    return b ? "1" : "0";
  }

  // ---------------------------------------------------------------- IRM

  Finding irmPattern(List<int[]> cells, IrmPattern pattern) {
    Finding.Builder f = Finding.builder(Kind.IRM_CELL);
    for (int[] c : cells) {
      f.factor(l(c[0])).factor(l(c[1])).cell(l(c[0]), l(c[1]));
    }
    return f.published(cells.size() + " cells differ from the SSIM")
        .computed("the IRM of the SSIM as given")
        .message(cells.size() + " cells of the IRM disagree with the SSIM in one pattern")
        .explanation(pattern.explanation).build();
  }

  Finding irmDiagonal(int i, BitMatrix pub, BitMatrix irm) {
    return Finding.builder(Kind.IRM_CELL).factor(l(i)).cell(l(i), l(i))
        .published(bit(pub.get(i, i))).computed(bit(irm.get(i, i)))
        .message("IRM diagonal cell " + cell(i, i) + " is 0, but every factor reaches itself")
        .build();
  }

  Finding irmTransposed(int i, int j, BitMatrix pub, BitMatrix irm) {
    return Finding.builder(Kind.IRM_CELL).factor(l(i)).factor(l(j))
        .cell(l(i), l(j)).cell(l(j), l(i))
        .published(cell(i, j) + " = " + bit(pub.get(i, j)) + ", " + cell(j, i) + " = "
            + bit(pub.get(j, i)))
        .computed(cell(i, j) + " = " + bit(irm.get(i, j)) + ", " + cell(j, i) + " = "
            + bit(irm.get(j, i)) + " (" + ssimCell(i, j) + ")")
        .message("IRM cells " + cell(i, j) + " and " + cell(j, i) + " disagree with the "
            + ssimCell(i, j))
        .explanation("cells " + cell(i, j) + " and " + cell(j, i) + " transposed").build();
  }

  Finding irmCell(int i, int j, BitMatrix pub, BitMatrix irm) {
    return Finding.builder(Kind.IRM_CELL).factor(l(i)).factor(l(j)).cell(l(i), l(j))
        .published(bit(pub.get(i, j))).computed(bit(irm.get(i, j)) + " (" + ssimCell(i, j) + ")")
        .message("IRM cell " + cell(i, j) + " is " + bit(pub.get(i, j)) + ", but the "
            + ssimCell(i, j))
        .build();
  }

  // ---------------------------------------------------------------- FRM

  Finding frmPattern(List<int[]> missing, FrmPattern pattern) {
    Finding.Builder f = Finding.builder(Kind.FRM_MISSING_LINK);
    for (int[] c : missing) {
      f.factor(l(c[0])).factor(l(c[1])).cell(l(c[0]), l(c[1]));
    }
    return f.published(missing.size() + " links absent")
        .computed(missing.size() + " transitive links")
        .message("the FRM lacks " + missing.size() + " links that paths of direct links imply")
        .explanation(pattern.explanation).build();
  }

  /**
   * A link the published FRM lacks.
   *
   * @param path the shortest path of direct links from i to j; ignored on the diagonal
   * @param fromPublishedIrm whether the published FRM is the closure of a wrong published IRM
   */
  Finding frmMissing(int i, int j, List<Integer> path, boolean fromPublishedIrm) {
    Finding.Builder f = Finding.builder(Kind.FRM_MISSING_LINK).cell(l(i), l(j)).published("0");
    if (i == j) {
      f.factor(l(i)).computed("1").message("FRM diagonal cell " + cell(i, i)
          + " is 0, but every factor reaches itself");
    } else {
      f.factors(names(path)).path(names(path));
      if (path.size() == 2) {
        f.computed("1 (direct link, " + ssimCell(i, j) + ")")
            .message("the FRM lacks the direct link " + arrow(path));
      } else {
        f.computed("1* (path " + arrow(path) + ")")
            .message("the FRM lacks the transitive link " + l(i) + " → " + l(j)
                + " implied by the path " + arrow(path));
      }
    }
    if (fromPublishedIrm) {
      f.explanation(FRM_FROM_PUBLISHED_IRM);
    }
    return f.build();
  }

  Finding frmUnsupported(int i, int j, boolean fromPublishedIrm) {
    Finding.Builder f = Finding.builder(Kind.FRM_UNSUPPORTED_LINK).factor(l(i)).factor(l(j))
        .cell(l(i), l(j)).published("1").computed("0 (no path)")
        .message("the FRM holds " + l(i) + " → " + l(j) + ", but no path of direct links leads"
            + " from " + l(i) + " to " + l(j));
    if (fromPublishedIrm) {
      f.explanation(FRM_FROM_PUBLISHED_IRM);
    }
    return f.build();
  }

  // ---------------------------------------------------------------- tables that leave factors out

  Finding missing(Part part, BitSet absent, int n) {
    String what = part == Part.SETS ? "no row" : part == Part.LEVELS ? "no level" : "no powers";
    return Finding.builder(Kind.MISSING_FACTOR).factors(names(absent))
        .published(what + " for " + list(absent)).computed(n + " factors")
        .message("the published " + part.title() + " leaves out " + (absent.cardinality() == 1
            ? "factor " : "factors ") + list(absent))
        .corrections(absent.cardinality()).build();
  }

  // ---------------------------------------------------------------- sets

  /**
   * Sets that are the IRM's rows and columns.
   *
   * @param factors the factors whose sets lack memberships, in order
   * @param cells the memberships the closure adds, as cells
   * @param differIrm printed memberships that differ from the IRM
   * @param differFrm printed memberships that differ from the FRM
   * @param links the transitive links of the closure
   */
  Finding setsWithoutClosure(List<Integer> factors, List<int[]> cells, int differIrm,
      int differFrm, int links) {
    Finding.Builder f = Finding.builder(Kind.SETS_WITHOUT_CLOSURE);
    factors.forEach(i -> f.factor(l(i)));
    cells.forEach(c -> f.cell(l(c[0]), l(c[1])));
    return f.published("sets = IRM rows and columns (" + differIrm + " printed memberships differ"
            + " from the IRM, " + differFrm + " from the FRM)")
        .computed("the closure adds " + links + " transitive links")
        .message("the printed reachability and antecedent sets are the IRM's rows and columns:"
            + " no transitive closure was applied (" + cells.size() + " memberships missing)")
        .explanation("sets taken from the IRM without closure").corrections(cells.size()).build();
  }

  /** {@code a reaches b by a → c → b}. */
  String reachesBy(int a, int b, List<Integer> path) {
    return l(a) + " reaches " + l(b) + " by " + arrow(path);
  }

  String transposedCells(int lo, int hi) {
    return "cells " + cell(lo, hi) + " and " + cell(hi, lo) + " transposed";
  }

  /** Cell (a, b) printed {@code fromOutput} in a's output set and {@code fromInput} in b's input set. */
  String contradiction(int a, int b, boolean fromOutput, boolean fromInput) {
    return "cell " + cell(a, b) + " is " + bit(fromOutput) + " in the output set of " + l(a)
        + " but " + bit(fromInput) + " in the input set of " + l(b);
  }

  /**
   * One factor's printed sets that differ from the matrix they follow.
   *
   * @param f the factor of the row
   * @param outExtra members its output set lists that the matrix does not, and so on
   * @param involved the factors whose membership differs
   * @param cells the cells concerned
   * @param computed per pair of factors, what the SSIM says ({@link #ssimCell}, {@link #reachesBy})
   * @param transposed pairs printed the wrong way round ({@link #transposedCells})
   * @param contradictions cells the table prints both ways ({@link #contradiction})
   */
  Finding setDiffers(int f, BitSet outExtra, BitSet outMissing, BitSet inExtra, BitSet inMissing,
      BitSet involved, List<int[]> cells, List<String> computed, List<String> transposed,
      List<String> contradictions) {
    List<String> parts = new ArrayList<>();
    if (!outExtra.isEmpty()) {
      parts.add("output set lists " + list(outExtra));
    }
    if (!outMissing.isEmpty()) {
      parts.add("output set lacks " + list(outMissing));
    }
    if (!inExtra.isEmpty()) {
      parts.add("input set lists " + list(inExtra));
    }
    if (!inMissing.isEmpty()) {
      parts.add("input set lacks " + list(inMissing));
    }
    Finding.Builder fb = Finding.builder(Kind.SET_DIFFERS).factor(l(f)).factors(names(involved));
    cells.forEach(c -> fb.cell(l(c[0]), l(c[1])));
    List<String> explanation = new ArrayList<>(transposed);
    if (!contradictions.isEmpty()) {
      explanation.add("the table contradicts itself: " + String.join("; ", contradictions));
    }
    if (!explanation.isEmpty()) {
      fb.explanation(String.join("; ", explanation));
    }
    String publishedText = String.join("; ", parts);
    String computedText = String.join("; ", computed);
    return fb.published(publishedText).computed(computedText)
        .message("factor " + l(f) + ": the " + publishedText + " (" + computedText + ")").build();
  }

  /** A printed set as the table prints it: without the factor itself under that convention. */
  private String printed(BitSet s, int f, SetsConvention convention) {
    if (convention == SetsConvention.EXCLUDES_FACTOR) {
      BitSet t = (BitSet) s.clone();
      t.clear(f);
      return set(t);
    }
    return set(s);
  }

  Finding intersectionDiffers(int f, BitSet diff, BitSet common, BitSet expected, BitSet out,
      BitSet in, SetsConvention convention) {
    return Finding.builder(Kind.INTERSECTION_DIFFERS).factor(l(f)).factors(names(diff))
        .published("common set " + printed(common, f, convention))
        .computed("output ∩ input = " + printed(expected, f, convention))
        .message("factor " + l(f) + ": the printed common set " + printed(common, f, convention)
            + " is not the intersection " + printed(expected, f, convention)
            + " of its printed output set " + printed(out, f, convention) + " and input set "
            + printed(in, f, convention))
        .corrections(diff.cardinality()).build();
  }

  // ---------------------------------------------------------------- levels

  Finding levelsWithoutClosure(BitSet differ, ImmutableIntArray published,
      ImmutableIntArray computed, NoClosureSource source) {
    int moved = differ.cardinality();
    return Finding.builder(Kind.LEVELS_WITHOUT_CLOSURE).factors(names(differ))
        .published(levels(published, differ)).computed(levels(computed, differ))
        .message("the published levels are what the level rule gives on " + source.name
            + " without transitive closure; with the closure " + moved
            + (moved == 1 ? " factor moves" : " factors move"))
        .explanation("levels follow from the IRM without closure").build();
  }

  /**
   * A cycle the published levels split.
   *
   * @param members the cycle's factors
   * @param cycle its walk and feedback links
   * @param searched whether feedback links were searched (the cycle is small enough)
   * @param published the published levels (computed ones where none was printed)
   * @param computedLevel the level the cycle gets
   */
  Finding splitCycle(BitSet members, Audit.Cycle cycle, boolean searched,
      ImmutableIntArray published, int computedLevel) {
    int distinct = (int) members.stream().map(published::get).distinct().count();
    String walk = String.join(" → ", cycle.walk());
    Finding.Builder f = Finding.builder(Kind.SPLIT_CYCLE).factors(names(members))
        .path(cycle.walk())
        .published(distinct + " levels (" + levels(published, members) + ")")
        .computed("one level (" + computedLevel + ")")
        .message("the " + members.cardinality() + " factors " + list(members) + " form one cycle"
            + " (each reaches every other, e.g. " + walk + "), so they share a level, but the"
            + " published levels put them on " + distinct + " levels");
    if (searched) {
      StringJoiner links = new StringJoiner(", ");
      cycle.feedbackLinks().forEach(c -> links.add(c.from() + " → " + c.to()));
      f.explanation("removing the " + cycle.feedbackLinks().size() + " feedback links ("
          + feedbackMethod(cycle.exact()) + ") " + links + " would leave a hierarchy of "
          + cycle.levelsWithoutFeedback().size() + " levels");
    }
    return f.build();
  }

  /** The published levels are the computed partition with other numbers. */
  Finding levelsRenumbered(BitSet renumbered, int[] values) {
    StringJoiner v = new StringJoiner(", ");
    StringJoiner w = new StringJoiner(", ");
    for (int t = 0; t < values.length; t++) {
      v.add(Integer.toString(values[t]));
      w.add(Integer.toString(t + 1));
    }
    return Finding.builder(Kind.LEVEL_RULE).factors(names(renumbered))
        .published("levels " + v).computed("levels " + w)
        .message("the published levels are the level rule's " + values.length + " iterations,"
            + " but numbered " + v + " instead of " + w)
        .build();
  }

  /** Evidence: f is published at level k, but the rule fails for it in iteration k. */
  String ruleFails(int f, int k, BitSet r, BitSet a, BitSet outside) {
    return l(f) + " is published at level " + k + ", but R(" + l(f) + ") = " + set(r)
        + " is not within A(" + l(f) + ") = " + set(a) + ": " + list(outside)
        + (outside.cardinality() == 1 ? " does" : " do") + " not reach " + l(f);
  }

  /** Evidence: the rule holds for f in iteration k (1-based), but f is published lower. */
  String ruleHolds(int f, int k, BitSet r, BitSet a, int publishedLevel) {
    return l(f) + " qualifies in iteration " + k + " (R(" + l(f) + ") = " + set(r)
        + " is within A(" + l(f) + ") = " + set(a) + "), but is published at level "
        + publishedLevel;
  }

  /**
   * The level rule broken in one iteration of the published partition.
   *
   * @param iteration the iteration, 1-based
   * @param level the published level of that iteration (equal to it unless levels have gaps)
   */
  Finding levelRule(int iteration, int level, BitSet violators, BitSet atK, BitSet qualify,
      BitSet remaining, List<String> evidence) {
    return Finding.builder(Kind.LEVEL_RULE).factors(names(violators))
        .published("level " + level + ": " + set(atK)).computed("the rule selects " + set(qualify))
        .message("in iteration " + iteration + (level != iteration ? " (published level " + level
            + ")" : "") + " (remaining " + set(remaining) + "), the level rule"
            + " R(i) ∩ A(i) = R(i) on the FRM: " + String.join("; ", evidence))
        .build();
  }

  /**
   * A published level that the paper's rule on its printed sets does not give.
   *
   * @param byColumns what the printed output and common columns give, or null without them
   */
  Finding printedLevelRule(boolean first, int k, BitSet atK, BitSet bySets, BitSet byColumns) {
    Finding.Builder fb = Finding.builder(Kind.PRINTED_LEVEL_RULE)
        .factors(names(Bits.xor(bySets, atK)))
        .published("level " + k + ": " + set(atK))
        .computed("printed output and input sets give " + set(bySets)
            + (byColumns != null ? "; printed output and common columns give "
                + set(byColumns) : ""));
    String where = first ? "" : " (after removing the factors of the published levels above)";
    if (byColumns != null && byColumns.equals(atK)) {
      fb.message("level " + k + " " + set(atK) + " does not follow from the paper's printed"
              + " output and input sets" + where + ", which give " + set(bySets))
          .explanation("level " + k + " follows from the printed output and common columns"
              + " (output set = common set), not from the printed sets");
    } else {
      fb.message("level " + k + " " + set(atK) + " does not follow from the paper's stated rule"
          + " (output set = output ∩ input) on its printed sets" + where + ": the printed"
          + " output and input sets give " + set(bySets)
          + (byColumns != null ? ", the printed output and common columns " + set(byColumns)
              : ""));
    }
    return fb.build();
  }

  // ---------------------------------------------------------------- powers

  Finding powersPattern(BitSet differ, int corrections, PowerHypothesis hypothesis) {
    return Finding.builder(Kind.POWER_DIFFERS).factors(names(differ))
        .published("powers of " + differ.cardinality() + " factors")
        .computed("FRM row and column sums")
        .message("the published powers of " + list(differ) + " are not the FRM's row and"
            + " column sums")
        .explanation(hypothesis.explanation).corrections(corrections).build();
  }

  /** One factor's powers; {@code hypothesis} may be null. */
  Finding powerDiffers(int i, int pd, int pe, int cd, int ce, PowerHypothesis hypothesis) {
    Finding.Builder f = Finding.builder(Kind.POWER_DIFFERS).factor(l(i))
        .published("driving " + pd + ", dependence " + pe)
        .computed("driving " + cd + ", dependence " + ce)
        .message("factor " + l(i) + ": published driving power " + pd + " and dependence"
            + " power " + pe + ", but the FRM's row sum is " + cd + " and its column sum " + ce)
        .corrections((pd != cd ? 1 : 0) + (pe != ce ? 1 : 0));
    if (hypothesis != null) {
      f.explanation(hypothesis.explanation);
    }
    return f.build();
  }
}
