package org.ism4j.audit;

import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.internal.Access;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ism4j.IsmAnalyzer;
import org.ism4j.audit.Finding.Cell;
import org.ism4j.audit.Finding.Kind;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Condensation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worked example: everything banking-17/NOTES.md states, derived by the audit from the data. */
class Banking17AuditTest {
  // Read and audited anew for every test: a result kept in a static field from @BeforeAll would
  // stay the first one while PIT swaps in mutant after mutant.
  private Ssim ssim;
  private Audit audit;

  @BeforeEach
  void audit() {
    ssim = Banking17.ssim();
    audit = Audit.of(ssim, Banking17.table2());
  }

  @Test
  void theParserReadsTheSsimAsPrinted() {
    assertEquals(Banking17.ssimBySplitting(), ssim);
  }

  @Test
  void theSsimIsOneCycleOfAll17Factors() {
    assertEquals(153, audit.model().initialReachability().ones());
    assertEquals(289, audit.model().finalReachability().ones());
    assertEquals(1, audit.model().levels().levelCount());
  }

  @Test
  void theVerdictIsDoesNotReproduceWithExactlyTheseKinds() {
    assertEquals(Verdict.DOES_NOT_REPRODUCE, audit.verdict());
    assertEquals(Set.of(Kind.SETS_WITHOUT_CLOSURE, Kind.SET_DIFFERS, Kind.INTERSECTION_DIFFERS,
        Kind.SPLIT_CYCLE, Kind.PRINTED_LEVEL_RULE),
        audit.findings().stream().map(Finding::kind).collect(Collectors.toSet()));
  }

  @Test
  void theSetsLeaveTheFactorOutAndAreTheIrmsRowsAndColumns() {
    assertEquals(Optional.of(Audit.SetsConvention.EXCLUDES_FACTOR), audit.setsConvention());
    assertEquals(Optional.of(Audit.SetsBasis.IRM), audit.setsBasis());
    Finding f = audit.findings(Kind.SETS_WITHOUT_CLOSURE).get(0);
    assertEquals(17, f.factors().size());
    assertTrue(f.published().contains("6 printed memberships differ from the IRM"), f.published());
  }

  @Test
  void theThreeSetDiscrepanciesAreFactors4And13And17() {
    List<Finding> sets = audit.findings(Kind.SET_DIFFERS);
    assertEquals(List.of("4", "13", "17"),
        sets.stream().map(f -> f.factors().get(0)).collect(Collectors.toList()));

    Finding four = sets.get(0);
    assertTrue(four.published().startsWith("output set lists 13"), four.published());
    assertEquals("SSIM cell (4, 13) = A (13 → 4)", four.computed());
    assertEquals(Optional.of("cells (4, 13) and (13, 4) transposed"), four.explanation());

    Finding thirteen = sets.get(1);
    assertEquals("output set lacks 4; input set lists 4", thirteen.published());
    assertEquals(List.of(new Cell("13", "4"), new Cell("4", "13")), thirteen.cells());

    Finding seventeen = sets.get(2);
    assertEquals(List.of("17", "4", "5"), seventeen.factors());
    assertEquals("input set lists 4, 5", seventeen.published());
    assertEquals("SSIM cell (4, 17) = A (17 → 4); SSIM cell (5, 17) = A (17 → 5)", seventeen.computed());
  }

  @Test
  void factor13sCommonSetIsNotTheIntersectionOfItsPrintedSets() {
    List<Finding> f = audit.findings(Kind.INTERSECTION_DIFFERS);
    assertEquals(1, f.size());
    assertEquals(List.of("13", "12"), f.get(0).factors());
    assertEquals("common set {12}", f.get(0).published());
    assertEquals("output ∩ input = {}", f.get(0).computed());
  }

  @Test
  void oneFindingNamesThe17FactorCycle() {
    List<Finding> f = audit.findings(Kind.SPLIT_CYCLE);
    assertEquals(1, f.size());
    assertEquals(ssim.labels(), f.get(0).factors());
    List<String> walk = f.get(0).path();
    assertEquals(walk.get(0), walk.get(walk.size() - 1), "a closed walk");
    for (int k = 0; k + 1 < walk.size(); k++) {
      assertTrue(audit.model().initialReachability().reaches(walk.get(k), walk.get(k + 1)),
          "each step of the walk is a direct link");
    }
  }

  @Test
  void level1FollowsFromThePrintedColumnsAndLaterLevelsFromNothing() {
    List<Finding> f = audit.findings(Kind.PRINTED_LEVEL_RULE);
    Finding first = f.get(0);
    assertTrue(first.published().startsWith("level 1: "), first.published());
    assertEquals("printed output and input sets give {8, 17}; printed output and common columns"
        + " give {8, 13, 17}", first.computed());
    assertEquals("level 1: {8, 13, 17}", first.published());
    assertEquals(List.of("13"), first.factors());
    assertTrue(first.explanation().orElseThrow().startsWith("level 1 follows from the printed"
        + " output and common columns"));
    assertTrue(f.size() > 1, "later levels");
    for (Finding later : f.subList(1, f.size())) {
      assertFalse(later.published().startsWith("level 1:"));
      assertTrue(later.message().contains("does not follow from the paper's stated rule"), later.message());
      assertEquals(Optional.empty(), later.explanation());
    }
  }

  @Test
  void theFeedbackLinksLeaveAHierarchy() {
    assertEquals(1, audit.cycles().size());
    Audit.Cycle c = audit.cycles().get(0);
    assertEquals(17, c.members().size());
    assertTrue(c.exact());
    BitMatrix.Builder b = BitMatrix.builder(17);
    BitMatrix irm = Access.bits(audit.model().initialReachability());
    for (int i = 0; i < 17; i++) {
      for (int j = 0; j < 17; j++) {
        b.set(i, j, irm.get(i, j));
      }
    }
    for (Cell link : c.feedbackLinks()) {
      assertTrue(audit.model().initialReachability().reaches(link.from(), link.to()));
      b.set(ssim.labels().indexOf(link.from()), ssim.labels().indexOf(link.to()), false);
    }
    BitMatrix reduced = b.build();
    assertEquals(17, Condensation.of(reduced).componentCount(), "no cycle left");
    assertEquals(c.levelsWithoutFeedback(), IsmAnalyzer.level(
        Access.make(ReachabilityMatrix.class, ssim.labels(), reduced)).levels());
    assertTrue(c.levelsWithoutFeedback().size() > 1);
  }
}
