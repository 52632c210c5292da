package org.ism4j.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.ism4j.audit.Cause.Kind;
import org.ism4j.audit.DiagnosisText.Change;
import org.ism4j.audit.Finding.Cell;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of {@link DiagnosisText} written out by hand from its templates: each cause kind
 * with counts 1 and 2+ (singular and plural nouns), cell lists of exactly 6 cells (all named) and 7
 * or 8 (6 named, then "and k more" with k = size − 6), the factors of a cause in input order and
 * its cells in the order given, and the summary paragraph for each verdict.
 *
 * <p>Factors A..H are indices 0..7; the SSIM has A → B (V), D → C (A), E ↔ F (X) and nothing else
 * (O), which the transposed-cells sentence quotes.
 */
class HandWorkedDiagnosisTextTest {
  private static final Ssim SSIM = Ssim.builder("A", "B", "C", "D", "E", "F", "G", "H")
      .v("A", "B").a("C", "D").x("E", "F").build();
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final DiagnosisText why = new DiagnosisText(new FindingText(SSIM));

  private static int[] c(int i, int j) {
    return new int[] {i, j};
  }

  private static BitSet bits(int... is) {
    BitSet s = new BitSet();
    for (int i : is) {
      s.set(i);
    }
    return s;
  }

  /** (A, B), (A, C), … (A, x): the first {@code k} cells of row A, B to H. */
  private static List<int[]> rowA(int k) {
    List<int[]> l = new ArrayList<>();
    for (int j = 1; j <= k; j++) {
      l.add(c(0, j));
    }
    return l;
  }

  private static List<Cell> cells(String... fromTo) {
    List<Cell> l = new ArrayList<>();
    for (int k = 0; k < fromTo.length; k += 2) {
      l.add(new Cell(fromTo[k], fromTo[k + 1]));
    }
    return l;
  }

  // ---------------------------------------------------------------- closure

  @Test
  void closureMissingNamesWhichIrmAndCountsTheLinks() {
    Cause two = why.closureMissing(true, List.of(c(2, 0), c(1, 3)));
    assertEquals(Kind.CLOSURE_MISSING, two.kind());
    assertEquals("the published FRM is the published IRM itself: no transitive closure was applied"
        + " (the closure adds 2 links)", two.message());
    // factors of (C, A) and (B, D) in input order: A, B, C, D
    assertEquals(List.of("A", "B", "C", "D"), two.factors());
    assertEquals(cells("C", "A", "B", "D"), two.cells());
    Cause one = why.closureMissing(false, List.of(c(0, 2)));
    assertEquals("the published FRM is the SSIM's IRM itself: no transitive closure was applied"
        + " (the closure adds 1 link)", one.message());
    assertEquals(List.of("A", "C"), one.factors());
    assertEquals(cells("A", "C"), one.cells());
  }

  @Test
  void closureOnePassWithoutAndWithExceptions() {
    Cause none = why.closureOnePass(false, List.of(c(0, 3)), List.of());
    assertEquals(Kind.CLOSURE_ONE_PASS, none.kind());
    assertEquals("the published FRM is one transitivity pass over the SSIM's IRM (its Boolean"
        + " square), not the full closure: it lacks 1 link of paths of three or more direct links",
        none.message());
    assertEquals(List.of("A", "D"), none.factors());
    assertEquals(cells("A", "D"), none.cells());
    Cause oneException = why.closureOnePass(true, List.of(c(0, 3), c(1, 4)), List.of(c(6, 5)));
    assertEquals("the published FRM is one transitivity pass over the published IRM (its Boolean"
        + " square), except 1 cell ((G, F)), not the full closure: it lacks 2 links of paths of"
        + " three or more direct links", oneException.message());
    // exceptions first, then the missing links; factors A, B, D, E, F, G in input order
    assertEquals(cells("G", "F", "A", "D", "B", "E"), oneException.cells());
    assertEquals(List.of("A", "B", "D", "E", "F", "G"), oneException.factors());
    Cause twoExceptions = why.closureOnePass(true, List.of(c(0, 3)), List.of(c(6, 5), c(7, 6)));
    assertEquals("the published FRM is one transitivity pass over the published IRM (its Boolean"
        + " square), except 2 cells ((G, F), (H, G)), not the full closure: it lacks 1 link of"
        + " paths of three or more direct links", twoExceptions.message());
  }

  @Test
  void closureIncompleteNamesAtMostSixCells() {
    Cause one = why.closureIncomplete(false, List.of(c(0, 3)));
    assertEquals(Kind.CLOSURE_INCOMPLETE, one.kind());
    assertEquals("the published FRM lacks 1 transitive link of the SSIM's IRM ((A, D)): its closure"
        + " is incomplete", one.message());
    Cause six = why.closureIncomplete(true, rowA(6));
    assertEquals("the published FRM lacks 6 transitive links of the published IRM ((A, B), (A, C),"
        + " (A, D), (A, E), (A, F), (A, G)): its closure is incomplete", six.message());
    // 7 cells: 6 named, then 7 - 6 = 1 more; all 7 cells and A..H kept on the cause
    Cause seven = why.closureIncomplete(true, rowA(7));
    assertEquals("the published FRM lacks 7 transitive links of the published IRM ((A, B), (A, C),"
        + " (A, D), (A, E), (A, F), (A, G) and 1 more): its closure is incomplete",
        seven.message());
    assertEquals(cells("A", "B", "A", "C", "A", "D", "A", "E", "A", "F", "A", "G", "A", "H"),
        seven.cells());
    assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H"), seven.factors());
  }

  @Test
  void frmUnsupportedListsTheExtraLinks() {
    Cause one = why.frmUnsupported(true, List.of(c(3, 0)));
    assertEquals(Kind.FRM_UNSUPPORTED, one.kind());
    assertEquals("the published FRM holds 1 link ((D, A)) that no path of direct links of the"
        + " published IRM supports", one.message());
    assertEquals(List.of("A", "D"), one.factors());
    assertEquals(cells("D", "A"), one.cells());
    // 8 cells: 8 - 6 = 2 more
    List<int[]> eight = rowA(7);
    eight.add(c(1, 0));
    Cause many = why.frmUnsupported(false, eight);
    assertEquals("the published FRM holds 8 links ((A, B), (A, C), (A, D), (A, E), (A, F), (A, G)"
        + " and 2 more) that no path of direct links of the SSIM's IRM supports", many.message());
  }

  @Test
  void ssimIrmMismatchCountsCells() {
    Cause two = why.ssimIrmMismatch(List.of(c(0, 1), c(3, 2)));
    assertEquals(Kind.SSIM_IRM_MISMATCH, two.kind());
    assertEquals("the published IRM and the SSIM disagree in 2 cells ((A, B), (D, C))",
        two.message());
    assertEquals(List.of("A", "B", "C", "D"), two.factors());
    assertEquals(cells("A", "B", "D", "C"), two.cells());
    assertEquals("the published IRM and the SSIM disagree in 1 cell ((H, A))",
        why.ssimIrmMismatch(List.of(c(7, 0))).message());
  }

  // ---------------------------------------------------------------- levels

  @Test
  void levelsFromThePrintedFrmOrTheIrmNameTheMovedFactors() {
    Cause printed = why.levelsFromPrintedFrm(bits(1, 2));
    assertEquals(Kind.LEVELS_FROM_PRINTED_FRM, printed.kind());
    assertEquals("the published levels are what the level rule gives on the published FRM as"
        + " printed; on the full closure 2 factors (B, C) get other levels", printed.message());
    assertEquals(List.of("B", "C"), printed.factors());
    assertEquals(List.of(), printed.cells());
    Cause ssimIrm = why.levelsFromIrm(FindingText.NoClosureSource.SSIM_IRM, bits(4));
    assertEquals(Kind.LEVELS_FROM_IRM, ssimIrm.kind());
    assertEquals("the published levels are what the level rule gives on the SSIM's IRM, with no"
        + " closure at all; on the full closure 1 factor (E) gets other levels", ssimIrm.message());
    assertEquals(List.of("E"), ssimIrm.factors());
    assertEquals(List.of(), ssimIrm.cells());
    Cause publishedIrm = why.levelsFromIrm(FindingText.NoClosureSource.PUBLISHED_IRM,
        bits(0, 7));
    assertEquals("the published levels are what the level rule gives on the published IRM, with no"
        + " closure at all; on the full closure 2 factors (A, H) get other levels",
        publishedIrm.message());
  }

  @Test
  void cycleSplitGivesTheSizeTheWalkAndHowManyLevels() {
    // the cycle E → F → G → E (indices 4, 5, 6), walked from G, printed on 2 levels
    Audit.Cycle cycle = new Audit.Cycle(List.of("E", "F", "G"), List.of("G", "E", "F", "G"),
        List.of(), true, List.of());
    SplitCycle split = new SplitCycle(ImmutableIntArray.of(4, 5, 6), cycle, true);
    Cause cause = why.cycleSplit(split, 2);
    assertEquals(Kind.CYCLE_SPLIT, cause.kind());
    assertEquals("the published levels split a cycle of the full closure: the 3 factors E, F, G"
        + " reach one another (e.g. G → E → F → G), so the level rule puts them on one level, but"
        + " the paper gives them 2 levels", cause.message());
    assertEquals(List.of("E", "F", "G"), cause.factors());
    assertEquals(List.of(), cause.cells());
  }

  // ---------------------------------------------------------------- sets and cells

  @Test
  void setsFromIrmWithNothingApart() {
    Cause cause = why.setsFromIrm(List.of(c(0, 2), c(1, 3)),
        new PrintedSets.FromIrm(List.of(), List.of()));
    assertEquals(Kind.SETS_FROM_IRM, cause.kind());
    assertEquals("the printed reachability and antecedent sets are the IRM's rows and columns, not"
        + " the FRM's: they lack the 2 links the closure adds", cause.message());
    assertEquals(List.of("A", "B", "C", "D"), cause.factors());
    assertEquals(cells("A", "C", "B", "D"), cause.cells());
  }

  @Test
  void setsFromIrmApartFromTransposedPairsAndContradictions() {
    Cause both = why.setsFromIrm(List.of(c(0, 2)),
        new PrintedSets.FromIrm(List.of(c(0, 1)), List.of(c(2, 3))));
    assertEquals("the printed reachability and antecedent sets are the IRM's rows and columns, not"
        + " the FRM's (apart from cells (A, B)/(B, A) printed the wrong way round; cells (C, D)"
        + " printed 1 in one set and 0 in the other): they lack the 1 link the closure adds",
        both.message());
    // only the missing links are the cause's cells and factors
    assertEquals(List.of("A", "C"), both.factors());
    assertEquals(cells("A", "C"), both.cells());
    Cause twoPairs = why.setsFromIrm(List.of(c(0, 2)),
        new PrintedSets.FromIrm(List.of(c(0, 1), c(4, 5)), List.of()));
    assertEquals("the printed reachability and antecedent sets are the IRM's rows and columns, not"
        + " the FRM's (apart from cells (A, B)/(B, A), (E, F)/(F, E) printed the wrong way round):"
        + " they lack the 1 link the closure adds", twoPairs.message());
    Cause contradictions = why.setsFromIrm(List.of(c(0, 2), c(0, 3)),
        new PrintedSets.FromIrm(List.of(), List.of(c(6, 7), c(7, 6))));
    assertEquals("the printed reachability and antecedent sets are the IRM's rows and columns, not"
        + " the FRM's (apart from cells (G, H), (H, G) printed 1 in one set and 0 in the other):"
        + " they lack the 2 links the closure adds", contradictions.message());
  }

  @Test
  void oneTransposedPairAndTwoQuoteTheSsimCells() {
    Cause one = why.transposedCells("IRM", List.of(c(0, 1)));
    assertEquals(Kind.TRANSPOSED_CELLS, one.kind());
    assertEquals("the IRM prints cells (A, B) and (B, A) the wrong way round (SSIM cell (A, B) = V"
        + " (A → B))", one.message());
    assertEquals(List.of("A", "B"), one.factors());
    assertEquals(cells("A", "B", "B", "A"), one.cells());
    // (D, C) is quoted as the upper-triangle cell (C, D) = A: D → C; (F, E) as (E, F) = X
    Cause three = why.transposedCells("FRM", List.of(c(3, 2), c(5, 4), c(6, 7)));
    assertEquals("the FRM prints 3 pairs of cells (D, C) and (C, D); (F, E) and (E, F); (G, H) and"
        + " (H, G) the wrong way round (SSIM cell (C, D) = A (D → C); SSIM cell (E, F) = X"
        + " (E ↔ F); SSIM cell (G, H) = O (no link))", three.message());
    assertEquals(List.of("C", "D", "E", "F", "G", "H"), three.factors());
    assertEquals(cells("D", "C", "C", "D", "F", "E", "E", "F", "G", "H", "H", "G"), three.cells());
  }

  @Test
  void irmPatternsVaSwappedAndReversedColumns() {
    Cause swapped = why.irmPattern(Kind.VA_SWAPPED, List.of(c(0, 1), c(1, 0)), List.of());
    assertEquals(Kind.VA_SWAPPED, swapped.kind());
    assertEquals("the published IRM is the SSIM read with V and A swapped (the IRM transposed): 2"
        + " cells differ from the SSIM that way", swapped.message());
    assertEquals(List.of("A", "B"), swapped.factors());
    assertEquals(cells("A", "B", "B", "A"), swapped.cells());
    Cause reversed = why.irmPattern(Kind.REVERSED_COLUMNS, List.of(c(2, 7)), List.of(c(6, 5)));
    assertEquals(Kind.REVERSED_COLUMNS, reversed.kind());
    assertEquals("the published IRM is the SSIM with each row's cells read right to left (columns"
        + " in reverse order), except 1 cell ((G, F)): 1 cell differs from the SSIM that way",
        reversed.message());
    // explained first, then exceptions
    assertEquals(cells("C", "H", "G", "F"), reversed.cells());
    assertEquals(List.of("C", "F", "G", "H"), reversed.factors());
  }

  // ---------------------------------------------------------------- misprint

  @Test
  void eachKindOfChangeSaysWhatIsPrintedAndWhatIsThere() {
    assertEquals(new Change("the published FRM prints cell (A, E) as 0 (1 there)", 0, 4),
        why.irmCell("FRM", 0, 4, false));
    assertEquals(new Change("the published IRM prints cell (E, A) as 1 (0 there)", 4, 0),
        why.irmCell("IRM", 4, 0, true));
    assertEquals(new Change("the SSIM prints cell (A, B) as O (V there)", 0, 1),
        why.ssimCell(0, 1, Relation.O, Relation.V));
    assertEquals(new Change("the published levels give C level 3 (2 there)", 2, 2),
        why.level(2, 3, 2));
    assertEquals(new Change("the published driving power of D is 5 (4 there)", 3, 3),
        why.power(3, true, 5, 4));
    assertEquals(new Change("the published dependence power of D is 1 (2 there)", 3, 3),
        why.power(3, false, 1, 2));
    // an output-set entry of A naming B is cell (A, B); an input-set entry is cell (B, A)
    assertEquals(new Change("the printed output set of A lists B (without it there)", 0, 1),
        why.membership(0, 1, true, true));
    assertEquals(new Change("the printed input set of A lacks B (with it there)", 1, 0),
        why.membership(0, 1, false, false));
  }

  private static Change change(String text, int from, int to) {
    return new Change(text, from, to);
  }

  @Test
  void oneChangeIsOneMisprint() {
    Cause m = why.misprint(List.of(change("x", 0, 4)));
    assertEquals(Kind.MISPRINT, m.kind());
    assertEquals("one misprint: x; with that one change every published table agrees with the"
        + " others", m.message());
    assertEquals(List.of("A", "E"), m.factors());
    assertEquals(cells("A", "E"), m.cells());
  }

  @Test
  void twoChangesAreOneMisprintInOneOfTwoPlaces() {
    Cause m = why.misprint(List.of(change("x", 2, 2), change("y", 3, 1)));
    assertEquals("one misprint, in one of 2 places: x; or y; any one of these changes makes every"
        + " published table agree with the others", m.message());
    // factors in the order of the changes, from then to, repetitions dropped: C, D, B
    assertEquals(List.of("C", "D", "B"), m.factors());
    assertEquals(cells("C", "C", "D", "B"), m.cells());
  }

  @Test
  void sixChangesAreAllNamedAndSevenNameSixAndOneMore() {
    List<Change> six = new ArrayList<>();
    for (int k = 1; k <= 6; k++) {
      six.add(change("t" + k, 0, k));
    }
    assertEquals("one misprint, in one of 6 places: t1; or t2; or t3; or t4; or t5; or t6; any one"
        + " of these changes makes every published table agree with the others",
        why.misprint(six).message());
    List<Change> seven = new ArrayList<>(six);
    seven.add(change("t7", 0, 7));
    Cause m = why.misprint(seven);
    assertEquals("one misprint, in one of 7 places: t1; or t2; or t3; or t4; or t5; or t6; or 1"
        + " more; any one of these changes makes every published table agree with the others",
        m.message());
    // every change is a cell of the cause, named or not
    assertEquals(7, m.cells().size());
    assertEquals(new Cell("A", "H"), m.cells().get(6));
  }

  // ---------------------------------------------------------------- summary

  private static Cause cause(Kind kind, String message) {
    return new Cause(kind, message, List.of(), List.of());
  }

  @Test
  void nothingPublishedAndReproducesSummaries() {
    assertEquals("Nothing published to check (SSIM: 1 factor, 1 level with the full closure).",
        why.summary(Verdict.REPRODUCES, "reproduces", 0, List.of(), "", 1, 1));
    assertEquals("The paper reproduces: its IRM and FRM follow from its SSIM (4 factors, 3 levels"
        + " with the full closure).",
        why.summary(Verdict.REPRODUCES, "reproduces", 0, List.of(), "IRM and FRM", 4, 3));
  }

  @Test
  void doesNotReproduceWithNoCauseOneCauseAndThree() {
    assertEquals("The paper does not reproduce (1 finding; SSIM: 2 factors, 2 levels with the full"
        + " closure). No single root cause accounts for the findings; each is listed below.",
        why.summary(Verdict.DOES_NOT_REPRODUCE, "does-not-reproduce", 1, List.of(), "FRM", 2, 2));
    assertEquals("The paper does not reproduce (5 findings; SSIM: 8 factors, 1 level with the full"
        + " closure). Root cause: first cause.",
        why.summary(Verdict.DOES_NOT_REPRODUCE, "does-not-reproduce", 5,
            List.of(cause(Kind.MISPRINT, "first cause")), "FRM", 8, 1));
    assertEquals("The paper does not reproduce (2 findings; SSIM: 8 factors, 4 levels with the full"
        + " closure). Root cause: first cause. Also: closure-missing, cycle-split.",
        why.summary(Verdict.DOES_NOT_REPRODUCE, "does-not-reproduce", 2,
            List.of(cause(Kind.SETS_FROM_IRM, "first cause"), cause(Kind.CLOSURE_MISSING, "m"),
                cause(Kind.CYCLE_SPLIT, "s")), "FRM", 8, 4));
  }

  @Test
  void reproducesAfterCorrectionsQuotesTheCellsToCorrect() {
    // "reproduces-after-corrections (3 cells)": the text between "(" and ")" is "3 cells"
    assertEquals("The paper reproduces after corrections (3 cells to correct; 2 findings; SSIM: 6"
        + " factors, 4 levels with the full closure). Root cause: one misprint: x.",
        why.summary(Verdict.REPRODUCES_AFTER_CORRECTIONS,
            "reproduces-after-corrections (3 cells)", 2,
            List.of(cause(Kind.MISPRINT, "one misprint: x")), "IRM", 6, 4));
    // a verdict text that is just the id adds nothing before the count of findings
    assertEquals("The paper reproduces after corrections (1 finding; SSIM: 6 factors, 4 levels"
        + " with the full closure). No single root cause accounts for the findings; each is listed"
        + " below.", why.summary(Verdict.REPRODUCES_AFTER_CORRECTIONS,
            "reproduces-after-corrections", 1, List.of(), "IRM", 6, 4));
  }
}
