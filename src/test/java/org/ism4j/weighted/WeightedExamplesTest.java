package org.ism4j.weighted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.junit.jupiter.api.Test;

/** Small examples worked by hand; the derivation is in each test's comment. */
class WeightedExamplesTest {
  private static final Labels ABC = Labels.of("A", "B", "C");

  private static List<BigInteger> big(long... v) {
    BigInteger[] b = new BigInteger[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = BigInteger.valueOf(v[i]);
    }
    return List.of(b);
  }

  @Test
  void godetStopsAtTheFirstPowerWhoseRankingsRepeat() {
    // M: A→B, A→C, B→A, C→B (all weight 1). r1 = [2,1,1], c1 = [1,2,1].
    // r(k) = M r(k-1): r2 = [2,2,1], r3 = [3,2,2], r4 = [4,3,2]   influence ranks 123 at every power
    // c(k) = c(k-1) M: c2 = [2,2,1], c3 = [2,3,2], c4 = [3,4,2]   dependence ranks 213, 123, 213, 213
    // power 2: dependence changed; 3: changed back; 4: both equal power 3 → stop at k = 4
    WeightedMatrix m = WeightedMatrix.of(ABC, new double[][] {{0, 1, 1}, {1, 0, 0}, {0, 1, 0}}, Scale.GODET);
    GodetMicmac g = GodetMicmac.of(m);
    assertEquals(4, g.power());
    assertTrue(g.isStable());
    assertEquals(big(2, 1, 1), g.directInfluence());
    assertEquals(big(1, 2, 1), g.directDependence());
    assertEquals(big(4, 3, 2), g.indirectInfluence());
    assertEquals(big(3, 4, 2), g.indirectDependence());
    assertArrayEquals(new int[] {2, 1, 3}, g.indirectDependenceRanks().toArray());
    assertArrayEquals(new int[] {0, 0, 0}, g.influenceRankShift().toArray());
  }

  @Test
  void godetSaysSoWhenTheRankingsNeverSettle() {
    // M: A→B 3, B→C 2, C→A 1, a weighted 3-cycle. M² has A→C 6, B→A 2, C→B 3; M³ = 6I; M⁴ = 6M …
    // Influence ranks cycle 123 (M), 132 (M²), 123 (M³, all tied), 123 (M⁴) but dependence
    // 312 (M), 321 (M²), 123 (M³), 312 (M⁴): never both equal; stop at 2n = 6, not stable.
    WeightedMatrix m = WeightedMatrix.of(ABC, new double[][] {{0, 3, 0}, {0, 0, 2}, {1, 0, 0}}, Scale.GODET);
    GodetMicmac g = GodetMicmac.of(m);
    assertEquals(6, g.power());
    assertFalse(g.isStable());
    assertEquals(big(6, 2, 3), g.influence(2));
    assertEquals(big(6, 6, 6), g.influence(3));
    assertEquals(big(36, 36, 36), g.indirectInfluence()); // M⁶ = 36 I
  }

  @Test
  void godetReportsThePotentialVariantBesideIt() {
    WeightedMatrix m = WeightedMatrix.parse("\tA\tB\nA\t0\tP\nB\t1\t0\n");
    GodetMicmac g = GodetMicmac.of(m);
    assertEquals(big(0, 1), g.directInfluence()); // P as 0
    GodetMicmac p = g.potential().orElseThrow();
    assertTrue(p.countsPotentialLinks());
    assertEquals(big(3, 1), p.directInfluence()); // P as 3
  }

  @Test
  void godetRefusesNonIntegerWeights() {
    WeightedMatrix m = WeightedMatrix.of(Labels.of("a", "b"), new double[][] {{0, 0.5}, {1, 0}}, Scale.FUZZY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GodetMicmac.of(m));
    assertEquals("Godet's MICMAC needs integer weights, and weight (a, b) is 0.5", e.getMessage());
  }

  @Test
  void fuzzyIteratesMaxMinUntilTheRankingsRepeat() {
    // A: A→B 0.7, B→C 0.5, C→A 0.3.
    // X2 = X1∘A: A→C min(.7,.5) = .5, B→A min(.5,.3) = .3, C→B min(.3,.7) = .3
    // X3 = X2∘A: the diagonal .3 (min(.5,.3), min(.3,.7), min(.3,.5)); X4 = X3∘A = min(.3, A)
    // rows: [.7,.5,.3] [.5,.3,.3] [.3,.3,.3] [.3,.3,.3]   ranks 123 123 123 123
    // cols: [.3,.7,.5] [.3,.3,.5] [.3,.3,.3] [.3,.3,.3]   ranks 312 231 123 123 → stop at t = 4
    WeightedMatrix m = WeightedMatrix.of(ABC, new double[][] {{0, .7, 0}, {0, 0, .5}, {.3, 0, 0}}, Scale.FUZZY);
    FuzzyMicmac f = FuzzyMicmac.of(m);
    assertEquals(4, f.iterations());
    assertTrue(f.isStable());
    assertEquals(0, f.period());
    assertArrayEquals(new double[] {.5, .3, .3}, f.drivingPower(2).toArray());
    assertArrayEquals(new double[] {.3, .3, .5}, f.dependencePower(2).toArray());
    assertArrayEquals(new double[] {.3, .3, .3}, f.drivingPower().toArray());
    assertArrayEquals(new double[] {0, .3, 0}, f.matrix()[0]);
  }

  @Test
  void fuzzyReportsAMatrixThatStopsChangingAsPeriodOne() {
    // A→B 1, B→C 1 (a chain): X2 has only A→C; X3 = 0; X4 = 0 = X3 → period 1
    // rows [1,1,0] [1,0,0] [0,0,0] [0,0,0]: ranks 123 throughout
    // cols [0,1,1] [0,0,1] [0,0,0] [0,0,0]: ranks 312 231 123 123 → both repeat at t = 4
    WeightedMatrix m = WeightedMatrix.of(ABC, new double[][] {{0, 1, 0}, {0, 0, 1}, {0, 0, 0}}, Scale.FUZZY);
    FuzzyMicmac f = FuzzyMicmac.of(m);
    assertEquals(4, f.iterations());
    assertTrue(f.isStable());
    assertEquals(1, f.period());
  }

  @Test
  void dematelTotalRelationProminenceRelationAndThreshold() {
    // A = [[0,2],[1,0]]: row sums 2,1, column sums 1,2, s = 2, D = [[0,1],[.5,0]].
    // D² = .5 I, so T = (D + D²)(1 + .5 + .25 + …) = 2(D + D²) = [[1,2],[1,1]].
    // r = [3,2], c = [2,3]: prominence [5,5], relation [1,-1]: a causes, b is an effect.
    // mean of T = 5/4; only T[a][b] = 2 ≥ 1.25, so the IRM is the diagonal and a → b.
    WeightedMatrix m = WeightedMatrix.of(Labels.of("a", "b"), new double[][] {{0, 2}, {1, 0}}, Scale.DEMATEL);
    Dematel d = Dematel.of(m);
    assertEquals(2, d.normalization());
    double[][] t = d.totalRelation();
    assertArrayEquals(new double[] {1, 2}, t[0], 1e-12);
    assertArrayEquals(new double[] {1, 1}, t[1], 1e-12);
    assertArrayEquals(new double[] {5, 5}, d.prominence().toArray(), 1e-12);
    assertArrayEquals(new double[] {1, -1}, d.relation().toArray(), 1e-12);
    assertTrue(d.isCause(0));
    assertFalse(d.isCause(1));
    assertEquals(1.25, Threshold.mean().valueFor(d), 1e-12);
    // deviations -.25, .75, -.25, -.25: variance .75 / 4, sd = sqrt(.1875)
    assertEquals(1.25 + Math.sqrt(0.1875), Threshold.meanPlusSd().valueFor(d), 1e-12);
    ReachabilityMatrix irm = d.reachability(Threshold.mean());
    assertEquals("11", irm.rowString(0));
    assertEquals("01", irm.rowString(1));
    assertEquals("11", d.reachability(Threshold.of(1)).rowString(1));
  }

  @Test
  void dematelRefusesASingularSystem() {
    // a and b pass everything to each other at the largest sum: D = A, I - D singular
    WeightedMatrix m = WeightedMatrix.of(Labels.of("a", "b"), new double[][] {{0, 1}, {1, 0}}, Scale.DEMATEL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dematel.of(m));
    assertTrue(e.getMessage().startsWith("I - D is singular, so the total-relation series D + D^2 + ... does not"
        + " converge"), e.getMessage());
  }

  @Test
  void dematelRefusesAnAllZeroMatrix() {
    WeightedMatrix m = WeightedMatrix.of(Labels.of("a", "b"), new double[2][2], Scale.DEMATEL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dematel.of(m));
    assertEquals("every weight of the 2-factor matrix is 0: DEMATEL has nothing to normalise (s = 0)", e.getMessage());
  }

  @Test
  void thresholdParsesRulesAndNumbers() {
    assertEquals(Threshold.mean(), Threshold.parse("Mean"));
    assertEquals(Threshold.meanPlusSd(), Threshold.parse("mean + sd"));
    assertEquals(Threshold.of(0.25), Threshold.parse("0.25"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Threshold.parse("median"));
    assertEquals("unknown threshold 'median' (expected mean, mean+sd or a number)", e.getMessage());
  }
}
