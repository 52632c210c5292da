package org.ism4j.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ism4j.audit.Finding.Cell;
import org.ism4j.audit.Finding.Kind;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/** One constructed paper per finding kind, each with exactly one planted error. */
class AuditTest {

  private static Finding only(Audit audit, Kind kind) {
    assertEquals(List.of(kind), audit.findings().stream().map(Finding::kind).collect(Collectors.toList()),
        () -> "findings: " + audit.findings());
    return audit.findings().get(0);
  }

  private static Set<Kind> kinds(Audit audit) {
    return audit.findings().stream().map(Finding::kind).collect(Collectors.toSet());
  }

  @Test
  void aCleanPaperReproduces() {
    Audit audit = Paper.clean().audit();
    assertEquals(List.of(), audit.findings());
    assertEquals(Verdict.REPRODUCES, audit.verdict());
    assertEquals("reproduces", audit.verdictText());
    assertEquals(0, audit.corrections());
    assertEquals(Optional.of(Audit.SetsConvention.EXCLUDES_FACTOR), audit.setsConvention());
    assertEquals(Optional.of(Audit.SetsBasis.FRM), audit.setsBasis());
    assertEquals(List.of(), audit.cycles());
  }

  @Test
  void setsThatListTheFactorItselfAreDetectedAndReproduce() {
    Paper p = Paper.clean();
    p.setsWithFactor = true;
    Audit audit = p.audit();
    assertEquals(List.of(), audit.findings());
    assertEquals(Optional.of(Audit.SetsConvention.INCLUDES_FACTOR), audit.setsConvention());
  }

  @Test
  void nothingPublishedIsRefusedRatherThanSaidToReproduce() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Audit.of(Paper.sample(), PublishedTables.builder().build()));
    assertEquals("nothing to check: the published tables are empty (give an IRM, FRM, sets table, "
        + "levels table or powers table)", e.getMessage());
  }

  @Test
  void aHeaderRowWithoutDataIsNothingToCheck() {
    for (String header : List.of("factor\tlevel\n", "factor\tdriving power\tdependence power\n",
        "factor\treachability set\tantecedent set\tintersection\tlevel\n")) {
      PublishedTables p = PublishedTables.parse(header, PublishedTables.Format.AUTO, null);
      assertTrue(p.isEmpty(), header);
      assertThrows(IllegalArgumentException.class, () -> Audit.of(Paper.sample(), p), header);
    }
  }

  @Test
  void anIrmCellThatDisagreesWithTheSsimIsFound() {
    Paper p = Paper.clean();
    p.irm[p.i("A")][p.i("C")] = true; // SSIM (A, C) = O
    Audit audit = p.audit();
    Finding f = only(audit, Kind.IRM_CELL);
    assertEquals(List.of("A", "C"), f.factors());
    assertEquals(List.of(new Cell("A", "C")), f.cells());
    assertEquals("1", f.published());
    assertEquals("0 (SSIM cell (A, C) = O (no link))", f.computed());
    assertEquals("IRM cell (A, C) is 1, but the SSIM cell (A, C) = O (no link)", f.message());
    assertEquals(Optional.empty(), f.explanation());
    assertEquals(Verdict.REPRODUCES_AFTER_CORRECTIONS, audit.verdict());
    assertEquals("reproduces-after-corrections (1 cell)", audit.verdictText());
  }

  @Test
  void twoIrmCellsPrintedTheWrongWayRoundAreOneTransposedFinding() {
    Paper p = Paper.clean();
    p.irm[p.i("D")][p.i("E")] = false;
    p.irm[p.i("E")][p.i("D")] = true;
    Audit audit = p.audit();
    Finding f = only(audit, Kind.IRM_CELL);
    assertEquals(List.of(new Cell("D", "E"), new Cell("E", "D")), f.cells());
    assertEquals(Optional.of("cells (D, E) and (E, D) transposed"), f.explanation());
    assertEquals("reproduces-after-corrections (2 cells)", audit.verdictText());
  }

  @Test
  void anIrmFromTheSsimWithItsColumnsReversedIsExplained() {
    Ssim ssim = Paper.sample();
    int n = ssim.size();
    Ssim.Builder reversed = Ssim.builder(ssim.labels());
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        reversed.relation(i, j, ssim.relation(i, n + i - j));
      }
    }
    Paper p = new Paper(reversed.build());
    p.printFrm = p.printSets = p.printLevels = p.printPowers = false;
    Audit audit = Audit.of(ssim, p.tables());
    Finding f = only(audit, Kind.IRM_CELL);
    assertEquals(Optional.of("SSIM columns printed in reverse order (each row's cells read right to left)"),
        f.explanation());
    assertTrue(f.cells().size() > 4, f.cells()::toString);
  }

  @Test
  void anIrmWithVAndASwappedIsExplained() {
    Paper p = Paper.clean();
    boolean[][] t = new boolean[p.n][p.n];
    for (int i = 0; i < p.n; i++) {
      for (int j = 0; j < p.n; j++) {
        t[i][j] = p.irm[j][i];
      }
    }
    for (int i = 0; i < p.n; i++) {
      p.irm[i] = t[i];
    }
    p.printFrm = p.printSets = p.printLevels = p.printPowers = false;
    Finding f = only(p.audit(), Kind.IRM_CELL);
    assertEquals(Optional.of("the SSIM read with V and A swapped (the matrix transposed)"), f.explanation());
    assertEquals(8, f.cells().size()); // 4 one-way links, each cell and its mirror
  }

  @Test
  void anFrmMissingATransitiveLinkNamesThePathThatImpliesIt() {
    Paper p = Paper.clean();
    p.frm[p.i("A")][p.i("E")] = false;
    Finding f = only(p.audit(), Kind.FRM_MISSING_LINK);
    assertEquals(List.of("A", "B", "C", "D", "E"), f.path());
    assertEquals(List.of("A", "B", "C", "D", "E"), f.factors());
    assertEquals(List.of(new Cell("A", "E")), f.cells());
    assertEquals("the FRM lacks the transitive link A → E implied by the path A → B → C → D → E",
        f.message());
    assertEquals("1* (path A → B → C → D → E)", f.computed());
  }

  @Test
  void anFrmThatIsTheIrmIsOneFindingSayingNoClosureWasApplied() {
    Paper p = Paper.clean();
    for (int i = 0; i < p.n; i++) {
      p.frm[i] = p.irm[i].clone();
    }
    Finding f = only(p.audit(), Kind.FRM_MISSING_LINK);
    assertEquals(Optional.of("the published FRM is the IRM: no transitive closure applied"), f.explanation());
    assertEquals(9, f.cells().size()); // A→C, A→D, A→E, B→D, B→E, C→E, F→C, F→D, F→E
  }

  @Test
  void anFrmLinkThatNoPathSupportsIsFound() {
    Paper p = Paper.clean();
    p.frm[p.i("E")][p.i("A")] = true;
    Finding f = only(p.audit(), Kind.FRM_UNSUPPORTED_LINK);
    assertEquals(List.of("E", "A"), f.factors());
    assertEquals("the FRM holds E → A, but no path of direct links leads from E to A", f.message());
  }

  @Test
  void aPrintedSetThatDiffersFromTheMatrixIsFoundWithTheTableContradictingItself() {
    Paper p = Paper.clean();
    p.out.get(p.i("A")).remove("E");
    Audit audit = p.audit();
    Finding f = only(audit, Kind.SET_DIFFERS);
    assertEquals(List.of("A", "E"), f.factors());
    assertEquals(List.of(new Cell("A", "E")), f.cells());
    assertEquals("output set lacks E", f.published());
    assertEquals("A reaches E by A → B → C → D → E", f.computed());
    assertEquals(Optional.of("the table contradicts itself: cell (A, E) is 0 in the output set of A"
        + " but 1 in the input set of E"), f.explanation());
    assertEquals(Optional.of(Audit.SetsBasis.FRM), audit.setsBasis());
  }

  @Test
  void aPairTransposedInThePrintedSetsIsExplained() {
    Paper p = Paper.clean();
    p.printIrm = p.printFrm = false;
    // D → E printed as E → D in all four places
    p.out.get(p.i("D")).remove("E");
    p.in.get(p.i("E")).remove("D");
    p.out.get(p.i("E")).add("D");
    p.in.get(p.i("D")).add("E");
    Audit audit = p.audit();
    assertEquals(Set.of(Kind.SET_DIFFERS), kinds(audit));
    assertEquals(2, audit.findings().size());
    for (Finding f : audit.findings()) {
      assertEquals(Optional.of("cells (D, E) and (E, D) transposed"), f.explanation());
    }
  }

  @Test
  void aCommonSetThatIsNotTheIntersectionOfThePrintedSetsIsFound() {
    Paper p = Paper.clean();
    p.common.get(p.i("C")).add("B");
    Finding f = only(p.audit(), Kind.INTERSECTION_DIFFERS);
    assertEquals(List.of("C", "B"), f.factors());
    assertEquals("common set {B, D}", f.published());
    assertEquals("output ∩ input = {D}", f.computed());
    assertEquals(1, f.corrections());
  }

  @Test
  void setsTakenFromTheIrmWithoutClosureAreFound() {
    Paper p = Paper.clean();
    p.fillSets(p.irm);
    Audit audit = p.audit();
    Finding f = only(audit, Kind.SETS_WITHOUT_CLOSURE);
    assertEquals(Optional.of(Audit.SetsBasis.IRM), audit.setsBasis());
    assertEquals(List.of("A", "B", "C", "D", "E", "F"), f.factors());
    // A→C, A→D, A→E, B→D, B→E, C→E, F→C, F→D, F→E: each missing from an output and an input set
    assertEquals(18, f.corrections());
    assertEquals(Verdict.REPRODUCES_AFTER_CORRECTIONS, audit.verdict());
  }

  @Test
  void aFactorLeftOutOfThePublishedLevelsIsFound() {
    Paper p = Paper.clean();
    p.omitLevel.add("F");
    Audit audit = p.audit();
    Finding f = only(audit, Kind.MISSING_FACTOR);
    assertEquals(List.of("F"), f.factors());
    assertEquals("the published levels table leaves out factor F", f.message());
  }

  @Test
  void aPublishedLevelThatViolatesTheRuleInItsIterationIsFoundWithTheSets() {
    Paper p = Paper.clean();
    p.levels[p.i("A")] = 3; // computed 4: A reaches B, which is still unassigned in iteration 3
    Audit audit = p.audit();
    Finding f = only(audit, Kind.LEVEL_RULE);
    assertEquals(List.of("A"), f.factors());
    assertEquals("level 3: {A, B}", f.published());
    assertEquals("the rule selects {B}", f.computed());
    assertEquals("in iteration 3 (remaining {A, B, F}), the level rule R(i) ∩ A(i) = R(i) on the FRM:"
        + " A is published at level 3, but R(A) = {A, B} is not within A(A) = {A}: B does not reach A",
        f.message());
    assertEquals(Verdict.DOES_NOT_REPRODUCE, audit.verdict());
  }

  @Test
  void aFactorPublishedBelowTheIterationWhereItQualifiesIsFound() {
    Paper p = Paper.clean();
    p.levels[p.i("E")] = 2; // qualifies in iteration 1; C and D stay at 2
    Audit audit = p.audit();
    Finding first = audit.findings().get(0);
    assertEquals(Kind.LEVEL_RULE, first.kind());
    assertTrue(first.message().contains("E qualifies in iteration 1"), first.message());
    assertEquals(Set.of(Kind.LEVEL_RULE), kinds(audit));
  }

  @Test
  void publishedLevelsThatSplitACycleNameTheCycleAndItsFeedbackLinks() {
    Paper p = Paper.clean();
    p.levels[p.i("C")] = 1; // C ⇄ D, computed both level 2
    Audit audit = p.audit();
    Finding f = only(audit, Kind.SPLIT_CYCLE);
    assertEquals(List.of("C", "D"), f.factors());
    assertEquals(List.of("D", "C", "D"), f.path());
    assertEquals(1, audit.cycles().size());
    Audit.Cycle c = audit.cycles().get(0);
    assertTrue(c.exact());
    // of the two minimum sets, the one that keeps D → C, consistent with the paper's C above D
    assertEquals(List.of(new Cell("C", "D")), c.feedbackLinks());
    assertEquals(List.of(Set.of("C", "E"), Set.of("B", "D"), Set.of("A", "F")),
        c.levelsWithoutFeedback());
  }

  @Test
  void levelsThatFollowFromTheIrmWithoutClosureAreExplained() {
    // A ⇄ B, B ⇄ C, C → A: one cycle, so one level; the rule on the IRM gives {A, B} then {C}.
    // On an acyclic IRM the rule gives the closure's levels, so this finding always comes with the
    // cycle it splits.
    Ssim ssim = Ssim.builder("A", "B", "C").x("A", "B").x("B", "C").a("A", "C").build();
    PublishedTables t = PublishedTables.builder().level("A", 1).level("B", 1).level("C", 2).build();
    Audit audit = Audit.of(ssim, t);
    assertEquals(List.of(Kind.LEVELS_WITHOUT_CLOSURE, Kind.SPLIT_CYCLE),
        audit.findings().stream().map(Finding::kind).collect(Collectors.toList()));
    Finding f = audit.findings().get(0);
    assertEquals(List.of("C"), f.factors());
    assertEquals(Optional.of("levels follow from the IRM without closure"), f.explanation());
  }

  @Test
  void aPowerThatDiffersFromTheFrmIsFound() {
    Paper p = Paper.clean();
    p.driving[p.i("B")]++;
    Audit audit = p.audit();
    Finding f = only(audit, Kind.POWER_DIFFERS);
    assertEquals(List.of("B"), f.factors());
    assertEquals("driving 5, dependence 3", f.published());
    assertEquals("driving 4, dependence 3", f.computed());
    assertEquals("reproduces-after-corrections (1 cell)", audit.verdictText());
  }

  @Test
  void powersThatAreTheIrmSumsAreOneExplainedFinding() {
    Paper p = Paper.clean();
    for (int i = 0; i < p.n; i++) {
      int d = 0;
      int e = 0;
      for (int j = 0; j < p.n; j++) {
        d += p.irm[i][j] ? 1 : 0;
        e += p.irm[j][i] ? 1 : 0;
      }
      p.driving[i] = d;
      p.dependence[i] = e;
    }
    Finding f = only(p.audit(), Kind.POWER_DIFFERS);
    assertEquals(Optional.of("the IRM's row and column sums (no closure)"), f.explanation());
  }

  @Test
  void aLevelThatFollowsFromNeitherTheSsimNorThePrintedSetsIsFoundOnBoth() {
    Paper p = Paper.clean();
    p.out.get(p.i("B")).remove("E"); // a set slip …
    p.levels[p.i("B")] = 2;       // … and, independently, a level that follows from nothing
    Audit audit = p.audit();
    assertEquals(Set.of(Kind.SET_DIFFERS, Kind.LEVEL_RULE, Kind.PRINTED_LEVEL_RULE), kinds(audit));
    assertEquals(Verdict.DOES_NOT_REPRODUCE, audit.verdict());
  }

  @Test
  void anUnknownFactorIsRefusedWithItsName() {
    PublishedTables t = PublishedTables.builder().level("Z", 1).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Audit.of(Paper.sample(), t));
    assertEquals("the published levels table names factor 'Z', which is not in the SSIM", e.getMessage());
  }

  @Test
  void aRefusedTableNamesItsPartAndTheFileItCameFrom() {
    PublishedTables levels = PublishedTables.builder().level("E", 1).build().withSource("ok.tsv");
    PublishedTables irm = PublishedTables.builder()
        .irm(PublishedMatrix.ofRows(List.of("A", "B"), "1 1", "0 1")).build().withSource("irm.tsv");
    PublishedTableException e = assertThrows(PublishedTableException.class,
        () -> Audit.of(Paper.sample(), levels.and(irm)));
    assertEquals("the published IRM has 2 factors, the SSIM 6", e.getMessage());
    assertEquals(PublishedTables.Part.IRM, e.part());
    assertEquals(Optional.of("irm.tsv"), e.source());
    PublishedTableException typed = assertThrows(PublishedTableException.class,
        () -> Audit.of(Paper.sample(), PublishedTables.builder().level("Z", 1).build()));
    assertEquals(Optional.empty(), typed.source());
  }

  @Test
  void factorsMayBeNamedByNumber() {
    PublishedTables t = PublishedTables.builder().level("1", 4).level("2", 3).level("3", 2)
        .level("4", 2).level("5", 1).level("6", 4).build();
    assertEquals(Verdict.REPRODUCES, Audit.of(Paper.sample(), t).verdict());
  }

  @Test
  void kindsHaveStableHyphenatedNames() {
    assertEquals("irm-cell", Kind.IRM_CELL.id());
    assertEquals("split-cycle", Kind.SPLIT_CYCLE.toString());
    assertEquals(Kind.PRINTED_LEVEL_RULE, Kind.ofId("printed-level-rule"));
    for (Kind k : Kind.values()) {
      assertTrue(k.id().matches("[a-z]+(-[a-z]+)*"), k.id());
    }
    assertEquals("does-not-reproduce", Verdict.DOES_NOT_REPRODUCE.id());
    assertEquals(Relation.V, Paper.sample().relation("A", "B"));
  }
}
