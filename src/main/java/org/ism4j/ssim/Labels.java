package org.ism4j.ssim;

import com.google.common.collect.ImmutableList;
import java.util.AbstractList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The factors of a model: unique, trimmed, non-empty labels in input order. Immutable.
 *
 * <p>A factor is identified both by its label and by its index (0-based, input order).
 */
public final class Labels extends AbstractList<String> implements RandomAccess {
  private final ImmutableList<String> labels;
  private final Map<String, Integer> index;

  private Labels(ImmutableList<String> labels) {
    this.labels = labels;
    this.index = new HashMap<>(labels.size() * 2);
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label == null) {
        throw new IllegalArgumentException("label " + (i + 1) + " is null");
      }
      if (!label.equals(label.strip())) {
        throw new IllegalArgumentException(SsimFormatException.oneLine(
            "label " + (i + 1) + " '" + label + "' has leading or trailing white space"));
      }
      if (label.isEmpty()) {
        throw new IllegalArgumentException("label " + (i + 1) + " is empty");
      }
      Integer previous = index.putIfAbsent(label, i);
      if (previous != null) {
        throw new IllegalArgumentException(SsimFormatException.oneLine(
            "duplicate label '" + label + "' (factors " + (previous + 1) + " and " + (i + 1) + ")"));
      }
    }
  }

  /**
   * Returns labels as given.
   *
   * @param labels unique, trimmed, non-empty labels
   * @return the labels
   * @throws IllegalArgumentException naming the first label that is null, empty, untrimmed or a duplicate
   */
  public static Labels of(Collection<String> labels) {
    if (labels instanceof Labels) {
      return (Labels) labels;
    }
    return new Labels(ImmutableList.copyOf(labels));
  }

  /**
   * Returns labels as given.
   *
   * @param labels unique, trimmed, non-empty labels
   * @return the labels
   * @throws IllegalArgumentException naming the first label that is null, empty, untrimmed or a duplicate
   */
  public static Labels of(String... labels) {
    return new Labels(ImmutableList.copyOf(labels));
  }

  /**
   * Returns the labels {@code "1"} to {@code "n"}, used when an input carries no labels.
   *
   * @param n the number of factors, at least 0
   * @return the labels {@code 1..n}
   */
  public static Labels numbered(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative number of factors: " + n);
    }
    return new Labels(ImmutableList.copyOf(new AbstractList<String>() {
      @Override
      public String get(int i) {
        return Integer.toString(i + 1);
      }

      @Override
      public int size() {
        return n;
      }
    }));
  }

  @Override
  public String get(int i) {
    return labels.get(i);
  }

  @Override
  public int size() {
    return labels.size();
  }

  /**
   * Returns the index of a factor, failing for an unknown label. (The {@link List#indexOf(Object)}
   * of this list returns -1 instead, as every list does.)
   *
   * @param label a factor label
   * @return its index in input order
   * @throws IllegalArgumentException naming the unknown label and the closest labels that exist
   */
  public int index(String label) {
    Integer i = index.get(label);
    if (i == null) {
      throw new IllegalArgumentException(unknown(label));
    }
    return i;
  }

  private String unknown(String label) {
    List<String> closest = new java.util.ArrayList<>(this);
    closest.sort(java.util.Comparator.comparingInt((String l) -> distance(label, l))
        .thenComparing(java.util.Comparator.naturalOrder()));
    List<String> shown = closest.subList(0, Math.min(3, closest.size()));
    return SsimFormatException.oneLine("unknown factor '" + label + "'" + (shown.isEmpty() ? ""
        : " (closest: " + String.join(", ", shown) + (size() > shown.size() ? ", …" : "") + ")"));
  }

  /** Levenshtein distance, case-insensitive; labels are short, so O(|a|·|b|) is fine. */
  private static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int sub = prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }

  /**
   * Returns the index of a factor, or -1 for an unknown label or a non-string, as
   * {@link List#indexOf(Object)} does; {@link #index(String)} fails instead.
   *
   * @param label a factor label
   * @return its index, or -1
   */
  @Override
  public int indexOf(Object label) {
    Integer i = index.get(label);
    return i == null ? -1 : i;
  }


  @Override
  public boolean contains(Object label) {
    return index.containsKey(label);
  }

  /**
   * Returns the labels at the given indices, in the order given. Immutable: a snapshot that never changes.
   *
   * @param indices factor indices
   * @return their labels
   */
  public List<String> select(int... indices) {
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(indices.length);
    for (int i : indices) {
      b.add(labels.get(i));
    }
    return b.build();
  }
}
