package org.ism4j.weighted;

import com.google.common.primitives.ImmutableDoubleArray;
import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;

/**
 * DEMATEL: the total-relation matrix of a (mean) direct-influence matrix, each factor's prominence
 * and relation, and the thresholded matrix that DEMATEL-ISM passes on as the initial reachability
 * matrix. Immutable and thread-safe.
 *
 * <p>With A the direct matrix (the experts' mean, diagonal 0), s = max(largest row sum, largest
 * column sum) of A, D = A / s, the total-relation matrix is T = D (I − D)<sup>−1</sup>
 * = D + D² + D³ + …, computed with EJML as the solution of (I − D) T = D (LU decomposition). Then
 * for factor i: r = row sum of T (what i gives), c = column sum (what i receives), prominence
 * r + c, relation r − c; a factor is a <em>cause</em> when its relation is positive and an
 * <em>effect</em> when it is negative.
 *
 * <p>With s chosen so, D has no row or column sum above 1 and the series converges exactly when
 * I − D is non-singular; a matrix for which it is singular (a group of factors that pass all their
 * influence around among themselves at the largest sum) is refused.
 */
public final class Dematel {
  private final Labels labels;
  private final int experts;
  private final double normalization;
  private final int n;
  /** Row-major T. */
  private final double[] total;
  private final double[] r;
  private final double[] c;

  private Dematel(Labels labels, int experts, double normalization, double[] total) {
    this.labels = labels;
    this.experts = experts;
    this.normalization = normalization;
    this.n = labels.size();
    this.total = total;
    this.r = new double[n];
    this.c = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        r[i] += total[i * n + j];
        c[j] += total[i * n + j];
      }
    }
  }

  /**
   * Runs DEMATEL on the mean of several experts' matrices ({@link WeightedMatrix#average(List)}).
   *
   * @param experts one matrix per expert over the same factors, at least one
   * @return the analysis
   * @throws IllegalArgumentException when the matrices cannot be averaged, or as {@link #of(WeightedMatrix)}
   */
  public static Dematel of(List<WeightedMatrix> experts) {
    return of(WeightedMatrix.average(experts));
  }

  /**
   * Runs DEMATEL on a direct-influence matrix.
   *
   * @param matrix the direct matrix (any scale; potential links count as 0)
   * @return the analysis
   * @throws IllegalArgumentException when every weight is 0 (nothing to normalise), or when
   *     I − D is singular so that the series D + D² + … does not converge
   */
  public static Dematel of(WeightedMatrix matrix) {
    Objects.requireNonNull(matrix, "matrix");
    int n = matrix.size();
    double[] a = matrix.weights();
    double s = 0;
    double[] colSums = new double[n];
    for (int i = 0; i < n; i++) {
      double rowSum = 0;
      for (int j = 0; j < n; j++) {
        rowSum += a[i * n + j];
        colSums[j] += a[i * n + j];
      }
      s = Math.max(s, rowSum);
    }
    for (double x : colSums) {
      s = Math.max(s, x);
    }
    if (n > 0 && s == 0) {
      throw new IllegalArgumentException("every weight of the " + n + "-factor matrix is 0: DEMATEL has nothing to"
          + " normalise (s = 0)");
    }
    if (n == 0) {
      return new Dematel(matrix.labels(), matrix.experts(), 0, new double[0]);
    }
    double[] d = new double[n * n];
    for (int k = 0; k < d.length; k++) {
      d[k] = a[k] / s;
    }
    return new Dematel(matrix.labels(), matrix.experts(), s, totalRelation(d, n, s));
  }

  /** T solving (I − D) T = D; refuses a singular I − D. */
  private static double[] totalRelation(double[] d, int n, double s) {
    DMatrixRMaj dm = DMatrixRMaj.wrap(n, n, d.clone());
    DMatrixRMaj system = CommonOps_DDRM.identity(n);
    CommonOps_DDRM.subtractEquals(system, dm);
    LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(n);
    String why = "I - D is singular, so the total-relation series D + D^2 + ... does not converge: some group of"
        + " factors passes all its influence around among itself at the largest row or column sum"
        + " (s = " + s + "); DEMATEL needs at least one way out of every such group";
    if (!solver.setA(system) || solver.quality() < 1e-13) {
      throw new IllegalArgumentException(why);
    }
    DMatrixRMaj t = new DMatrixRMaj(n, n);
    solver.solve(dm, t);
    double[] total = t.getData();
    double max = 0;
    for (double x : total) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException(why);
      }
      max = Math.max(max, x);
    }
    for (double x : total) {
      // T = D + D^2 + ... is non-negative; a negative cell is the solve's rounding of a singular system
      if (x < -1e-9 * Math.max(1, max) || max > 1e12) {
        throw new IllegalArgumentException(why);
      }
    }
    for (int k = 0; k < total.length; k++) {
      total[k] = Math.max(0, total[k]);
    }
    return total;
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
   * Returns how many experts' matrices were averaged.
   *
   * @return at least 1
   */
  public int experts() {
    return experts;
  }

  /**
   * Returns s, the normalisation: the largest row or column sum of the direct matrix.
   *
   * @return s, positive (0 only for no factors)
   */
  public double normalization() {
    return normalization;
  }

  /**
   * Returns one cell of the total-relation matrix T.
   *
   * @param from the row factor's index
   * @param to the column factor's index
   * @return T[from][to]
   * @throws IndexOutOfBoundsException when an index is out of range
   */
  public double total(int from, int to) {
    Objects.checkIndex(from, n);
    Objects.checkIndex(to, n);
    return total[from * n + to];
  }

  /**
   * Returns the total-relation matrix T as a new array (a snapshot).
   *
   * @return an n×n array
   */
  public double[][] totalRelation() {
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(total, i * n, m[i], 0, n);
    }
    return m;
  }

  /**
   * Returns r: the row sums of T (the influence each factor gives).
   *
   * @return the sums aligned with the factors
   */
  public ImmutableDoubleArray given() {
    return ImmutableDoubleArray.copyOf(r);
  }

  /**
   * Returns c: the column sums of T (the influence each factor receives).
   *
   * @return the sums aligned with the factors
   */
  public ImmutableDoubleArray received() {
    return ImmutableDoubleArray.copyOf(c);
  }

  /**
   * Returns each factor's prominence r + c.
   *
   * @return the prominences aligned with the factors
   */
  public ImmutableDoubleArray prominence() {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = r[i] + c[i];
    }
    return ImmutableDoubleArray.copyOf(p);
  }

  /**
   * Returns each factor's relation r − c: positive for a cause, negative for an effect.
   *
   * @return the relations aligned with the factors
   */
  public ImmutableDoubleArray relation() {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = r[i] - c[i];
    }
    return ImmutableDoubleArray.copyOf(p);
  }

  /**
   * Returns whether a factor is a cause: its relation r − c is positive.
   *
   * @param factor a factor index
   * @return whether it gives more than it receives
   * @throws IndexOutOfBoundsException when the index is out of range
   */
  public boolean isCause(int factor) {
    Objects.checkIndex(factor, n);
    return r[factor] - c[factor] > 0;
  }

  /**
   * Returns the mean of all n² cells of T.
   *
   * @return the mean, 0 for no factors
   */
  public double mean() {
    if (n == 0) {
      return 0;
    }
    double sum = 0;
    for (double x : total) {
      sum += x;
    }
    return sum / total.length;
  }

  /**
   * Returns the population standard deviation of all n² cells of T (dividing by n²).
   *
   * @return the standard deviation, 0 for no factors
   */
  public double standardDeviation() {
    if (n == 0) {
      return 0;
    }
    double mean = mean();
    double sum = 0;
    for (double x : total) {
      sum += (x - mean) * (x - mean);
    }
    return Math.sqrt(sum / total.length);
  }

  /**
   * Returns the initial reachability matrix of DEMATEL-ISM: a link i → j where T[i][j] ≥ α, and
   * the diagonal set. Analyse it as any IRM (levels, digraph, MICMAC).
   *
   * @param threshold the rule for α
   * @return the IRM
   */
  public ReachabilityMatrix reachability(Threshold threshold) {
    double alpha = threshold.valueFor(this);
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      b.set(i, i);
      for (int j = 0; j < n; j++) {
        if (total[i * n + j] >= alpha) {
          b.set(i, j);
        }
      }
    }
    return Access.make(ReachabilityMatrix.class, labels, b.build());
  }

  @Override
  public String toString() {
    return "Dematel[" + n + " factors, " + experts + (experts == 1 ? " expert" : " experts") + ", s = "
        + normalization + "]";
  }
}
