package org.ism4j.weighted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.junit.jupiter.api.Test;

/**
 * The weighted computations against {@link WeightedReference}. Matrices are a size and a list of
 * n² cells, which jqwik shrinks (fewer factors, cells toward 0).
 */
class WeightedProperties {
  private static Arbitrary<double[][]> matrices(int maxN, Arbitrary<Double> cell) {
    return Arbitraries.integers().between(1, maxN).flatMap(n -> cell.list().ofSize(n * n).map(cells -> {
      double[][] m = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m[i][j] = i == j ? 0 : cells.get(i * n + j);
        }
      }
      return m;
    }));
  }

  @Provide
  Arbitrary<double[][]> godet() {
    return matrices(7, Arbitraries.integers().between(0, 3).map(Integer::doubleValue));
  }

  @Provide
  Arbitrary<double[][]> binary() {
    return matrices(9, Arbitraries.integers().between(0, 1).map(Integer::doubleValue));
  }

  @Provide
  Arbitrary<double[][]> fuzzy() {
    return matrices(7, Arbitraries.of(0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0));
  }

  @Provide
  Arbitrary<double[][]> dematel() {
    return matrices(7, Arbitraries.integers().between(0, 4).map(Integer::doubleValue));
  }

  private static WeightedMatrix of(double[][] m, Scale scale) {
    return WeightedMatrix.of(Labels.numbered(m.length), m, scale);
  }

  @Property
  void godetSumsAtEveryPowerAreThoseOfTheBigIntegerMatrixPower(@ForAll("godet") double[][] m) {
    GodetMicmac g = GodetMicmac.of(of(m, Scale.GODET));
    for (int k = 1; k <= g.power(); k++) {
      BigInteger[][] p = WeightedReference.power(m, k);
      assertEquals(WeightedReference.rowSums(p), g.influence(k), "influence at power " + k);
      assertEquals(WeightedReference.columnSums(p), g.dependence(k), "dependence at power " + k);
    }
  }

  @Property
  void godetStopsAtTheFirstPowerWhoseRankingsBothRepeat(@ForAll("godet") double[][] m) {
    GodetMicmac g = GodetMicmac.of(of(m, Scale.GODET));
    for (int k = 2; k <= g.power(); k++) {
      boolean same = Arrays.equals(WeightedReference.ranks(g.influence(k)), WeightedReference.ranks(g.influence(k - 1)))
          && Arrays.equals(WeightedReference.ranks(g.dependence(k)), WeightedReference.ranks(g.dependence(k - 1)));
      if (k < g.power()) {
        assertFalse(same, "rankings repeated at power " + k + " before the stop at " + g.power());
      } else {
        assertEquals(g.isStable(), same);
      }
    }
    if (!g.isStable()) {
      assertEquals(GodetMicmac.defaultMaxPower(m.length), g.power());
    }
    assertArrayEquals(WeightedReference.ranks(g.indirectInfluence()), g.indirectInfluenceRanks().toArray());
    assertArrayEquals(WeightedReference.ranks(g.directDependence()), g.directDependenceRanks().toArray());
  }

  @Property
  void godetOnA01MatrixAtPowerOneIsTheDirectRowAndColumnCount(@ForAll("binary") double[][] m) {
    GodetMicmac g = GodetMicmac.of(of(m, Scale.GODET));
    for (int i = 0; i < m.length; i++) {
      long row = 0;
      long col = 0;
      for (int j = 0; j < m.length; j++) {
        row += (long) m[i][j];
        col += (long) m[j][i];
      }
      assertEquals(BigInteger.valueOf(row), g.influence(1).get(i));
      assertEquals(BigInteger.valueOf(col), g.directDependence().get(i));
    }
  }

  @Test
  void godetSwitchesToBigIntegerWhereLongWouldOverflow() {
    // the weighted 3-cycle never settles; M^(3m) = 6^m I passes 2^63 at m = 25
    double[][] m = {{0, 3, 0}, {0, 0, 2}, {1, 0, 0}};
    GodetMicmac g = GodetMicmac.of(of(m, Scale.GODET), 100);
    assertEquals(100, g.power());
    BigInteger[][] p = WeightedReference.power(m, 100);
    assertEquals(WeightedReference.rowSums(p), g.indirectInfluence());
    assertEquals(WeightedReference.columnSums(p), g.indirectDependence());
    assertNotEquals(g.indirectInfluence().get(0).bitLength() < 63, true);
  }

  @Property
  void fuzzySumsAndStopAreThoseOfTheTripleLoop(@ForAll("fuzzy") double[][] a) {
    FuzzyMicmac f = FuzzyMicmac.of(of(a, Scale.FUZZY));
    int max = GodetMicmac.defaultMaxPower(a.length);
    List<double[][]> xs = new java.util.ArrayList<>();
    xs.add(a);
    int stop = max;
    int period = 0;
    boolean stable = false;
    for (int t = 2; t <= max; t++) {
      double[][] x = WeightedReference.maxMin(xs.get(t - 2), a);
      xs.add(x);
      for (int s = t - 1; s >= 1; s--) {
        if (WeightedReference.same(xs.get(s - 1), x)) {
          period = t - s;
          break;
        }
      }
      double[][] prev = xs.get(t - 2);
      stable = Arrays.equals(ranks(WeightedReference.fuzzyRowSums(x)), ranks(WeightedReference.fuzzyRowSums(prev)))
          && Arrays.equals(ranks(WeightedReference.fuzzyRowSums(WeightedReference.transpose(x))),
              ranks(WeightedReference.fuzzyRowSums(WeightedReference.transpose(prev))));
      if (stable || period > 0) {
        stop = t;
        break;
      }
    }
    assertEquals(stop, f.iterations());
    assertEquals(stable, f.isStable());
    assertEquals(period, f.period());
    for (int t = 1; t <= f.iterations(); t++) {
      assertArrayEquals(WeightedReference.fuzzyRowSums(xs.get(t - 1)), f.drivingPower(t).toArray());
      assertArrayEquals(WeightedReference.fuzzyRowSums(WeightedReference.transpose(xs.get(t - 1))),
          f.dependencePower(t).toArray());
    }
    assertEquals(List.of(xs.get(f.iterations() - 1)).get(0).length, f.matrix().length);
    assertEquals(true, WeightedReference.same(xs.get(f.iterations() - 1), f.matrix()));
  }

  private static int[] ranks(double[] v) {
    Double[] boxed = new Double[v.length];
    for (int i = 0; i < v.length; i++) {
      boxed[i] = v[i];
    }
    return WeightedReference.ranks(Arrays.asList(boxed));
  }

  @Property
  void dematelTotalRelationIsTheSeriesWhereItConverges(@ForAll("dematel") double[][] a) {
    WeightedMatrix m = of(a, Scale.DEMATEL);
    Assume.that(m.maxWeight() > 0);
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double row = 0;
      double col = 0;
      for (int j = 0; j < a.length; j++) {
        row += a[i][j];
        col += a[j][i];
      }
      s = Math.max(s, Math.max(row, col));
    }
    double[][] d = new double[a.length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        d[i][j] = a[i][j] / s;
      }
    }
    double[][] series = WeightedReference.series(d, 20_000);
    Assume.that(series != null);
    Dematel dm = Dematel.of(m);
    assertEquals(s, dm.normalization());
    double[][] t = dm.totalRelation();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        assertEquals(series[i][j], t[i][j], 1e-9 * Math.max(1, Math.abs(series[i][j])), "T[" + i + "][" + j + "]");
      }
    }
    double alpha = Threshold.mean().valueFor(dm);
    ReachabilityMatrix irm = dm.reachability(Threshold.mean());
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        assertEquals(i == j || t[i][j] >= alpha, irm.rowString(i).charAt(j) == '1', "IRM cell " + i + ", " + j);
      }
    }
  }
}
