package org.ism4j.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.ism4j.Reference;
import org.ism4j.audit.Cause.Kind;
import org.ism4j.audit.Finding.Cell;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The diagnosis on the two bundled studies and on constructed papers whose one fault is known:
 * each cause is named when the paper is exactly what that cause produces, and not otherwise.
 */
class DiagnosisTest {
  static List<String> ids(Audit a) {
    return a.diagnosis().stream().map(Cause::id).collect(Collectors.toList());
  }

  @Test
  void banking17IsSetsFromTheIrmWithOneTransposedPairAndASplitCycle() {
    Audit audit = Audit.of(Banking17.ssim(), Banking17.table2());
    assertEquals(List.of("sets-from-irm", "transposed-cells", "cycle-split"), ids(audit));
    Cause transposed = audit.diagnosis(Kind.TRANSPOSED_CELLS).get(0);
    assertEquals(List.of(new Cell("4", "13"), new Cell("13", "4")), transposed.cells());
    assertEquals(List.of("4", "13"), transposed.factors());
    assertEquals(17, audit.diagnosis(Kind.CYCLE_SPLIT).get(0).factors().size());
    assertTrue(audit.summary().startsWith("The paper does not reproduce (12 findings; "),
        audit.summary());
    assertTrue(audit.summary().contains("Root cause: the printed reachability and antecedent"
        + " sets are the IRM's rows and columns"), audit.summary());
  }

  @Test
  void kumar2014ReproducesWithAnEmptyDiagnosis() throws IOException {
    Path dir = Path.of("examples", "kumar-2014");
    Ssim ssim = Ssim.parse(dir.resolve("ssim.tsv"));
    PublishedTables p = PublishedTables.read(dir.resolve("published-irm.tsv"),
        PublishedTables.Format.AUTO, ssim.labels())
        .and(PublishedTables.read(dir.resolve("published-frm.tsv"), PublishedTables.Format.AUTO,
            ssim.labels()))
        .and(PublishedTables.read(dir.resolve("published-levels.tsv"),
            PublishedTables.Format.LEVELS, ssim.labels()));
    Audit audit = Audit.of(ssim, p);
    assertEquals(Verdict.REPRODUCES, audit.verdict());
    assertEquals(List.of(), audit.findings());
    assertEquals(List.of(), audit.diagnosis());
    assertEquals("The paper reproduces: its IRM, FRM, levels table and powers table follow from"
        + " its SSIM (9 factors, 4 levels with the full closure).", audit.summary());
  }

  /** A chain A → B → C → D: the closure adds (A, C), (B, D) in one pass and (A, D) only after. */
  private static Paper chain() {
    return new Paper(Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build());
  }

  @Test
  void anFrmThatIsOnePassOverTheIrmIsClosureOnePassAndItsLevelsComeFromIt() {
    Paper paper = chain();
    paper.printSets = false;
    paper.printPowers = false;
    boolean[][] square = Reference.closure(paper.irm); // replaced below by one pass
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        boolean two = paper.irm[i][j];
        for (int k = 0; k < 4; k++) {
          two |= paper.irm[i][k] && paper.irm[k][j];
        }
        square[i][j] = two;
      }
    }
    for (int i = 0; i < 4; i++) {
      paper.frm[i] = square[i].clone();
    }
    int[] levels = Reference.levels(square);
    System.arraycopy(levels, 0, paper.levels, 0, 4);
    Audit audit = paper.audit();
    assertTrue(ids(audit).contains("closure-one-pass"), ids(audit)::toString);
    assertFalse(ids(audit).contains("closure-incomplete"));
    assertFalse(ids(audit).contains("closure-missing"));
    Cause pass = audit.diagnosis(Kind.CLOSURE_ONE_PASS).get(0);
    assertEquals(List.of(new Cell("A", "D")), pass.cells());
  }

  @Test
  void anFrmThatIsTheIrmIsClosureMissing() {
    Paper paper = chain();
    paper.printSets = false;
    paper.printLevels = false;
    paper.printPowers = false;
    for (int i = 0; i < 4; i++) {
      paper.frm[i] = paper.irm[i].clone();
    }
    Audit audit = paper.audit();
    assertEquals(List.of("closure-missing"), ids(audit));
    assertEquals(3, audit.diagnosis().get(0).cells().size());
  }

  @Test
  void oneMisprintedFrmCellIsNamedWithItsChange() {
    Paper paper = Paper.clean();
    paper.frm[paper.i("A")][paper.i("E")] = false;
    Audit audit = paper.audit();
    assertEquals("misprint", ids(audit).get(0), ids(audit)::toString);
    Cause m = audit.diagnosis().get(0);
    assertEquals(List.of(new Cell("A", "E")), m.cells());
    assertEquals("one misprint: the published FRM prints cell (A, E) as 0 (1 there); with that"
        + " one change every published table agrees with the others", m.message());
  }

  @Test
  void aPaperThatReproducesAfterCorrectionsSaysHowManyCellsInItsSummary() {
    Paper paper = Paper.clean();
    paper.printFrm = false;
    paper.printSets = false;
    paper.printLevels = false;
    paper.printPowers = false;
    paper.irm[paper.i("A")][paper.i("F")] = true;
    Audit audit = paper.audit();
    assertEquals(Verdict.REPRODUCES_AFTER_CORRECTIONS, audit.verdict());
    assertTrue(audit.summary().startsWith("The paper reproduces after corrections (1 cell to"
        + " correct; 1 finding; SSIM: 6 factors, 4 levels with the full closure). Root cause:"
        + " one misprint"), audit.summary());
  }

  @Test
  void closedSetsFromAnSsimWithOneTransposedCellAreNotClaimedToComeFromTheIrm() {
    // A → B → C → D; the sets are the closure of the SSIM with (C, D) transposed: D → C
    Paper paper = chain();
    paper.printIrm = false;
    paper.printFrm = false;
    paper.printLevels = false;
    paper.printPowers = false;
    boolean[][] wrong = Reference.irm(
        Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").a("C", "D").build());
    paper.fillSets(Reference.closure(wrong));
    Audit audit = paper.audit();
    assertFalse(ids(audit).contains("sets-from-irm"), ids(audit)::toString);
    assertTrue(audit.findings(Finding.Kind.SETS_WITHOUT_CLOSURE).isEmpty(),
        audit.findings()::toString);
    assertEquals(Audit.SetsBasis.FRM, audit.setsBasis().orElseThrow());
  }

  @Test
  void levelsNumberedWithGapsSpeakOfRealIterations() {
    Paper paper = Paper.clean();
    paper.printIrm = false;
    paper.printFrm = false;
    paper.printSets = false;
    paper.printPowers = false;
    for (int i = 0; i < paper.n; i++) {
      paper.levels[i] *= 10;
    }
    Audit audit = paper.audit();
    // the same partition numbered 10, 20, 30, 40: one finding saying so, no cause
    assertEquals(List.of("the published levels are the level rule's 4 iterations, but numbered"
        + " 10, 20, 30, 40 instead of 1, 2, 3, 4"), audit.findings().stream()
        .map(Finding::message).collect(Collectors.toList()));
    assertEquals(List.of(), audit.diagnosis());
    // move B to level 20: findings speak of iterations of a 6-factor model, never 11 or 21
    paper.levels[paper.i("B")] = 20;
    Audit moved = paper.audit();
    for (Finding f : moved.findings(Finding.Kind.LEVEL_RULE)) {
      assertTrue(f.message().matches("in iteration [1-7] .*"), f.message());
    }
    assertFalse(moved.findings(Finding.Kind.LEVEL_RULE).isEmpty(), moved.findings()::toString);
  }

  @Test
  void theLargestLevelIsReadAndAuditedInFourIterations() {
    Paper paper = Paper.clean();
    Ssim ssim = paper.ssim;
    String text = "factor\tlevel\nA\t2147483647\nB\t3\nC\t2\nD\t2\nE\t1\nF\t4\n";
    PublishedTables t = PublishedTables.parse(text, PublishedTables.Format.LEVELS, ssim.labels());
    Audit audit = Audit.of(ssim, t);
    assertEquals(2147483647, audit.publishedLevel(0).getAsInt());
    for (Finding f : audit.findings(Finding.Kind.LEVEL_RULE)) {
      assertTrue(f.message().matches("in iteration [1-7] .*"), f.message());
    }
  }
}
