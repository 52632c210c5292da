package org.ism4j.internal;

/**
 * Driving and dependence power of every factor from a closure: row and column sums of the final
 * reachability matrix, each counting the factor itself.
 *
 * <p>Computed per component, without boxing and without an n² scan: the driving power of a
 * component is the popcount of its one closure row; the dependence power of a component D is the
 * sum of the sizes of the components whose row holds D's first member. Time O(k·n/64 + p) for k
 * components and p reachable component pairs.
 */
public final class Powers {
  private final int[] driving;
  private final int[] dependence;

  private Powers(int[] driving, int[] dependence) {
    this.driving = driving;
    this.dependence = dependence;
  }

  /**
   * Computes the powers of a closure.
   *
   * @param c the condensation the closure was computed from
   * @param closure {@code TransitiveClosure.of(c)}: members of a component share its row
   * @return the powers
   */
  public static Powers of(Condensation c, BitMatrix closure) {
    int n = c.factorCount();
    int k = c.componentCount();
    int[] members = c.memberArray();
    int[] memberStart = c.memberStartArray();
    long[] representatives = new long[BitMatrix.wordsFor(n)];
    for (int comp = 0; comp < k; comp++) {
      int rep = members[memberStart[comp]];
      representatives[rep >>> 6] |= 1L << rep;
    }
    int[] componentDriving = new int[k];
    int[] componentDependence = new int[k];
    for (int comp = 0; comp < k; comp++) {
      long[] row = closure.rows[members[memberStart[comp]]];
      int size = memberStart[comp + 1] - memberStart[comp];
      componentDriving[comp] = BitMatrix.cardinality(row);
      for (int w = 0; w < row.length; w++) {
        long reached = row[w] & representatives[w];
        while (reached != 0) {
          int rep = (w << 6) + Long.numberOfTrailingZeros(reached);
          reached &= reached - 1;
          componentDependence[c.componentOf(rep)] += size;
        }
      }
    }
    int[] driving = new int[n];
    int[] dependence = new int[n];
    for (int i = 0; i < n; i++) {
      int comp = c.componentOf(i);
      driving[i] = componentDriving[comp];
      dependence[i] = componentDependence[comp];
    }
    return new Powers(driving, dependence);
  }

  /**
   * Computes the powers of any matrix by plain row and column sums; O(n²/64 + n²) for the columns.
   *
   * @param m a matrix, typically a final reachability matrix
   * @return its row and column sums
   */
  public static Powers of(BitMatrix m) {
    int n = m.size();
    int[] driving = new int[n];
    int[] dependence = new int[n];
    for (int i = 0; i < n; i++) {
      long[] row = m.rows[i];
      driving[i] = BitMatrix.cardinality(row);
      for (int w = 0; w < row.length; w++) {
        long word = row[w];
        while (word != 0) {
          dependence[(w << 6) + Long.numberOfTrailingZeros(word)]++;
          word &= word - 1;
        }
      }
    }
    return new Powers(driving, dependence);
  }

  /**
   * Returns the driving powers (row sums), indexed by factor.
   *
   * @return a new array
   */
  public int[] driving() {
    return driving.clone();
  }

  /**
   * Returns the dependence powers (column sums), indexed by factor.
   *
   * @return a new array
   */
  public int[] dependence() {
    return dependence.clone();
  }
}
