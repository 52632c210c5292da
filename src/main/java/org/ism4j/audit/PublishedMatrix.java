package org.ism4j.audit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.ism4j.internal.BitMatrix;

/**
 * A 0/1 matrix as a paper printed it: an initial or final reachability matrix, with the cells
 * printed {@code 1*} (transitive links) remembered. Immutable.
 *
 * <p>Rows and columns follow {@link #labels()}, which is the order the paper printed, not
 * necessarily the SSIM's; the audit matches labels. A {@code 1*} cell counts as a 1.
 *
 * <p>Make one with {@link #ofRows(List, String...)} or read one with {@link PublishedTables}.
 */
public final class PublishedMatrix {
  private final List<String> labels;
  /** Bit (i, j) set where the paper printed {@code 1} or {@code 1*}. */
  private final BitMatrix ones;
  /** Bit (i, j) set where the paper printed {@code 1*}. */
  private final BitMatrix starred;

  /**
   * Creates a matrix.
   *
   * @param labels the factors as printed, unique
   * @param ones the cells printed 1 or 1*
   * @param starred the cells printed 1*, a subset of {@code ones}
   * @throws IllegalArgumentException when sizes differ, a label repeats, or a starred cell is not a one
   */
  PublishedMatrix(List<String> labels, BitMatrix ones, BitMatrix starred) {
    labels = ImmutableList.copyOf(labels);
    Objects.requireNonNull(ones, "ones");
    Objects.requireNonNull(starred, "starred");
    if (ones.size() != labels.size() || starred.size() != labels.size()) {
      throw new IllegalArgumentException(labels.size() + " labels for a " + ones.size() + "×"
          + ones.size() + " matrix");
    }
    if (labels.stream().distinct().count() != labels.size()) {
      throw new IllegalArgumentException("duplicate label in " + labels);
    }
    if (!starred.isSubsetOf(ones)) {
      throw new IllegalArgumentException("a starred cell is not a one");
    }
    this.labels = labels;
    this.ones = ones;
    this.starred = starred;
  }

  /**
   * Returns the factors as printed, rows and columns in this order. Immutable.
   *
   * @return the labels
   */
  public List<String> labels() {
    return labels;
  }

  /** The cells printed 1 or 1*. */
  BitMatrix ones() {
    return ones;
  }

  /** The cells printed 1*. */
  BitMatrix starred() {
    return starred;
  }

  /**
   * Returns a matrix from rows of cells separated by white space, as a paper prints them; handy
   * for building a published table in code.
   *
   * <pre>{@code
   * PublishedMatrix irm = PublishedMatrix.ofRows(List.of("A", "B", "C"),
   *     "1 1 0",
   *     "0 1 1",
   *     "0 0 1");
   * }</pre>
   *
   * @param labels the factors, rows and columns in this order
   * @param rows one string per row, with one cell {@code 0}, {@code 1} or {@code 1*} per column
   * @return the matrix
   * @throws IllegalArgumentException naming the first malformed row or cell
   */
  public static PublishedMatrix ofRows(List<String> labels, String... rows) {
    int n = labels.size();
    if (rows.length != n) {
      throw new IllegalArgumentException(rows.length + " rows for " + n + " labels");
    }
    BitMatrix.Builder ones = BitMatrix.builder(n);
    BitMatrix.Builder starred = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      String[] cells = rows[i].strip().split("\\s+");
      if (cells.length != n) {
        throw new IllegalArgumentException("row " + (i + 1) + " has " + cells.length
            + " cells, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        switch (cells[j]) {
          case "0":
            break;
          case "1":
            ones.set(i, j);
            break;
          case "1*":
            ones.set(i, j);
            starred.set(i, j);
            break;
          default:
            throw new IllegalArgumentException("row " + (i + 1) + ", cell " + (j + 1) + ": '"
                + cells[j] + "' is not 0, 1 or 1*");
        }
      }
    }
    return new PublishedMatrix(labels, ones.build(), starred.build());
  }

  /**
   * Returns the number of factors.
   *
   * @return n
   */
  public int size() {
    return labels.size();
  }

  /**
   * Returns whether the paper printed a one (or {@code 1*}) at cell (i, j).
   *
   * @param i row index in {@link #labels()}
   * @param j column index in {@link #labels()}
   * @return the cell
   */
  public boolean get(int i, int j) {
    return ones.get(i, j);
  }

  /**
   * Returns whether the paper printed {@code 1*} (a transitive link) at cell (i, j).
   *
   * @param i row index in {@link #labels()}
   * @param j column index in {@link #labels()}
   * @return the cell's star
   */
  public boolean isStarred(int i, int j) {
    return starred.get(i, j);
  }

  /** Two published matrices are equal when their labels and printed cells (stars included) are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PublishedMatrix m && m.labels.equals(labels) && m.ones.equals(ones)
        && m.starred.equals(starred);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, ones, starred);
  }

  @Override
  public String toString() {
    return "PublishedMatrix" + labels + "\n" + ones;
  }
}