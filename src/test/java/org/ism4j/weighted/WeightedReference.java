package org.ism4j.weighted;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Textbook versions of the weighted computations, short enough to check by eye. */
final class WeightedReference {
  private WeightedReference() {}

  /** M^k by repeated multiplication in BigInteger. */
  static BigInteger[][] power(double[][] m, int k) {
    int n = m.length;
    BigInteger[][] p = new BigInteger[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        p[i][j] = BigInteger.valueOf((long) m[i][j]);
      }
    }
    for (int step = 2; step <= k; step++) {
      BigInteger[][] q = new BigInteger[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          BigInteger s = BigInteger.ZERO;
          for (int l = 0; l < n; l++) {
            s = s.add(p[i][l].multiply(BigInteger.valueOf((long) m[l][j])));
          }
          q[i][j] = s;
        }
      }
      p = q;
    }
    return p;
  }

  static List<BigInteger> rowSums(BigInteger[][] p) {
    List<BigInteger> r = new ArrayList<>();
    for (BigInteger[] row : p) {
      BigInteger s = BigInteger.ZERO;
      for (BigInteger x : row) {
        s = s.add(x);
      }
      r.add(s);
    }
    return r;
  }

  static List<BigInteger> columnSums(BigInteger[][] p) {
    List<BigInteger> c = new ArrayList<>();
    for (int j = 0; j < p.length; j++) {
      BigInteger s = BigInteger.ZERO;
      for (BigInteger[] row : p) {
        s = s.add(row[j]);
      }
      c.add(s);
    }
    return c;
  }

  /** Ranks, 1 the largest, ties by input order: count who is larger, or equal and earlier. */
  static <T extends Comparable<T>> int[] ranks(List<T> v) {
    int[] r = new int[v.size()];
    for (int i = 0; i < v.size(); i++) {
      int rank = 1;
      for (int j = 0; j < v.size(); j++) {
        int cmp = v.get(j).compareTo(v.get(i));
        if (cmp > 0 || (cmp == 0 && j < i)) {
          rank++;
        }
      }
      r[i] = rank;
    }
    return r;
  }

  /** Max-min composition by the triple loop. */
  static double[][] maxMin(double[][] x, double[][] a) {
    int n = x.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double best = 0;
        for (int k = 0; k < n; k++) {
          best = Math.max(best, Math.min(x[i][k], a[k][j]));
        }
        c[i][j] = best;
      }
    }
    return c;
  }

  /** Row sums added left to right in BigDecimal (exact), as doubles. */
  static double[] fuzzyRowSums(double[][] x) {
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      java.math.BigDecimal s = java.math.BigDecimal.ZERO;
      for (double v : x[i]) {
        s = s.add(java.math.BigDecimal.valueOf(v));
      }
      r[i] = s.doubleValue();
    }
    return r;
  }

  static double[][] transpose(double[][] x) {
    int n = x.length;
    double[][] t = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        t[j][i] = x[i][j];
      }
    }
    return t;
  }

  /** Whether two matrices hold the same cells. */
  static boolean same(double[][] a, double[][] b) {
    return Arrays.deepEquals(a, b);
  }

  /**
   * D + D² + … + D^K, stopping when a term's largest cell is below 1e-15, or null when that takes
   * more than {@code maxTerms} terms (the series does not converge fast enough to check).
   */
  static double[][] series(double[][] d, int maxTerms) {
    int n = d.length;
    double[][] sum = new double[n][n];
    double[][] term = d;
    for (int k = 1; k <= maxTerms; k++) {
      double max = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          sum[i][j] += term[i][j];
          max = Math.max(max, term[i][j]);
        }
      }
      if (max < 1e-15) {
        return sum;
      }
      double[][] next = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int l = 0; l < n; l++) {
          if (term[i][l] != 0) {
            for (int j = 0; j < n; j++) {
              next[i][j] += term[i][l] * d[l][j];
            }
          }
        }
      }
      term = next;
    }
    return null;
  }
}
