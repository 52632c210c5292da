package org.ism4j.weighted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ism4j.ssim.Labels;
import org.junit.jupiter.api.Test;

/**
 * DEMATEL on the smallest model with a cause, an effect and a neutral factor, worked by hand (issue
 * 15, for the mutants PIT left alive in {@code weighted}).
 *
 * <p>A → B with weight 1, C apart. Row sums 1, 0, 0 and column sums 0, 1, 0, so s = 1 and N = A.
 * N² = 0, so T = N + N² + … = N: one cell 1, eight cells 0. Given r = (1, 0, 0), received
 * c = (0, 1, 0): A is a cause (r − c = 1 &gt; 0), B is not (−1), and C is not either, as
 * r − c = 0 is not above 0. Mean of T: 1/9. Standard deviation (population, over the 9 cells):
 * √((8 · (1/9)² + (8/9)²) / 9) = √(72/729) = √8 / 9.
 */
class HandWorkedDematelTest {
  private static final double EPS = 1e-12;
  private static final Labels ABC = Labels.of("A", "B", "C");
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final WeightedMatrix oneLink = WeightedMatrix.of(ABC,
      new double[][] {{0, 1, 0}, {0, 0, 0}, {0, 0, 0}}, Scale.DEMATEL);
  private final Dematel dematelOfOneLink = Dematel.of(oneLink);

  @Test
  void givenReceivedAndTheCauseRule() {
    assertEquals(ABC, dematelOfOneLink.labels());
    assertEquals(1, dematelOfOneLink.experts());
    assertArrayEquals(new double[] {1, 0, 0}, dematelOfOneLink.given().toArray(), EPS);
    assertArrayEquals(new double[] {0, 1, 0}, dematelOfOneLink.received().toArray(), EPS);
    assertTrue(dematelOfOneLink.isCause(0));
    assertFalse(dematelOfOneLink.isCause(1));
    assertFalse(dematelOfOneLink.isCause(2));
    assertEquals("Dematel[3 factors, 1 expert, s = 1.0]", dematelOfOneLink.toString());
  }

  @Test
  void meanAndPopulationStandardDeviationOfTheTotalRelation() {
    assertEquals(1.0 / 9, dematelOfOneLink.mean(), EPS);
    assertEquals(Math.sqrt(8) / 9, dematelOfOneLink.standardDeviation(), EPS);
    assertEquals(0.5, Threshold.of(0.5).valueFor(dematelOfOneLink), EPS);
    assertEquals(1.0 / 9, Threshold.mean().valueFor(dematelOfOneLink), EPS);
    assertEquals(1.0 / 9 + Math.sqrt(8) / 9, Threshold.meanPlusSd().valueFor(dematelOfOneLink), EPS);
  }

  @Test
  void thresholdsNameTheirRule() {
    assertEquals("value", Threshold.of(0.5).rule());
    assertEquals("mean", Threshold.mean().rule());
    assertEquals("mean+sd", Threshold.meanPlusSd().rule());
    assertEquals("0.5", Threshold.of(0.5).toString());
    assertEquals("mean+sd", Threshold.meanPlusSd().toString());
  }

  /** Two experts: A → B 1 and 3 average to 2; the Dematel says it was built from two. */
  @Test
  void theMatrixAndItsPrintedForms() {
    assertArrayEquals(new double[][] {{0, 1, 0}, {0, 0, 0}, {0, 0, 0}}, oneLink.toArray());
    assertTrue(oneLink.hasIntegerWeights());
    assertFalse(WeightedMatrix.of(ABC, new double[][] {{0, 0.5, 0}, {0, 0, 0}, {0, 0, 0}},
        Scale.DEMATEL).hasIntegerWeights());
    assertEquals("WeightedMatrix[3 factors, dematel]", oneLink.toString());
    WeightedMatrix three = WeightedMatrix.of(ABC, new double[][] {{0, 3, 0}, {0, 0, 0}, {0, 0, 0}},
        Scale.DEMATEL);
    WeightedMatrix mean = WeightedMatrix.average(List.of(oneLink, three));
    assertEquals(2, mean.weight("A", "B"), EPS);
    assertEquals("WeightedMatrix[3 factors, dematel, mean of 2 experts]", mean.toString());
    assertEquals(2, Dematel.of(List.of(oneLink, three)).experts());
    assertEquals("godet", Scale.GODET.label());
    assertEquals("fuzzy", Scale.FUZZY.label());
    assertEquals("dematel", Scale.DEMATEL.label());
  }
}
