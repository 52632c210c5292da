package org.ism4j.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/** Small panels worked out by hand. */
class PanelTest {
  private static final double EPS = 1e-12;

  private static Ssim ssim(String ab, String ac, String bc) {
    return Ssim.parse("\tA\tB\tC\nA\t\t" + ab + "\t" + ac + "\nB\t\t\t" + bc + "\nC\t\t\t\n");
  }

  /**
   * Three experts over A, B, C:
   *
   * <pre>
   *        AB  AC  BC
   *   e1   V   V   V
   *   e2   V   O   V
   *   e3   V   A   X
   * </pre>
   *
   * <p>Majority (a direction needs 2 of 3): AB V (→ 3/3); AC: → 1/3, ← 1/3, so O; BC: → 3/3, ← 1/3,
   * so V. Shares of the aggregate: AB 3/3, AC 1/3 (only e2 wrote O), BC 2/3.
   *
   * <p>Fleiss' kappa, k = 3, N = 3: P_AB = (9 − 3)/6 = 1, P_AC = (1 + 1 + 1 − 3)/6 = 0,
   * P_BC = (4 + 1 − 3)/6 = 1/3, so P̄ = 4/9. Category totals V 6, A 1, X 1, O 1 of 9, so
   * P_e = (36 + 1 + 1 + 1)/81 = 13/27, and κ = (12/27 − 13/27)/(14/27) = −1/14.
   */
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final Panel threeExperts = Panel.builder()
      .expert("e1", ssim("V", "V", "V"))
      .expert("e2", ssim("V", "O", "V"))
      .expert("e3", ssim("V", "A", "X"))
      .build();

  /**
   * Four experts over A, B, C:
   *
   * <pre>
   *        AB  AC  BC
   *   e1   V   X   O
   *   e2   V   X   O
   *   e3   V   V   A
   *   e4   A   X   O
   * </pre>
   *
   * <p>Majority (a direction needs 3 of 4): AB → 3/4, ← 1/4: V; AC → 4/4, ← 3/4: X; BC → 0,
   * ← 1/4: O. Each cell has one symbol 3 times and another once: P_i = (9 + 1 − 4)/12 = 1/2, so
   * P̄ = 1/2. Totals V 4, A 2, X 3, O 3 of 12: P_e = (16 + 4 + 9 + 9)/144 = 19/72, and
   * κ = (36/72 − 19/72)/(53/72) = 17/53 ≈ 0.321 (fair).
   */
  private final Panel fourExperts = Panel.builder()
      .expert("e1", ssim("V", "X", "O"))
      .expert("e2", ssim("V", "X", "O"))
      .expert("e3", ssim("V", "V", "A"))
      .expert("e4", ssim("A", "X", "O"))
      .build();

  @Test
  void threeExpertsByMajority() {
    Agreement g = threeExperts.agreement(AggregationRule.majority());
    assertEquals(ssim("V", "O", "V"), g.ssim());
    assertEquals(ssim("V", "O", "V"), threeExperts.aggregate());
    assertEquals(-1.0 / 14, g.fleissKappa(), EPS);
    assertEquals("poor", g.kappaReading());
    assertEquals(1.0, g.cell("A", "B").share(), EPS);
    assertEquals(1.0 / 3, g.cell("C", "A").share(), EPS);
    assertEquals(2.0 / 3, g.cell("B", "C").share(), EPS);
    CellAgreement ac = g.cell("A", "C");
    assertEquals(List.of(1, 1, 0, 1), List.of(ac.v(), ac.a(), ac.x(), ac.o()));
    assertEquals(List.of("A", "C", "B", "C"), List.of(g.contested().get(0).from(),
        g.contested().get(0).to(), g.contested().get(1).from(), g.contested().get(1).to()));
    assertEquals(2, g.contested().size());
    assertEquals(List.of(2.0 / 3, 1.0, 1.0 / 3),
        g.expertAgreement().stream().map(ExpertAgreement::agreement).toList());
    assertTrue(g.tied().isEmpty());
  }

  @Test
  void threeExpertsByTheOtherRules() {
    assertEquals(ssim("V", "O", "V"), threeExperts.aggregate(AggregationRule.unanimous()));
    // threshold 1/3: one expert suffices for a direction
    assertEquals(ssim("V", "X", "X"), threeExperts.aggregate(AggregationRule.threshold(1.0 / 3)));
    // mode: AC has V, O and A once each, a tie: majority gives O and the cell is reported
    Agreement mode = threeExperts.agreement(AggregationRule.mode());
    assertEquals(ssim("V", "O", "V"), mode.ssim());
    assertEquals(List.of("A"), mode.tied().stream().map(CellAgreement::from).toList());
    assertEquals(List.of("C"), mode.tied().stream().map(CellAgreement::to).toList());
  }

  @Test
  void fourExpertsByMajority() {
    Agreement g = fourExperts.agreement(AggregationRule.majority());
    assertEquals(ssim("V", "X", "O"), g.ssim());
    assertEquals(17.0 / 53, g.fleissKappa(), EPS);
    assertEquals("fair", g.kappaReading());
    assertEquals(List.of(1.0, 1.0, 1.0 / 3, 2.0 / 3),
        g.expertAgreement().stream().map(ExpertAgreement::agreement).toList());
    // threshold 1/4: one expert suffices; e4's A on AB and e3's A on BC now count
    assertEquals(ssim("X", "X", "A"), fourExperts.aggregate(AggregationRule.threshold(0.25)));
  }

  @Test
  void aTieOfTwoExpertsUnderModeFallsBackToMajority() {
    Panel p = Panel.of(List.of(ssim("V", "O", "O"), ssim("A", "O", "O")));
    Agreement g = p.agreement(AggregationRule.mode());
    assertEquals(Relation.O, g.cell("A", "B").symbol());
    assertTrue(g.cell("A", "B").tied());
    assertFalse(g.cell("A", "C").tied());
    assertEquals(List.of("expert 1", "expert 2"), p.experts());
    // an even split: a direction asserted by exactly half holds with threshold(0.5), not majority
    Panel half = Panel.of(List.of(ssim("V", "O", "O"), ssim("O", "O", "O")));
    assertEquals(ssim("O", "O", "O"), half.aggregate(AggregationRule.majority()));
    assertEquals(ssim("V", "O", "O"), half.aggregate(AggregationRule.threshold(0.5)));
  }

  @Test
  void fourExpertsLevelsAndLeaveOneOut() {
    // A ↔ C is one cycle that reaches B: B on level 1, A and C on level 2
    Stability s = fourExperts.stability(AggregationRule.majority(), 200, 7);
    assertEquals(List.of(2, 1, 2), s.levels().asList());
    for (LeaveOneOut row : s.leaveOneOut()) {
      assertEquals(List.of(), row.changedFactors(), row.expert());
    }
    assertEquals(200, s.factor("A").levelCounts().values().stream().mapToInt(i -> i).sum());
  }

  @Test
  void leavingOutOneOfTwoAgreeingExpertsChangesTheLevels() {
    // e1 and e2 say A → B, e3 says nothing: majority keeps A → B (A level 2, B level 1)
    Panel p = Panel.builder()
        .expert("e1", ssim("V", "O", "O"))
        .expert("e2", ssim("V", "O", "O"))
        .expert("e3", ssim("O", "O", "O"))
        .build();
    Stability s = p.stability(AggregationRule.majority(), 500, 3);
    assertEquals(List.of(2, 1, 1), s.levels().asList());
    assertEquals(List.of(List.of("A"), List.of("A"), List.of()),
        s.leaveOneOut().stream().map(LeaveOneOut::changedFactors).toList());
    // B and C are on level 1 whatever is drawn; A only when A → B survives
    assertEquals(1.0, s.factor("B").stability(), EPS);
    assertEquals(1.0, s.factor("C").stability(), EPS);
    assertEquals(s.factor("A").stability(), s.identicalLevels(), EPS);
    assertEquals(s.factor("A").levelCounts().keySet(), java.util.Set.of(1, 2));
    // the chance that at least two of three draws are e1 or e2 is 20/27
    assertEquals(20.0 / 27, s.factor("A").stability(), 0.07);
  }

  @Test
  void factorsAreMatchedByLabelInAnyOrder() {
    Ssim reordered = Ssim.parse("\tC\tA\tB\nC\t\tO\tA\nA\t\t\tV\nB\t\t\t\n"); // = ssim(V, O, V)
    Panel p = Panel.builder().expert("x", ssim("V", "O", "V")).expert("y", reordered).build();
    Agreement g = p.agreement(AggregationRule.unanimous());
    assertEquals(ssim("V", "O", "V"), g.ssim());
    assertEquals(1.0, g.fleissKappa(), EPS);
    assertEquals(List.of("A", "B", "C"), g.factors());
  }

  @Test
  void differentFactorSetsNameTheExpertAndTheLabel() {
    Ssim other = Ssim.parse("\tA\tB\tD\nA\t\tV\tO\nB\t\t\tV\nD\t\t\t\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Panel.builder().expert("ana", ssim("V", "O", "V")).expert("ben", other));
    assertEquals("expert 'ben' has no factor 'C' (expert 'ana' has it)", e.getMessage());
    Ssim more = Ssim.parse("\tA\tB\tC\tD\nA\t\tV\tO\tO\nB\t\t\tV\tO\nC\t\t\t\tO\nD\t\t\t\t\n");
    e = assertThrows(IllegalArgumentException.class,
        () -> Panel.builder().expert("ana", ssim("V", "O", "V")).expert("ben", more));
    assertEquals("expert 'ben' has a factor 'D' that expert 'ana' has not", e.getMessage());
  }

  @Test
  void onePanelistIsNotAPanel() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Panel.of(List.of(ssim("V", "O", "V"))));
    assertEquals("a panel needs at least two experts, got 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Panel.builder().expert("a", ssim("V", "O", "V")).expert("a", ssim("V", "O", "V")));
    assertEquals("two experts named 'a'", e.getMessage());
  }

  @Test
  void rulesParseAndPrint() {
    for (String name : List.of("majority", "mode", "unanimous", "threshold=0.6", "threshold=1")) {
      assertEquals(name, AggregationRule.parse(name).toString());
    }
    assertEquals(AggregationRule.threshold(0.75), AggregationRule.parse("Threshold:0.75"));
    assertEquals("threshold must be in (0, 1], got 0.0",
        assertThrows(IllegalArgumentException.class, () -> AggregationRule.threshold(0)).getMessage());
    assertEquals("unknown rule 'most' (expected majority, mode, unanimous or threshold=T)",
        assertThrows(IllegalArgumentException.class, () -> AggregationRule.parse("most")).getMessage());
    assertEquals("threshold must be in (0, 1], got 1.5 in rule 'threshold=1.5'",
        assertThrows(IllegalArgumentException.class,
            () -> AggregationRule.parse("threshold=1.5")).getMessage());
    assertEquals(Relation.X, AggregationRule.majority().apply(1, 1, 2, 0));
  }

  @Test
  void landisKochBands() {
    Map<Double, String> bands = Map.of(-0.1, "poor", 0.0, "slight", 0.2, "slight", 0.3, "fair",
        0.5, "moderate", 0.7, "substantial", 0.81, "almost perfect", 1.0, "almost perfect");
    bands.forEach((k, band) -> assertEquals(band, Agreement.landisKoch(k), "" + k));
  }
}
