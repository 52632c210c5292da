package org.ism4j.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ism4j.ssim.Labels;
import org.ism4j.weighted.Dematel;
import org.ism4j.weighted.GodetMicmac;
import org.ism4j.weighted.Scale;
import org.ism4j.weighted.WeightedMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DEMATEL ({@link Dematel#of(WeightedMatrix)}: normalisation, EJML's LU solve of (I − D) T = D,
 * sums) and Godet's indirect MICMAC ({@link GodetMicmac#of(WeightedMatrix)}: exact sums of powers
 * until the rankings repeat) next to plain-array implementations as small tools write them:
 * DEMATEL by Gauss–Jordan inversion of I − D on {@code double[][]}, T = (I − D)⁻¹ − I; Godet by
 * multiplying {@code double[][]} matrices up to the same power k that ism4j stopped at, then
 * summing rows and columns (not exact beyond 2^53, which is one reason ism4j does not do this).
 *
 * <p>Inputs: a random Godet matrix (weights 0–3, each cell non-zero with probability 0.3, seed 12)
 * of n factors; the same matrix for DEMATEL.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class WeightedBenchmark {
  /** One random weighted matrix. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param({"100", "1000"})
    public int n;

    WeightedMatrix matrix;
    double[][] weights;
    int power;

    /** Builds the matrix and finds the power Godet's MICMAC stops at. */
    @Setup
    public void setup() {
      Random random = new Random(12);
      weights = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j && random.nextDouble() < 0.3) {
            weights[i][j] = 1 + random.nextInt(3);
          }
        }
      }
      matrix = WeightedMatrix.of(Labels.numbered(n), weights, Scale.GODET);
      power = GodetMicmac.of(matrix).power();
      System.out.println("n = " + n + ": Godet's MICMAC stops at power " + power);
    }
  }

  /** ism4j's DEMATEL. */
  @Benchmark
  public Dematel dematelIsm(Input in) {
    return Dematel.of(in.matrix);
  }

  /** Plain-array DEMATEL: Gauss–Jordan inversion with partial pivoting. */
  @Benchmark
  public double[][] dematelPlain(Input in) {
    return plainDematel(in.weights);
  }

  /** ism4j's Godet MICMAC. */
  @Benchmark
  public GodetMicmac godetIsm(Input in) {
    return GodetMicmac.of(in.matrix);
  }

  /** Plain-array Godet: M^k by k − 1 matrix products in double, then the sums. */
  @Benchmark
  public double[][] godetPlain(Input in) {
    return plainGodet(in.weights, in.power);
  }

  static double[][] plainDematel(double[][] a) {
    int n = a.length;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double r = 0;
      double c = 0;
      for (int j = 0; j < n; j++) {
        r += a[i][j];
        c += a[j][i];
      }
      s = Math.max(s, Math.max(r, c));
    }
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = (i == j ? 1 : 0) - a[i][j] / s;
      }
      m[i][n + i] = 1;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      double p = m[col][col];
      for (int j = 0; j < 2 * n; j++) {
        m[col][j] /= p;
      }
      for (int r = 0; r < n; r++) {
        if (r != col && m[r][col] != 0) {
          double f = m[r][col];
          double[] row = m[r];
          double[] prow = m[col];
          for (int j = col; j < 2 * n; j++) {
            row[j] -= f * prow[j];
          }
        }
      }
    }
    double[][] total = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        total[i][j] = m[i][n + j] - (i == j ? 1 : 0);
      }
    }
    return total;
  }

  static double[][] plainGodet(double[][] m, int k) {
    int n = m.length;
    double[][] p = m;
    for (int step = 2; step <= k; step++) {
      double[][] q = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int l = 0; l < n; l++) {
          double x = p[i][l];
          if (x != 0) {
            double[] row = m[l];
            double[] out = q[i];
            for (int j = 0; j < n; j++) {
              out[j] += x * row[j];
            }
          }
        }
      }
      p = q;
    }
    double[][] sums = new double[2][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sums[0][i] += p[i][j];
        sums[1][j] += p[i][j];
      }
    }
    return sums;
  }
}
