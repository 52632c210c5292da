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
        throw new IllegalArgumentException(
            "label " + (i + 1) + " '" + label + "' has leading or trailing white space");
      }
      if (label.isEmpty()) {
        throw new IllegalArgumentException("label " + (i + 1) + " is empty");
      }
      Integer previous = index.putIfAbsent(label, i);
      if (previous != null) {
        throw new IllegalArgumentException(
            "duplicate label '" + label + "' (factors " + (previous + 1) + " and " + (i + 1) + ")");
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
   * Returns the index of a label.
   *
   * @param label a label of this model
   * @return its 0-based index in input order
   * @throws IllegalArgumentException when no factor has this label
   */
  public int indexOf(String label) {
    Integer i = index.get(label);
    if (i == null) {
      throw new IllegalArgumentException("unknown factor '" + label + "'");
    }
    return i;
  }

  /**
   * Returns the index of a label, or -1.
   *
   * @param label any object
   * @return its 0-based index, or -1 when it is not a label of this model
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
   * Returns the labels at the given indices, in the order given.
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
