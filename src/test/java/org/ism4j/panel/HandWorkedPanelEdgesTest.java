package org.ism4j.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The edges of the panel API that PIT found untested (issue 15): the validation boundaries of the
 * public rules and records, each checked at the smallest value allowed and the first one refused,
 * and the accessors and printed forms, on panels small enough to work by hand.
 */
class HandWorkedPanelEdgesTest {
  private static Ssim ssim(String ab, String ac, String bc) {
    return Ssim.parse("\tA\tB\tC\nA\t\t" + ab + "\t" + ac + "\nB\t\t\t" + bc + "\nC\t\t\t\n");
  }

  private static final Ssim E1 = ssim("V", "V", "O");
  private static final Ssim E2 = ssim("V", "O", "O");
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final Panel anaAndBen = Panel.builder().expert("Ana", E1).expert("Ben", E2).build();

  /** One expert per count: a single vote decides alone under majority (2 · 1 > 1). */
  @Test
  void applyAcceptsZeroCountsAndDecidesASingleVote() {
    AggregationRule m = AggregationRule.majority();
    assertEquals(Relation.V, m.apply(1, 0, 0, 0));
    assertEquals(Relation.A, m.apply(0, 1, 0, 0));
    assertEquals(Relation.X, m.apply(0, 0, 1, 0));
    assertEquals(Relation.O, m.apply(0, 0, 0, 1));
  }

  @Test
  void applyRefusesNegativeCountsAndNoVotesAtAll() {
    AggregationRule m = AggregationRule.majority();
    String none = "counts V=0 A=0 X=0 O=0: none may be negative and one must be positive";
    assertEquals(none, assertThrows(IllegalArgumentException.class, () -> m.apply(0, 0, 0, 0))
        .getMessage());
    // the total is positive here, so only the sign test refuses it
    assertThrows(IllegalArgumentException.class, () -> m.apply(-1, 2, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> m.apply(2, -1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> m.apply(2, 0, -1, 0));
    assertThrows(IllegalArgumentException.class, () -> m.apply(2, 0, 0, -1));
  }

  /**
   * Majority needs more than half (2 of 3, but 1 of 2 is not enough), threshold=0.5 half or more,
   * unanimous all.
   */
  @Test
  void holdsFollowsEachRulesDefinition() {
    AggregationRule m = AggregationRule.majority();
    assertTrue(m.holds(2, 3));
    assertFalse(m.holds(1, 2));
    assertTrue(m.holds(1, 1));
    assertFalse(m.holds(0, 1));
    assertTrue(AggregationRule.threshold(0.5).holds(1, 2));
    assertFalse(AggregationRule.threshold(0.5).holds(1, 3));
    assertTrue(AggregationRule.unanimous().holds(3, 3));
    assertFalse(AggregationRule.unanimous().holds(2, 3));
  }

  @Test
  void holdsRefusesCountsOutsideZeroToK() {
    AggregationRule m = AggregationRule.majority();
    assertEquals("count 1 out of range for 0 experts",
        assertThrows(IllegalArgumentException.class, () -> m.holds(1, 0)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> m.holds(0, 0));
    assertThrows(IllegalArgumentException.class, () -> m.holds(-1, 3));
    assertThrows(IllegalArgumentException.class, () -> m.holds(4, 3));
  }

  @Test
  void onlyTheModeRuleIsMode() {
    assertTrue(AggregationRule.mode().isMode());
    assertFalse(AggregationRule.majority().isMode());
    assertFalse(AggregationRule.unanimous().isMode());
    assertFalse(AggregationRule.threshold(0.75).isMode());
  }

  /** The threshold is in (0, 1]: 1 itself is allowed, 0 is not. */
  @Test
  void aParsedThresholdOfOneIsAllowedAndZeroIsNot() {
    assertEquals(AggregationRule.threshold(1), AggregationRule.parse("threshold=1"));
    assertEquals("threshold=1", AggregationRule.parse("threshold=1").toString());
    assertEquals("threshold must be in (0, 1], got 0 in rule 'threshold=0'",
        assertThrows(IllegalArgumentException.class, () -> AggregationRule.parse("threshold=0"))
            .getMessage());
  }

  /** Landis and Koch's bands include their upper bound: 0.40 is fair, 0.60 moderate, 0.80 substantial. */
  @Test
  void landisKochBandsIncludeTheirUpperBounds() {
    assertEquals("fair", Agreement.landisKoch(0.40));
    assertEquals("moderate", Agreement.landisKoch(0.60));
    assertEquals("substantial", Agreement.landisKoch(0.80));
    assertEquals("moderate", Agreement.landisKoch(0.41));
    assertEquals("substantial", Agreement.landisKoch(0.61));
    assertEquals("almost perfect", Agreement.landisKoch(0.81));
  }

  @Test
  void thePanelKeepsTheExpertsSsimsAndNamesInOrder() {
    assertEquals(List.of(E1, E2), anaAndBen.ssims());
    assertEquals(List.of("Ana", "Ben"), anaAndBen.agreement(AggregationRule.majority()).experts());
    assertEquals("Panel[2 experts, 3 factors]", anaAndBen.toString());
  }

  @Test
  void stabilityKeepsItsResamplesAndSeedAndAcceptsOneResample() {
    Stability s = anaAndBen.stability(AggregationRule.majority(), 1, 42);
    assertEquals(1, s.resamples());
    assertEquals(42, s.seed());
    Stability t = anaAndBen.stability(AggregationRule.majority(), 7, -3);
    assertEquals(7, t.resamples());
    assertEquals(-3, t.seed());
    assertEquals("resamples must be at least 1, got 0", assertThrows(IllegalArgumentException.class,
        () -> anaAndBen.stability(AggregationRule.majority(), 0, 1)).getMessage());
  }

  @Test
  void aPanelNeedsNamedExpertsAndTwoFactors() {
    assertEquals("an expert needs a name, got ' '", assertThrows(IllegalArgumentException.class,
        () -> Panel.builder().expert(" ", E1)).getMessage());
    Ssim one = Ssim.builder("A").build();
    assertEquals("a panel needs at least two factors, got 1", assertThrows(
        IllegalArgumentException.class,
        () -> Panel.builder().expert("Ana", one).expert("Ben", one).build()).getMessage());
  }

  @Test
  void cellAgreementBoundsAndPrintedForm() {
    CellAgreement first = new CellAgreement(0, 1, "A", "B", Relation.O, 0, 0, 0, 1, false);
    assertEquals(1, first.experts());
    assertEquals("(A, B) O V=0 A=0 X=0 O=1", first.toString());
    assertEquals("(A, C) V V=1 A=1 X=0 O=0 tied",
        new CellAgreement(0, 2, "A", "C", Relation.V, 1, 1, 0, 0, true).toString());
    assertThrows(IllegalArgumentException.class,
        () -> new CellAgreement(1, 1, "B", "B", Relation.O, 0, 0, 0, 1, false));
    assertThrows(IllegalArgumentException.class,
        () -> new CellAgreement(-1, 1, "A", "B", Relation.O, 0, 0, 0, 1, false));
    assertThrows(IllegalArgumentException.class,
        () -> new CellAgreement(0, 1, "A", "B", Relation.O, 0, 0, 0, 0, false));
    assertThrows(IllegalArgumentException.class,
        () -> new CellAgreement(0, 1, "A", "B", Relation.O, -1, 0, 0, 2, false));
    assertThrows(IllegalArgumentException.class,
        () -> new CellAgreement(0, 1, "A", "B", Relation.O, 0, -1, 0, 2, false));
    assertThrows(IllegalArgumentException.class,
        () -> new CellAgreement(0, 1, "A", "B", Relation.O, 0, 0, -1, 2, false));
    assertThrows(IllegalArgumentException.class,
        () -> new CellAgreement(0, 1, "A", "B", Relation.O, 2, 0, 0, -1, false));
  }

  @Test
  void expertAgreementBounds() {
    assertEquals(0.0, new ExpertAgreement("Ana", 0, 1).agreement());
    assertEquals(1.0, new ExpertAgreement("Ana", 1, 1).agreement());
    assertThrows(IllegalArgumentException.class, () -> new ExpertAgreement("Ana", 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new ExpertAgreement("Ana", -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ExpertAgreement("Ana", 2, 1));
  }

  @Test
  void factorStabilityBounds() {
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    counts.put(1, 1);
    assertEquals(0.0, new FactorStability("A", 1, 0, 1, counts).stability());
    assertEquals(1.0, new FactorStability("A", 1, 1, 1, counts).stability());
    assertThrows(IllegalArgumentException.class, () -> new FactorStability("A", 0, 0, 1, counts));
    assertThrows(IllegalArgumentException.class, () -> new FactorStability("A", 1, 0, 0, counts));
    assertThrows(IllegalArgumentException.class, () -> new FactorStability("A", 1, -1, 1, counts));
    assertThrows(IllegalArgumentException.class, () -> new FactorStability("A", 1, 2, 1, counts));
  }
}
