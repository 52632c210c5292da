package org.ism4j.weighted;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Rankings of factors by a value, largest first, ties by input order. Stateless. */
final class Ranks {
  private Ranks() {}

  /**
   * Returns each factor's rank: 1 for the largest value; equal values ranked by input order.
   *
   * @param values one per factor; not modified
   * @return the ranks, indexed by factor
   */
  static <T extends Comparable<? super T>> int[] of(List<T> values) {
    int n = values.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Arrays.sort on objects is stable, so equal values keep input order
    Arrays.sort(order, Comparator.comparing((Integer i) -> values.get(i)).reversed());
    int[] rank = new int[n];
    for (int p = 0; p < n; p++) {
      rank[order[p]] = p + 1;
    }
    return rank;
  }
}
