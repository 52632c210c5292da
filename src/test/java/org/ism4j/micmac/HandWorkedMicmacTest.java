package org.ism4j.micmac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.ism4j.Matrices;
import org.ism4j.reach.ReachabilityMatrix;
import org.junit.jupiter.api.Test;

/**
 * MICMAC worked by hand: driving and dependence powers count the factor itself, a factor is strong
 * when its power is strictly above the split, and the split is n/2, the median or the mean.
 */
class HandWorkedMicmacTest {

  /** The closed chain 1 → 2 → 3 → 4 plus an isolated factor 5. */
  private static ReachabilityMatrix chainAndIsolate() {
    boolean[][] m = new boolean[5][5];
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        m[i][j] = true;
      }
    }
    return Matrices.irm(m);
  }

  @Test
  void powersCountTheFactorItself() {
    Micmac mm = Micmac.of(chainAndIsolate(), SplitRule.HALF_N);
    assertEquals(List.of(4, 3, 2, 1, 1), mm.drivingPowers().asList());
    assertEquals(List.of(1, 2, 3, 4, 1), mm.dependencePowers().asList());
    assertEquals(4, mm.drivingPower(0));
    assertEquals(4, mm.drivingPower("1"));
    assertEquals(3, mm.dependencePower(2));
    assertEquals(3, mm.dependencePower("3"));
    assertEquals(SplitRule.HALF_N, mm.splitRule());
    assertEquals(5, mm.labels().size());
  }

  @Test
  void halfNSplitsStrictlyAboveTwoAndAHalf() {
    Micmac mm = Micmac.of(chainAndIsolate(), SplitRule.HALF_N);
    assertEquals(2.5, mm.drivingThreshold());
    assertEquals(2.5, mm.dependenceThreshold());
    assertEquals(List.of(Cluster.INDEPENDENT, Cluster.INDEPENDENT, Cluster.DEPENDENT,
        Cluster.DEPENDENT, Cluster.AUTONOMOUS), mm.clusters());
    assertEquals(Cluster.INDEPENDENT, mm.cluster(1));
    assertEquals(Cluster.AUTONOMOUS, mm.cluster("5"));
    assertEquals(List.of("1", "2"), mm.factorsIn(Cluster.INDEPENDENT));
    assertEquals(List.of("3", "4"), mm.factorsIn(Cluster.DEPENDENT));
    assertEquals(List.of(), mm.factorsIn(Cluster.LINKAGE));
  }

  @Test
  void medianAndMeanOfAnOddCount() {
    // driving 4, 3, 2, 1, 1: sorted 1 1 2 3 4, median 2, mean 11 / 5
    Micmac median = Micmac.of(chainAndIsolate(), SplitRule.MEDIAN);
    assertEquals(2.0, median.drivingThreshold());
    assertEquals(2.0, median.dependenceThreshold());
    // factor 3: driving 2 is not above 2, dependence 3 is
    assertEquals(Cluster.DEPENDENT, median.cluster(2));
    Micmac mean = Micmac.of(chainAndIsolate(), SplitRule.MEAN);
    assertEquals(2.2, mean.drivingThreshold(), 1e-12);
    assertEquals(2.2, mean.dependenceThreshold(), 1e-12);
  }

  @Test
  void medianOfAnEvenCountIsTheMiddlePairsAverageAndEqualityIsWeak() {
    // closed chain 1 → 2 → 3 → 4: driving 4 3 2 1, dependence 1 2 3 4; median (2 + 3) / 2
    boolean[][] m = new boolean[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = i + 1; j < 4; j++) {
        m[i][j] = true;
      }
    }
    Micmac median = Micmac.of(Matrices.irm(m), SplitRule.MEDIAN);
    assertEquals(2.5, median.drivingThreshold());
    Micmac half = Micmac.of(Matrices.irm(m), SplitRule.HALF_N);
    assertEquals(2.0, half.drivingThreshold());
    // factor 2: driving 3 > 2, dependence 2 is not > 2
    assertEquals(Cluster.INDEPENDENT, half.cluster(1));
    assertEquals(Cluster.DEPENDENT, half.cluster(2));
  }

  @Test
  void aCycleIsLinkage() {
    // 1 ⇄ 2, both reach 3: driving 3, 3, 1; dependence 2, 2, 3; n/2 = 1.5
    boolean[][] m = new boolean[3][3];
    m[0][1] = true;
    m[1][0] = true;
    m[0][2] = true;
    m[1][2] = true;
    Micmac mm = Micmac.of(Matrices.irm(m), SplitRule.HALF_N);
    assertEquals(List.of(Cluster.LINKAGE, Cluster.LINKAGE, Cluster.DEPENDENT), mm.clusters());
  }

  @Test
  void anEmptyModelSplitsAtZero() {
    for (SplitRule rule : SplitRule.values()) {
      Micmac mm = Micmac.of(Matrices.irm(new boolean[0][0]), rule);
      assertEquals(0.0, mm.drivingThreshold(), rule.label());
      assertEquals(0.0, mm.dependenceThreshold(), rule.label());
      assertEquals(List.of(), mm.clusters());
      Quadrants q = Quadrants.of(List.of(), List.of(), rule);
      assertEquals(0.0, q.drivingThreshold(), rule.label());
      assertEquals(0.0, q.dependenceThreshold(), rule.label());
    }
  }

  @Test
  void aMatrixThatIsNotClosedIsRefused() {
    boolean[][] m = new boolean[3][3];
    m[0][1] = true;
    m[1][2] = true;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Micmac.of(Matrices.irm(m), SplitRule.HALF_N));
    assertTrue(e.getMessage().startsWith("MICMAC needs the final reachability matrix"),
        e.getMessage());
  }

  /** Driving 0.5, 1.5, 3, 1 and dependence 4, 1.25, 2, 0, each in another Number type. */
  private static Quadrants quadrants(SplitRule rule) {
    List<Number> driving = List.of(0.5, 1.5f, (short) 3, (byte) 1);
    List<Number> dependence = List.of(BigInteger.valueOf(4), new BigDecimal("1.25"), 2L, 0);
    return Quadrants.of(driving, dependence, rule);
  }

  @Test
  void quadrantsUnderHalfN() {
    Quadrants q = quadrants(SplitRule.HALF_N);
    assertEquals(2.0, q.drivingThreshold());
    assertEquals(2.0, q.dependenceThreshold());
    assertEquals(List.of(Cluster.DEPENDENT, Cluster.AUTONOMOUS, Cluster.INDEPENDENT,
        Cluster.AUTONOMOUS), q.clusters());
    assertEquals(Cluster.INDEPENDENT, q.cluster(2));
    assertEquals(SplitRule.HALF_N, q.splitRule());
  }

  @Test
  void quadrantsUnderTheMean() {
    // driving mean 6 / 4 = 1.5 (1.5 itself is weak); dependence mean 7.25 / 4 = 1.8125
    Quadrants q = quadrants(SplitRule.MEAN);
    assertEquals(1.5, q.drivingThreshold());
    assertEquals(1.8125, q.dependenceThreshold());
    assertEquals(List.of(Cluster.DEPENDENT, Cluster.AUTONOMOUS, Cluster.LINKAGE,
        Cluster.AUTONOMOUS), q.clusters());
  }

  @Test
  void quadrantsUnderTheMedian() {
    // driving sorted 0.5 1 1.5 3: median 1.25; dependence sorted 0 1.25 2 4: median 1.625
    Quadrants q = quadrants(SplitRule.MEDIAN);
    assertEquals(1.25, q.drivingThreshold());
    assertEquals(1.625, q.dependenceThreshold());
    assertEquals(List.of(Cluster.DEPENDENT, Cluster.INDEPENDENT, Cluster.LINKAGE,
        Cluster.AUTONOMOUS), q.clusters());
    Quadrants odd = Quadrants.of(List.of(3, 1, 2), List.of(1, 1, 1), SplitRule.MEDIAN);
    assertEquals(2.0, odd.drivingThreshold());
    assertEquals(List.of(Cluster.INDEPENDENT, Cluster.AUTONOMOUS, Cluster.AUTONOMOUS),
        odd.clusters());
  }

  @Test
  void quadrantsRefuseUnequalListsAndNonFinitePowers() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Quadrants.of(List.of(1, 2), List.of(1), SplitRule.MEAN));
    assertEquals("2 driving powers and 1 dependence powers", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Quadrants.of(List.of(Double.NaN), List.of(1), SplitRule.MEAN));
    assertEquals("power NaN is not finite", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> Quadrants.of(List.of(1), List.of(Double.POSITIVE_INFINITY), SplitRule.MEAN));
    assertEquals("power Infinity is not finite", e.getMessage());
  }

  @Test
  void splitRulesParseTheirLabelsAndNames() {
    assertEquals(SplitRule.HALF_N, SplitRule.parse("n/2"));
    assertEquals(SplitRule.HALF_N, SplitRule.parse(" Half_N "));
    assertEquals(SplitRule.MEDIAN, SplitRule.parse("MEDIAN"));
    assertEquals(SplitRule.MEAN, SplitRule.parse("mean"));
    assertEquals("n/2", SplitRule.HALF_N.label());
    assertEquals("median", SplitRule.MEDIAN.toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SplitRule.parse("mode"));
    assertEquals("unknown split rule 'mode' (expected n/2, median or mean)", e.getMessage());
  }

  @Test
  void clustersAreGodetsFourQuadrants() {
    assertEquals(Cluster.AUTONOMOUS, Cluster.of(false, false));
    assertEquals(Cluster.DEPENDENT, Cluster.of(false, true));
    assertEquals(Cluster.LINKAGE, Cluster.of(true, true));
    assertEquals(Cluster.INDEPENDENT, Cluster.of(true, false));
    assertEquals("I autonomous", Cluster.AUTONOMOUS.roman() + " " + Cluster.AUTONOMOUS.displayName());
    assertEquals("II dependent", Cluster.DEPENDENT.roman() + " " + Cluster.DEPENDENT.displayName());
    assertEquals("III linkage", Cluster.LINKAGE.roman() + " " + Cluster.LINKAGE.displayName());
    assertEquals("IV independent",
        Cluster.INDEPENDENT.roman() + " " + Cluster.INDEPENDENT.displayName());
  }
}
