package org.ism4j.weighted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ism4j.ssim.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edges of the weighted package that PIT found unchecked, each worked by hand: the smallest allowed
 * maximum power and iteration count, the printed forms of Godet's and the fuzzy MICMAC, Godet's sums
 * past 2<sup>63</sup>, DEMATEL's total-relation accessor, the scale checks of {@code WeightedMatrix}
 * with their messages, a weighted mean of means, and the potential link of a lower row.
 */
class HandWorkedWeightedEdgesTest {
  private static final Labels AB = Labels.of("A", "B");
  private static final double EPS = 1e-12;

  private static WeightedMatrix ab(double aToB, double bToA, Scale scale) {
    return WeightedMatrix.of(AB, new double[][] {{0, aToB}, {bToA, 0}}, scale);
  }

  @Test
  void oneIsTheSmallestMaximumAndZeroIsRefused() {
    WeightedMatrix m = ab(1, 0, Scale.GODET);
    // power 1 only: the direct sums, nothing to compare with, so not stable
    GodetMicmac g = GodetMicmac.of(m, 1);
    assertEquals(1, g.power());
    assertEquals(1, g.maxPower());
    assertFalse(g.isStable());
    assertEquals("maximum power 0 is below 1",
        assertThrows(IllegalArgumentException.class, () -> GodetMicmac.of(m, 0)).getMessage());
    WeightedMatrix f = ab(0.5, 0, Scale.FUZZY);
    FuzzyMicmac z = FuzzyMicmac.of(f, 1);
    assertEquals(1, z.iterations());
    assertEquals(1, z.maxIterations());
    assertEquals("maximum number of iterations 0 is below 1",
        assertThrows(IllegalArgumentException.class, () -> FuzzyMicmac.of(f, 0)).getMessage());
  }

  /**
   * A → B 2, B → A 1, C → A 1 never settles up to 2n = 6 (HandWorkedWeightedTextTest works it);
   * A → B potential, B → A 0 is stable at power 2, its potential variant (A → B 3) at power 3.
   */
  @Test
  void godetPrintsItsPowerStabilityAndVariant() {
    GodetMicmac never = GodetMicmac.of(WeightedMatrix.of(Labels.of("A", "B", "C"),
        new double[][] {{0, 2, 0}, {1, 0, 0}, {1, 0, 0}}, Scale.GODET));
    assertEquals("GodetMicmac[3 factors, power 6, not stable]", never.toString());
    assertFalse(never.countsPotentialLinks());
    GodetMicmac p = GodetMicmac.of(WeightedMatrix.parse("\tA\tB\nA\t-\tP\nB\t0\t-\n"));
    assertEquals("GodetMicmac[2 factors, power 2, stable]", p.toString());
    assertFalse(p.countsPotentialLinks());
    GodetMicmac variant = p.potential().orElseThrow();
    assertEquals("GodetMicmac[2 factors, power 3, stable, P as 3]", variant.toString());
    assertTrue(variant.countsPotentialLinks());
  }

  /**
   * P → Q 0.5, Q → P 0.7 is stable at t = 3 with no period, and cut short at 2 unsettled; the chain
   * A → B 0.5 → C 0.7 is stable at t = 4 with period 1 (HandWorkedWeightedTextTest works both).
   */
  @Test
  void fuzzyPrintsItsIterationsStabilityAndPeriod() {
    WeightedMatrix pq = WeightedMatrix.of(Labels.of("P", "Q"),
        new double[][] {{0, 0.5}, {0.7, 0}}, Scale.FUZZY);
    assertEquals("FuzzyMicmac[2 factors, 3 iterations, stable]", FuzzyMicmac.of(pq).toString());
    assertEquals("FuzzyMicmac[2 factors, 2 iterations, not stable]", FuzzyMicmac.of(pq, 2).toString());
    WeightedMatrix chain = WeightedMatrix.of(Labels.of("A", "B", "C"),
        new double[][] {{0, 0.5, 0}, {0, 0, 0.7}, {0, 0, 0}}, Scale.FUZZY);
    assertEquals("FuzzyMicmac[3 factors, 4 iterations, stable, period 1]",
        FuzzyMicmac.of(chain).toString());
  }

  /**
   * A ⇄ B with weight 10^15 each way (DEMATEL weights have no upper bound): the direct sums are
   * 10^15, the second power's 10^15 × 10^15 = 10^30, past 2^63 ≈ 9.2 × 10^18, so they must be
   * exact big integers. The rankings (ties by input order: A 1, B 2) repeat at power 2: stable.
   * 10^15 is the largest weight allowed; a larger one is refused.
   */
  @Test
  void godetSumsPastTwoToTheSixtyThirdAreExact() {
    GodetMicmac g = GodetMicmac.of(ab(1e15, 1e15, Scale.DEMATEL));
    BigInteger e15 = BigInteger.TEN.pow(15);
    BigInteger e30 = BigInteger.TEN.pow(30);
    assertEquals(List.of(e15, e15), g.directInfluence());
    assertEquals(2, g.power());
    assertTrue(g.isStable());
    assertEquals(List.of(e30, e30), g.indirectInfluence());
    assertEquals(List.of(e30, e30), g.indirectDependence());
    assertEquals("Godet's MICMAC needs integer weights, and weight (A, B) is 2.0E15",
        assertThrows(IllegalArgumentException.class,
            () -> GodetMicmac.of(ab(2e15, 0, Scale.DEMATEL))).getMessage());
    assertEquals("Godet's MICMAC needs integer weights, and weight (B, A) is 0.5",
        assertThrows(IllegalArgumentException.class,
            () -> GodetMicmac.of(ab(1, 0.5, Scale.DEMATEL))).getMessage());
  }

  /**
   * A → B 1 on the DEMATEL scale, C apart: s = 1, N = D, N² = 0, so T = N: T(A, B) = 1 and every
   * other cell 0.
   */
  @Test
  void theTotalRelationCellByCell() {
    Dematel d = Dematel.of(WeightedMatrix.of(Labels.of("A", "B", "C"),
        new double[][] {{0, 1, 0}, {0, 0, 0}, {0, 0, 0}}, Scale.DEMATEL));
    assertEquals(1, d.total(0, 1), EPS);
    assertEquals(0, d.total(1, 0), EPS);
    assertEquals(0, d.total(2, 2), EPS);
    assertThrows(IndexOutOfBoundsException.class, () -> d.total(3, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> d.total(0, -1));
  }

  @Test
  void eachScaleRefusesWhatIsNotOnItWithTheCell() {
    assertEquals(3, ab(3, 0, Scale.GODET).weight("A", "B"), EPS);
    assertEquals(1, ab(1, 0, Scale.FUZZY).weight("A", "B"), EPS);
    assertEquals("weight (A, B) -1.0 is not a non-negative number", assertThrows(
        IllegalArgumentException.class, () -> ab(-1, 0, Scale.DEMATEL)).getMessage());
    assertEquals("weight (B, A) 2.5 is not an integer 0 to 3 or P (godet scale)", assertThrows(
        IllegalArgumentException.class, () -> ab(0, 2.5, Scale.GODET)).getMessage());
    assertEquals("weight (A, B) 4.0 is not an integer 0 to 3 or P (godet scale)", assertThrows(
        IllegalArgumentException.class, () -> ab(4, 0, Scale.GODET)).getMessage());
    assertEquals("weight (A, B) 1.5 is greater than 1 (fuzzy scale)", assertThrows(
        IllegalArgumentException.class, () -> ab(1.5, 0, Scale.FUZZY)).getMessage());
    assertEquals("row 2 of weights has 1 cells, expected 2", assertThrows(
        IllegalArgumentException.class,
        () -> WeightedMatrix.of(AB, new double[][] {{0, 1}, {0}}, Scale.GODET)).getMessage());
  }

  /**
   * The mean of A → B 1 and 3 is 2 from two experts; averaged with a third expert's 0 it is
   * (2 × 2 + 0) / 3 = 4/3, each expert counting once, not each matrix.
   */
  @Test
  void aMeanOfMeansWeighsEveryExpertOnce() {
    WeightedMatrix two = WeightedMatrix.average(
        List.of(ab(1, 0, Scale.DEMATEL), ab(3, 0, Scale.DEMATEL)));
    assertEquals(2, two.weight("A", "B"), EPS);
    WeightedMatrix three = WeightedMatrix.average(List.of(two, ab(0, 0, Scale.DEMATEL)));
    assertEquals(4.0 / 3, three.weight("A", "B"), EPS);
    assertEquals(3, three.experts());
  }

  /** The first differing factor is named at its 1-based place; a shorter list by its size. */
  @Test
  void expertsWithOtherFactorsAreToldWhereTheyDiffer() {
    WeightedMatrix abm = ab(1, 0, Scale.GODET);
    WeightedMatrix ax = WeightedMatrix.of(Labels.of("A", "X"), new double[][] {{0, 1}, {0, 0}},
        Scale.GODET);
    assertEquals("expert 'b.tsv' names different factors from expert 'a.tsv': factor 2 is 'X',"
        + " expected 'B'", assertThrows(IllegalArgumentException.class,
            () -> WeightedMatrix.average(List.of(abm, ax), List.of("a.tsv", "b.tsv"))).getMessage());
    WeightedMatrix abc = WeightedMatrix.of(Labels.of("A", "B", "C"),
        new double[][] {{0, 1, 0}, {0, 0, 0}, {0, 0, 0}}, Scale.GODET);
    assertEquals("expert 'b.tsv' names different factors from expert 'a.tsv': 3 factors, expected 2",
        assertThrows(IllegalArgumentException.class,
            () -> WeightedMatrix.average(List.of(abm, abc), List.of("a.tsv", "b.tsv"))).getMessage());
    assertEquals("expert 'b.tsv' names different factors from expert 'a.tsv': 2 factors, expected 3",
        assertThrows(IllegalArgumentException.class,
            () -> WeightedMatrix.average(List.of(abc, abm), List.of("a.tsv", "b.tsv"))).getMessage());
  }

  /** B → A is P, in the second row: cell (1, 0) of a 2-factor matrix, index 1 × 2 + 0 = 2. */
  @Test
  void aPotentialLinkInALowerRowIsThatCell() {
    WeightedMatrix m = WeightedMatrix.parse("\tA\tB\nA\t-\t1\nB\tP\t-\n");
    assertTrue(m.isPotential(1, 0));
    assertFalse(m.isPotential(0, 1));
    assertFalse(m.isPotential(0, 0));
    assertEquals(0, m.weight("B", "A"), EPS);
    assertEquals(1, m.weight("A", "B"), EPS);
  }

  @Test
  void aReaderAndAFileAreReadAsTheText(@TempDir Path dir) throws IOException {
    String text = "\tA\tB\nA\t-\t2\nB\t1\t-\n";
    Path file = dir.resolve("g.tsv");
    Files.writeString(file, text);
    double[][] expected = {{0, 2}, {1, 0}};
    assertArrayEquals(expected, WeightedMatrix.parse(new StringReader(text), Scale.GODET).toArray());
    assertArrayEquals(expected, WeightedMatrix.parse(file, null).toArray());
    assertEquals(Scale.GODET, WeightedMatrix.parse(file, null).scale());
    assertEquals(AB, WeightedMatrix.parse(file, Scale.DEMATEL).labels());
  }
}
