package org.ism4j.weighted;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import com.google.common.primitives.ImmutableIntArray;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ism4j.ssim.Labels;

/**
 * Fuzzy MICMAC: driving and dependence power from the max-min powers of a fuzzy direct matrix.
 * Immutable and thread-safe.
 *
 * <p>With A the fuzzy direct matrix (weights in [0, 1], diagonal 0), X<sub>1</sub> = A and
 * X<sub>t+1</sub> = X<sub>t</sub> ∘ A, where C = X ∘ A is the max-min composition
 * C[i][j] = max<sub>k</sub> min(X[i][k], A[k][j]). The driving power of factor i at iteration t is
 * the row sum of X<sub>t</sub>, its dependence power the column sum. Every cell of X<sub>t</sub> is
 * one of the weights of A, so the sums are taken exactly in decimal (each weight as its shortest
 * decimal, {@link BigDecimal#valueOf(double)}) and rounded once to a {@code double}: 0.3 + 0.7 ties
 * with 0.5 + 0.5, as on paper, and the rankings (1 the largest, ties by input order) are exact.
 *
 * <p>The iteration stops at the first t ≥ 2 where
 * <ul>
 *   <li>the driving ranking and the dependence ranking both equal those of iteration t − 1
 *       ({@link #isStable()}), or
 *   <li>the matrix repeats an earlier one, X<sub>t</sub> = X<sub>t−p</sub>; {@link #period()} is p. A
 *       matrix that stops changing has period 1; a period above 1 is a cycle of matrices whose
 *       rankings may never settle, reported rather than hidden.
 * </ul>
 * or at the maximum number of iterations (2n by default). Max-min powers take their values from the
 * finitely many weights of A, so they always become periodic.
 */
public final class FuzzyMicmac {
  private final Labels labels;
  private final int maxIterations;
  private final boolean stable;
  private final int period;
  private final List<ImmutableDoubleArray> driving;
  private final List<ImmutableDoubleArray> dependence;
  private final int[] drivingRank;
  private final int[] dependenceRank;
  private final double[] last;

  private FuzzyMicmac(Labels labels, int maxIterations, boolean stable, int period,
      List<ImmutableDoubleArray> driving, List<ImmutableDoubleArray> dependence, int[] drivingRank,
      int[] dependenceRank, double[] last) {
    this.labels = labels;
    this.maxIterations = maxIterations;
    this.stable = stable;
    this.period = period;
    this.driving = driving;
    this.dependence = dependence;
    this.drivingRank = drivingRank;
    this.dependenceRank = dependenceRank;
    this.last = last;
  }

  /**
   * Runs fuzzy MICMAC for at most 2n iterations (at least 2).
   *
   * @param matrix a matrix with weights in [0, 1] (the fuzzy scale, or a 0/1 matrix)
   * @return the analysis
   * @throws IllegalArgumentException naming the first weight greater than 1
   */
  public static FuzzyMicmac of(WeightedMatrix matrix) {
    return of(matrix, GodetMicmac.defaultMaxPower(matrix.size()));
  }

  /**
   * Runs fuzzy MICMAC for at most a given number of iterations.
   *
   * @param matrix a matrix with weights in [0, 1] (the fuzzy scale, or a 0/1 matrix)
   * @param maxIterations the most iterations, at least 1 (X<sub>1</sub> = A is the first)
   * @return the analysis
   * @throws IllegalArgumentException when {@code maxIterations} is below 1, or naming the first
   *     weight greater than 1
   */
  public static FuzzyMicmac of(WeightedMatrix matrix, int maxIterations) {
    Objects.requireNonNull(matrix, "matrix");
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maximum number of iterations " + maxIterations + " is below 1");
    }
    int n = matrix.size();
    double[] a = matrix.weights();
    for (int k = 0; k < a.length; k++) {
      if (a[k] > 1) {
        throw new IllegalArgumentException("fuzzy MICMAC needs weights from 0 to 1, and weight ("
            + matrix.labels().get(k / n) + ", " + matrix.labels().get(k % n) + ") is " + a[k]
            + " (" + matrix.scale() + " scale)");
      }
    }
    List<ImmutableDoubleArray> driving = new ArrayList<>();
    List<ImmutableDoubleArray> dependence = new ArrayList<>();
    // hash of X_t → the iterations t with that hash; a hit is confirmed by recomputing X_s
    Map<Integer, List<Integer>> seen = new HashMap<>();
    double[] x = a;
    int[][] ranks = sums(x, n, driving, dependence);
    seen.computeIfAbsent(Arrays.hashCode(x), h -> new ArrayList<>()).add(1);
    boolean stable = false;
    int period = 0;
    for (int t = 2; t <= maxIterations; t++) {
      double[] previous = x;
      x = compose(x, a, n);
      int[][] next = sums(x, n, driving, dependence);
      List<Integer> same = seen.computeIfAbsent(Arrays.hashCode(x), h -> new ArrayList<>());
      if (Arrays.equals(previous, x)) {
        period = 1;
      } else {
        for (int s : same) {
          if (s < t - 1 && Arrays.equals(power(a, n, s), x)) {
            period = t - s;
            break;
          }
        }
      }
      same.add(t);
      boolean settled = Arrays.equals(next[0], ranks[0]) && Arrays.equals(next[1], ranks[1]);
      ranks = next;
      if (settled || period > 0) {
        stable = settled;
        break;
      }
    }
    return new FuzzyMicmac(matrix.labels(), maxIterations, stable, period, ImmutableList.copyOf(driving),
        ImmutableList.copyOf(dependence), ranks[0], ranks[1], x);
  }

  /** X_s = A ∘ … ∘ A, recomputed from A. */
  private static double[] power(double[] a, int n, int s) {
    double[] x = a;
    for (int t = 2; t <= s; t++) {
      x = compose(x, a, n);
    }
    return x;
  }

  /**
   * The max-min composition of two n×n row-major matrices with entries in [0, 1].
   *
   * @param x the left matrix; not modified
   * @param a the right matrix; not modified
   * @param n the size
   * @return a new matrix C, C[i][j] = max over k of min(x[i][k], a[k][j])
   */
  static double[] compose(double[] x, double[] a, int n) {
    double[] c = new double[n * n];
    for (int i = 0; i < n; i++) {
      int row = i * n;
      for (int k = 0; k < n; k++) {
        double xik = x[row + k];
        if (xik == 0) {
          continue;
        }
        int arow = k * n;
        for (int j = 0; j < n; j++) {
          double v = Math.min(xik, a[arow + j]);
          if (v > c[row + j]) {
            c[row + j] = v;
          }
        }
      }
    }
    return c;
  }

  /** Adds X's exact row and column sums (rounded to doubles) and returns their rankings. */
  private static int[][] sums(double[] x, int n, List<ImmutableDoubleArray> driving,
      List<ImmutableDoubleArray> dependence) {
    List<BigDecimal> rows = new ArrayList<>(n);
    BigDecimal[] cols = new BigDecimal[n];
    Arrays.fill(cols, BigDecimal.ZERO);
    for (int i = 0; i < n; i++) {
      BigDecimal s = BigDecimal.ZERO;
      for (int j = 0; j < n; j++) {
        double v = x[i * n + j];
        if (v != 0) {
          BigDecimal b = BigDecimal.valueOf(v);
          s = s.add(b);
          cols[j] = cols[j].add(b);
        }
      }
      rows.add(s);
    }
    List<BigDecimal> colList = Arrays.asList(cols);
    driving.add(doubles(rows));
    dependence.add(doubles(colList));
    return new int[][] {Ranks.of(rows), Ranks.of(colList)};
  }

  private static ImmutableDoubleArray doubles(List<BigDecimal> values) {
    ImmutableDoubleArray.Builder b = ImmutableDoubleArray.builder(values.size());
    for (BigDecimal v : values) {
      b.add(v.doubleValue());
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
   * Returns the number of iterations computed; the last one's sums are the result.
   *
   * @return t, from 1 to {@link #maxIterations()}
   */
  public int iterations() {
    return driving.size();
  }

  /**
   * Returns the most iterations the run was allowed.
   *
   * @return the maximum
   */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * Returns whether the rankings settled: the last iteration's driving and dependence rankings
   * equal those of the iteration before.
   *
   * @return whether both rankings repeated
   */
  public boolean isStable() {
    return stable;
  }

  /**
   * Returns the period of the matrices when the last one repeats an earlier one.
   *
   * @return 1 when X<sub>t</sub> = X<sub>t−1</sub>, p when X<sub>t</sub> = X<sub>t−p</sub>, 0 when the
   *     last matrix repeats none before it
   */
  public int period() {
    return period;
  }

  /**
   * Returns the fuzzy driving power of the last iteration: row sums of X<sub>t</sub>.
   *
   * @return the sums aligned with the factors
   */
  public ImmutableDoubleArray drivingPower() {
    return driving.get(driving.size() - 1);
  }

  /**
   * Returns the fuzzy dependence power of the last iteration: column sums of X<sub>t</sub>.
   *
   * @return the sums aligned with the factors
   */
  public ImmutableDoubleArray dependencePower() {
    return dependence.get(dependence.size() - 1);
  }

  /**
   * Returns the driving power of one iteration.
   *
   * @param iteration t, from 1 (the direct matrix) to {@link #iterations()}
   * @return the row sums of X<sub>t</sub>, aligned with the factors
   * @throws IndexOutOfBoundsException when the iteration was not computed
   */
  public ImmutableDoubleArray drivingPower(int iteration) {
    java.util.Objects.checkIndex(iteration - 1, driving.size());
    return driving.get(iteration - 1);
  }

  /**
   * Returns the dependence power of one iteration.
   *
   * @param iteration t, from 1 (the direct matrix) to {@link #iterations()}
   * @return the column sums of X<sub>t</sub>, aligned with the factors
   * @throws IndexOutOfBoundsException when the iteration was not computed
   */
  public ImmutableDoubleArray dependencePower(int iteration) {
    java.util.Objects.checkIndex(iteration - 1, dependence.size());
    return dependence.get(iteration - 1);
  }

  /**
   * Returns the ranks by the last driving power.
   *
   * @return 1 for the largest, ties by input order, aligned with the factors
   */
  public ImmutableIntArray drivingRanks() {
    return ImmutableIntArray.copyOf(drivingRank);
  }

  /**
   * Returns the ranks by the last dependence power.
   *
   * @return 1 for the largest, ties by input order, aligned with the factors
   */
  public ImmutableIntArray dependenceRanks() {
    return ImmutableIntArray.copyOf(dependenceRank);
  }

  /**
   * Returns the last matrix X<sub>t</sub> as a new array (a snapshot).
   *
   * @return an n×n array
   */
  public double[][] matrix() {
    int n = labels.size();
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(last, i * n, m[i], 0, n);
    }
    return m;
  }

  @Override
  public String toString() {
    return "FuzzyMicmac[" + labels.size() + " factors, " + iterations() + " iterations"
        + (stable ? ", stable" : ", not stable") + (period > 0 ? ", period " + period : "") + "]";
  }
}
