package org.ism4j.weighted;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ism4j.ssim.Labels;

/**
 * Godet's indirect MICMAC: influence through chains, from the powers of a weighted direct matrix.
 * Immutable and thread-safe.
 *
 * <p>The direct influence of factor i is the row sum of the matrix M (potential links counted as
 * 0), its direct dependence the column sum. The influence and dependence at power k are the row
 * and column sums of M<sup>k</sup>, computed exactly (in {@code long} while a bound proves that no
 * sum can overflow, then in {@link BigInteger}): the row sums of M<sup>k</sup> are
 * M · (row sums of M<sup>k−1</sup>) and the column sums (column sums of M<sup>k−1</sup>) · M, so
 * each power costs n² multiplications instead of n³, with the same exact result.
 *
 * <p>Ranks: 1 is the largest sum; equal sums are ranked by input order. The iteration stops at the
 * first power k ≥ 2 whose influence ranking and dependence ranking both equal those of power k − 1
 * ({@link #isStable()}), or at the maximum power (2n by default) when they never do; {@link #power()}
 * is the power where it stopped and the indirect sums are that power's.
 *
 * <p>When the matrix has potential links ({@code P}), {@link #potential()} is the same analysis with
 * every {@code P} counted as 3, to be reported beside this one.
 */
public final class GodetMicmac {
  private final Labels labels;
  private final int maxPower;
  private final boolean stable;
  private final boolean potentialVariant;
  /** Index k − 1: the sums at power k. */
  private final List<List<BigInteger>> influence;
  private final List<List<BigInteger>> dependence;
  private final int[] directInfluenceRank;
  private final int[] directDependenceRank;
  private final int[] indirectInfluenceRank;
  private final int[] indirectDependenceRank;
  private final GodetMicmac potential;

  private GodetMicmac(Labels labels, int maxPower, boolean stable, boolean potentialVariant,
      List<List<BigInteger>> influence, List<List<BigInteger>> dependence, GodetMicmac potential) {
    this.labels = labels;
    this.maxPower = maxPower;
    this.stable = stable;
    this.potentialVariant = potentialVariant;
    this.influence = influence;
    this.dependence = dependence;
    this.directInfluenceRank = Ranks.of(influence.get(0));
    this.directDependenceRank = Ranks.of(dependence.get(0));
    this.indirectInfluenceRank = Ranks.of(influence.get(influence.size() - 1));
    this.indirectDependenceRank = Ranks.of(dependence.get(dependence.size() - 1));
    this.potential = potential;
  }

  /**
   * Runs Godet's MICMAC up to power 2n (at least 2).
   *
   * @param matrix a matrix with integer weights (the Godet scale, or integer DEMATEL weights)
   * @return the analysis
   * @throws IllegalArgumentException naming the first weight that is not an integer
   */
  public static GodetMicmac of(WeightedMatrix matrix) {
    return of(matrix, defaultMaxPower(matrix.size()));
  }

  /**
   * Returns the default maximum power for n factors.
   *
   * @param n the number of factors
   * @return 2n, at least 2
   */
  public static int defaultMaxPower(int n) {
    return Math.max(2, 2 * n);
  }

  /**
   * Runs Godet's MICMAC up to a given power.
   *
   * @param matrix a matrix with integer weights (the Godet scale, or integer DEMATEL weights)
   * @param maxPower the highest power to compute, at least 1 (with 1 nothing is indirect and the
   *     result is never stable)
   * @return the analysis
   * @throws IllegalArgumentException when {@code maxPower} is below 1, or naming the first weight
   *     that is not an integer
   */
  public static GodetMicmac of(WeightedMatrix matrix, int maxPower) {
    Objects.requireNonNull(matrix, "matrix");
    if (maxPower < 1) {
      throw new IllegalArgumentException("maximum power " + maxPower + " is below 1");
    }
    int n = matrix.size();
    double[] w = matrix.weights();
    for (int k = 0; k < w.length; k++) {
      if (w[k] != Math.rint(w[k]) || w[k] > 1e15) {
        throw new IllegalArgumentException("Godet's MICMAC needs integer weights, and weight ("
            + matrix.labels().get(k / n) + ", " + matrix.labels().get(k % n) + ") is " + w[k]
            + (matrix.experts() > 1 ? " (a mean of " + matrix.experts() + " experts)" : ""));
      }
    }
    GodetMicmac potential = matrix.hasPotentialLinks()
        ? run(matrix.labels(), longs(matrix.weightsWithPotentialAs(3)), maxPower, true, null)
        : null;
    return run(matrix.labels(), longs(w), maxPower, false, potential);
  }

  private static long[] longs(double[] w) {
    long[] m = new long[w.length];
    for (int k = 0; k < w.length; k++) {
      m[k] = (long) w[k];
    }
    return m;
  }

  private static GodetMicmac run(Labels labels, long[] m, int maxPower, boolean potentialVariant,
      GodetMicmac potential) {
    int n = labels.size();
    long[] r = new long[n];
    long[] c = new long[n];
    long maxRowSum = 0;
    long maxColumnSum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        r[i] += m[i * n + j];
        c[j] += m[i * n + j];
      }
    }
    for (int i = 0; i < n; i++) {
      maxRowSum = Math.max(maxRowSum, r[i]);
      maxColumnSum = Math.max(maxColumnSum, c[i]);
    }
    List<List<BigInteger>> influence = new ArrayList<>();
    List<List<BigInteger>> dependence = new ArrayList<>();
    influence.add(big(r));
    dependence.add(big(c));
    int[] lastR = Ranks.of(influence.get(0));
    int[] lastC = Ranks.of(dependence.get(0));
    BigInteger[] br = null;
    BigInteger[] bc = null;
    boolean stable = false;
    for (int k = 2; k <= maxPower; k++) {
      if (br == null && fits(maxRowSum, max(r)) && fits(maxColumnSum, max(c))) {
        // every new sum is at most (largest row or column sum of M) × (largest old sum) < 2^63
        long[] nr = new long[n];
        long[] nc = new long[n];
        for (int i = 0; i < n; i++) {
          long s = 0;
          int row = i * n;
          for (int j = 0; j < n; j++) {
            s += m[row + j] * r[j];
          }
          nr[i] = s;
          long ci = c[i];
          if (ci != 0) {
            for (int j = 0; j < n; j++) {
              nc[j] += ci * m[row + j];
            }
          }
        }
        r = nr;
        c = nc;
        influence.add(big(r));
        dependence.add(big(c));
      } else {
        if (br == null) {
          br = influence.get(influence.size() - 1).toArray(new BigInteger[0]);
          bc = dependence.get(dependence.size() - 1).toArray(new BigInteger[0]);
        }
        BigInteger[] nr = new BigInteger[n];
        BigInteger[] nc = new BigInteger[n];
        Arrays.fill(nc, BigInteger.ZERO);
        for (int i = 0; i < n; i++) {
          BigInteger s = BigInteger.ZERO;
          int row = i * n;
          for (int j = 0; j < n; j++) {
            long x = m[row + j];
            if (x != 0) {
              s = s.add(br[j].multiply(BigInteger.valueOf(x)));
              nc[j] = nc[j].add(bc[i].multiply(BigInteger.valueOf(x)));
            }
          }
          nr[i] = s;
        }
        br = nr;
        bc = nc;
        influence.add(ImmutableList.copyOf(br));
        dependence.add(ImmutableList.copyOf(bc));
      }
      int[] ranksR = Ranks.of(influence.get(k - 1));
      int[] ranksC = Ranks.of(dependence.get(k - 1));
      if (Arrays.equals(ranksR, lastR) && Arrays.equals(ranksC, lastC)) {
        stable = true;
        break;
      }
      lastR = ranksR;
      lastC = ranksC;
    }
    return new GodetMicmac(labels, maxPower, stable, potentialVariant, ImmutableList.copyOf(influence),
        ImmutableList.copyOf(dependence), potential);
  }

  private static long max(long[] a) {
    long max = 0;
    for (long x : a) {
      max = Math.max(max, x);
    }
    return max;
  }

  /** Whether a × b < 2^63 for non-negative a and b. */
  private static boolean fits(long a, long b) {
    return Math.multiplyHigh(a, b) == 0 && a * b >= 0;
  }

  private static List<BigInteger> big(long[] a) {
    ImmutableList.Builder<BigInteger> b = ImmutableList.builderWithExpectedSize(a.length);
    for (long x : a) {
      b.add(BigInteger.valueOf(x));
    }
    return b.build();
  }

  /**
   * Returns the factors.
   *
   * @return the labels in input order
   */
  public Labels labels() {
    return labels;
  }

  /**
   * Returns the power where the iteration stopped: the indirect sums are those of this power.
   *
   * @return k, from 1 to {@link #maxPower()}
   */
  public int power() {
    return influence.size();
  }

  /**
   * Returns the highest power the iteration was allowed.
   *
   * @return the maximum power
   */
  public int maxPower() {
    return maxPower;
  }

  /**
   * Returns whether both rankings stabilised: power {@link #power()}'s influence and dependence
   * rankings equal those of the power before. False when the maximum power was reached first.
   *
   * @return whether the rankings stabilised
   */
  public boolean isStable() {
    return stable;
  }

  /**
   * Returns whether this is the potential variant (every {@code P} counted as 3).
   *
   * @return whether potential links count
   */
  public boolean countsPotentialLinks() {
    return potentialVariant;
  }

  /**
   * Returns the analysis with every potential link counted as 3, when the matrix has any.
   *
   * @return the potential variant, or empty when the matrix has no {@code P} (or this is the
   *     variant)
   */
  public Optional<GodetMicmac> potential() {
    return Optional.ofNullable(potential);
  }

  /**
   * Returns the influence (row sums of M<sup>k</sup>) at one power.
   *
   * @param power k, from 1 (the direct influence) to {@link #power()}
   * @return an immutable list aligned with the factors
   * @throws IndexOutOfBoundsException when the power was not computed
   */
  public List<BigInteger> influence(int power) {
    java.util.Objects.checkIndex(power - 1, influence.size());
    return influence.get(power - 1);
  }

  /**
   * Returns the dependence (column sums of M<sup>k</sup>) at one power.
   *
   * @param power k, from 1 (the direct dependence) to {@link #power()}
   * @return an immutable list aligned with the factors
   * @throws IndexOutOfBoundsException when the power was not computed
   */
  public List<BigInteger> dependence(int power) {
    java.util.Objects.checkIndex(power - 1, dependence.size());
    return dependence.get(power - 1);
  }

  /**
   * Returns the direct influence: row sums of M.
   *
   * @return an immutable list aligned with the factors
   */
  public List<BigInteger> directInfluence() {
    return influence.get(0);
  }

  /**
   * Returns the direct dependence: column sums of M.
   *
   * @return an immutable list aligned with the factors
   */
  public List<BigInteger> directDependence() {
    return dependence.get(0);
  }

  /**
   * Returns the indirect influence: row sums of M<sup>k</sup> at k = {@link #power()}.
   *
   * @return an immutable list aligned with the factors
   */
  public List<BigInteger> indirectInfluence() {
    return influence.get(influence.size() - 1);
  }

  /**
   * Returns the indirect dependence: column sums of M<sup>k</sup> at k = {@link #power()}.
   *
   * @return an immutable list aligned with the factors
   */
  public List<BigInteger> indirectDependence() {
    return dependence.get(dependence.size() - 1);
  }

  /**
   * Returns the ranks by direct influence.
   *
   * @return 1 for the largest, aligned with the factors
   */
  public ImmutableIntArray directInfluenceRanks() {
    return ImmutableIntArray.copyOf(directInfluenceRank);
  }

  /**
   * Returns the ranks by direct dependence.
   *
   * @return 1 for the largest, aligned with the factors
   */
  public ImmutableIntArray directDependenceRanks() {
    return ImmutableIntArray.copyOf(directDependenceRank);
  }

  /**
   * Returns the ranks by indirect influence.
   *
   * @return 1 for the largest, aligned with the factors
   */
  public ImmutableIntArray indirectInfluenceRanks() {
    return ImmutableIntArray.copyOf(indirectInfluenceRank);
  }

  /**
   * Returns the ranks by indirect dependence.
   *
   * @return 1 for the largest, aligned with the factors
   */
  public ImmutableIntArray indirectDependenceRanks() {
    return ImmutableIntArray.copyOf(indirectDependenceRank);
  }

  /**
   * Returns how far each factor moved in the influence ranking: direct rank − indirect rank.
   *
   * @return positive for a factor that climbs when chains count, aligned with the factors
   */
  public ImmutableIntArray influenceRankShift() {
    return shift(directInfluenceRank, indirectInfluenceRank);
  }

  /**
   * Returns how far each factor moved in the dependence ranking: direct rank − indirect rank.
   *
   * @return positive for a factor that climbs when chains count, aligned with the factors
   */
  public ImmutableIntArray dependenceRankShift() {
    return shift(directDependenceRank, indirectDependenceRank);
  }

  private static ImmutableIntArray shift(int[] direct, int[] indirect) {
    int[] s = new int[direct.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = direct[i] - indirect[i];
    }
    return ImmutableIntArray.copyOf(s);
  }

  @Override
  public String toString() {
    return "GodetMicmac[" + labels.size() + " factors, power " + power() + (stable ? ", stable" : ", not stable")
        + (potentialVariant ? ", P as 3" : "") + "]";
  }
}
