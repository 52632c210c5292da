package org.ism4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.ism4j.micmac.SplitRule;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Labels;
import org.ism4j.weighted.Dematel;
import org.ism4j.weighted.FuzzyMicmac;
import org.ism4j.weighted.GodetMicmac;
import org.ism4j.weighted.Scale;
import org.ism4j.weighted.Threshold;
import org.ism4j.weighted.WeightedMatrix;
import org.junit.jupiter.api.Test;

/**
 * The whole text of {@link WeightedText} on matrices small enough to take their powers by hand;
 * tables have two-space gaps, the first column, quadrants and a non-numeric last column
 * left-aligned, everything else right-aligned, trailing spaces trimmed; numbers have at most 4
 * decimals and none when whole.
 */
class HandWorkedWeightedTextTest {
  private static final Labels ABC = Labels.of("A", "B", "C");

  /**
   * Godet: A → B 2, B → A 1, C → A 1. M² = {AA 2, BB 2, CB 2}, M³ = 2M, so even powers are
   * 2^(k/2 − 1) M² and odd ones 2^((k−1)/2) M. Direct influence 2, 1, 1 (ranks 1, 2, 3), direct
   * dependence 2, 2, 0 (ranks 1, 2, 3: the tie by input order). Power 2: influence 2, 2, 2 (ranks
   * 1, 2, 3, as before) but dependence 2, 4, 0 (ranks 2, 1, 3): not settled; power 3 = 2M has
   * dependence ranks 1, 2, 3 again, and so on: never stable, so it stops at the maximum 2n = 6,
   * M⁶ = 4M² = {AA 8, BB 8, CB 8}: influence 8, 8, 8 (ranks 1, 2, 3), dependence 8, 16, 0 (ranks 2,
   * 1, 3), dependence shifts 1 − 2 = −1, 2 − 1 = +1, 0. Mean rule: direct influence mean 4/3 =
   * 1.3333 (only A's 2 is above), direct dependence 4/3 (A and B), so A III, B II, C I; indirect
   * means 24/3 = 8: no influence above 8, dependence only B's 16, so A I, B II, C I.
   */
  @Test
  void godetThatNeverSettles() {
    WeightedMatrix m = WeightedMatrix.of(ABC,
        new double[][] {{0, 2, 0}, {1, 0, 0}, {1, 0, 0}}, Scale.GODET);
    String expected = """
        Godet's indirect MICMAC of g.tsv
        Not stable: the rankings did not repeat up to the maximum power 6; the indirect sums are\
         those of power 6.
        Ranks: 1 the largest, ties by input order; shift = direct rank - indirect rank. Quadrants\
         split by the mean rule (strong when strictly greater).

        factor  direct infl  rank  direct dep  rank  infl M^6  rank  shift  dep M^6  rank  shift\
          direct quadrant  indirect quadrant
        A                 2     1           2     1         8     1      0        8     2     -1\
          III linkage      I autonomous
        B                 1     2           2     2         8     2      0       16     1     +1\
          II dependent     II dependent
        C                 1     3           0     3         8     3      0        0     3      0\
          I autonomous     I autonomous

        Thresholds (mean): direct influence > 1.3333, dependence > 1.3333; indirect influence > 8,\
         dependence > 8
        """;
    assertEquals(expected,
        WeightedText.godet(GodetMicmac.of(m), SplitRule.MEAN, FactorNames.none(), "g.tsv"));
  }

  /**
   * A → B potential (P), nothing else. Counted as 0 every sum is 0, the ranks are input order at
   * every power, so power 2 repeats power 1: stable at 2. The potential variant has A → B 3:
   * influence 3, 0 (ranks 1, 2), dependence 0, 3 (ranks 2, 1); M² = 0 gives ranks 1, 2 for both,
   * the dependence ranking changed, and power 3 (0 again) repeats power 2: stable at 3, dependence
   * shifts 2 − 1 = +1 and 1 − 2 = −1. The n/2 rule splits at 2/2 = 1: A's influence 3 and B's
   * dependence 3 are strong, so A IV, B II directly, both I indirectly.
   */
  @Test
  void godetWithItsPotentialVariant() {
    WeightedMatrix m = WeightedMatrix.parse("\tA\tB\nA\t-\tP\nB\t0\t-\n");
    String expected = """
        Godet's indirect MICMAC
        Stopped at power 2: the first power k >= 2 whose influence and dependence rankings both\
         equal those of power k-1.
        Ranks: 1 the largest, ties by input order; shift = direct rank - indirect rank. Quadrants\
         split by the n/2 rule (strong when strictly greater).

        factor  direct infl  rank  direct dep  rank  infl M^2  rank  shift  dep M^2  rank  shift\
          direct quadrant  indirect quadrant
        A                 0     1           0     1         0     1      0        0     1      0\
          I autonomous     I autonomous
        B                 0     2           0     2         0     2      0        0     2      0\
          I autonomous     I autonomous

        Thresholds (n/2): direct influence > 1, dependence > 1; indirect influence > 1, dependence\
         > 1

        Potential variant (every P counted as 3)
        Stopped at power 3: the first power k >= 2 whose influence and dependence rankings both\
         equal those of power k-1.
        Ranks: 1 the largest, ties by input order; shift = direct rank - indirect rank. Quadrants\
         split by the n/2 rule (strong when strictly greater).

        factor  direct infl  rank  direct dep  rank  infl M^3  rank  shift  dep M^3  rank  shift\
          direct quadrant  indirect quadrant
        A                 3     1           0     2         0     1      0        0     1     +1\
          IV independent   I autonomous
        B                 0     2           3     1         0     2      0        0     2     -1\
          II dependent     I autonomous

        Thresholds (n/2): direct influence > 1, dependence > 1; indirect influence > 1, dependence\
         > 1
        """;
    assertEquals(expected,
        WeightedText.godet(GodetMicmac.of(m), SplitRule.HALF_N, FactorNames.none(), null));
  }

  /**
   * Fuzzy: A → B 0.5, B → A 0.7, C → A 0.3. X2 = X1 ∘ A = {AA 0.5, BB 0.5, CB 0.3}, X3 = {AB 0.5,
   * BA 0.5, CA 0.3}, X4 = X2 (period 2). Driving ranks: t1 (0.5, 0.7, 0.3) 2, 1, 3; t2, t3, t4
   * (0.5, 0.5, 0.3) 1, 2, 3. Dependence: t1 (1.0, 0.5, 0) 1, 2, 3; t2 (0.5, 0.8, 0) 2, 1, 3; t3
   * (0.8, 0.5, 0) 1, 2, 3; t4 = t2. The rankings never repeat together, the matrix repeats at
   * t4: not stable, period 2. Mean rule: both means 1.3/3 = 0.4333; A and B above, C not.
   */
  @Test
  void fuzzyCycleOfPeriodTwoWithANamedFactor() {
    WeightedMatrix m = WeightedMatrix.of(ABC,
        new double[][] {{0, 0.5, 0}, {0.7, 0, 0}, {0.3, 0, 0}}, Scale.FUZZY);
    String expected = """
        Fuzzy MICMAC of f.csv
        X1 = A, X(t+1) = X(t) o A (max-min composition); stop when both rankings repeat or the\
         matrix repeats.
        Not stable: at iteration 4 the matrix repeats iteration 2 (a cycle of period 2) and the\
         rankings did not repeat.
        Quadrants split by the mean rule: driving > 0.4333, dependence > 0.4333 (strictly greater).

        factor    driving  rank  dependence  rank  quadrant
        A: Alpha      0.5     1         0.5     2  III linkage
        B             0.5     2         0.8     1  III linkage
        C             0.3     3           0     3  I autonomous
        """;
    assertEquals(expected, WeightedText.fuzzy(FuzzyMicmac.of(m), SplitRule.MEAN,
        FactorNames.of(Map.of("A", "Alpha")), "f.csv"));
  }

  /**
   * P → Q 0.5, Q → P 0.7: X2 = {PP 0.5, QQ 0.5}, X3 = {PQ 0.5, QP 0.5}. Driving ranks t1 (0.5, 0.7)
   * 2, 1, t2 and t3 (0.5, 0.5) 1, 2; dependence t1 (0.7, 0.5) 1, 2, t2 and t3 1, 2: both repeat at
   * t3, X3 repeats neither X2 nor X1, so stable at 3 with no period. With at most 2 iterations it
   * stops at t2 unsettled. Median of (0.5, 0.5) is 0.5: nobody strictly above.
   */
  @Test
  void fuzzyStableAndFuzzyCutShort() {
    WeightedMatrix m = WeightedMatrix.of(Labels.of("P", "Q"),
        new double[][] {{0, 0.5}, {0.7, 0}}, Scale.FUZZY);
    String table = """
        Quadrants split by the median rule: driving > 0.5, dependence > 0.5 (strictly greater).

        factor  driving  rank  dependence  rank  quadrant
        P           0.5     1         0.5     1  I autonomous
        Q           0.5     2         0.5     2  I autonomous
        """;
    String head = "Fuzzy MICMAC\nX1 = A, X(t+1) = X(t) o A (max-min composition); stop when both "
        + "rankings repeat or the matrix repeats.\n";
    assertEquals(head + "Stopped at iteration 3: the driving and dependence rankings equal those "
            + "of iteration 2.\n" + table,
        WeightedText.fuzzy(FuzzyMicmac.of(m), SplitRule.MEDIAN, FactorNames.none(), null));
    assertEquals(head + "Not stable: the rankings did not repeat up to the maximum of 2 "
            + "iterations.\n" + table,
        WeightedText.fuzzy(FuzzyMicmac.of(m, 2), SplitRule.MEDIAN, FactorNames.none(), null));
  }

  /**
   * A → B 0.5 → C 0.7 (a chain): X2 = {AC 0.5}, X3 = 0 = X4. Driving ranks t1 (0.5, 0.7, 0) 2, 1,
   * 3; t2 (0.5, 0, 0) 1, 2, 3; t3, t4 (all 0) 1, 2, 3. Dependence t1 (0, 0.5, 0.7) 3, 2, 1; t2 (0,
   * 0, 0.5) 2, 3, 1; t3, t4 1, 2, 3. At t4 both rankings repeat t3 and X4 = X3: stable, period 1.
   */
  @Test
  void fuzzyStableWithAMatrixThatStopsChanging() {
    WeightedMatrix m = WeightedMatrix.of(ABC,
        new double[][] {{0, 0.5, 0}, {0, 0, 0.7}, {0, 0, 0}}, Scale.FUZZY);
    String text = WeightedText.fuzzy(FuzzyMicmac.of(m), SplitRule.MEAN, FactorNames.none(), null);
    assertEquals("Stopped at iteration 4: the driving and dependence rankings equal those of "
        + "iteration 3. The matrix repeats iteration 3 (period 1).", text.lines().skip(2)
        .findFirst().orElseThrow());
  }

  /**
   * DEMATEL of A → B 1, C apart (as in HandWorkedDematelTest): s = 1, T = A, r = (1, 0, 0), c =
   * (0, 1, 0), r − c = 1, −1, 0: cause, effect, neutral. The mean of T's 9 cells is 1/9 = 0.1111.
   */
  @Test
  void dematelTextAndMarkdown() {
    Dematel d = Dematel.of(WeightedMatrix.of(ABC,
        new double[][] {{0, 1, 0}, {0, 0, 0}, {0, 0, 0}}, Scale.DEMATEL));
    String header = """
        Experts averaged: 1. s = max(largest row sum, largest column sum) = 1; D = A / s; T = D (I\
         - D)^-1.
        Threshold alpha (mean) = 0.1111: a link i -> j where T[i][j] >= alpha; this is the IRM\
         analysed below.

        """;
    String expected = "DEMATEL of d.csv\n" + header + """
        factor   r (given)  c (received)  r + c  r - c  role
        A                1             0      1      1  cause
        B: Beta          0             1      1     -1  effect
        C                0             0      0      0  neutral
        """;
    FactorNames beta = FactorNames.of(Map.of("B", "Beta"));
    assertEquals(expected, WeightedText.dematel(d, Threshold.mean(), beta, "d.csv"));
    // Markdown: the source escaped in the heading only, the header row as is, cells escaped
    String md = "# DEMATEL of d\\_1.csv\n\n" + header + """
        | factor | r (given) | c (received) | r + c | r - c | role |
        |---|---:|---:|---:|---:|---|
        | A | 1 | 0 | 1 | 1 | cause |
        | B: Beta\\_x | 0 | 1 | 1 | -1 | effect |
        | C | 0 | 0 | 0 | 0 | neutral |
        """;
    assertEquals(md, WeightedText.dematelMarkdown(d, Threshold.mean(),
        FactorNames.of(Map.of("B", "Beta_x")), "d_1.csv"));
    // a fixed threshold of 0.25 and no source: no first line
    assertEquals("Threshold alpha (value) = 0.25: a link i -> j where T[i][j] >= alpha; this is "
            + "the IRM analysed below.",
        WeightedText.dematel(d, Threshold.of(0.25), FactorNames.none(), null).lines().skip(1)
            .findFirst().orElseThrow());
  }
}
