package org.ism4j.weighted;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.Objects;
import org.ism4j.ssim.DelimitedTable;
import org.ism4j.ssim.Labels;

/**
 * A weighted direct-influence matrix over labelled factors: {@code weight(i, j)} is how strongly
 * factor i influences factor j (row → column), on a {@link Scale}. The diagonal is 0. On the Godet
 * scale a cell may be a <em>potential</em> link ({@code P}), whose weight is 0 and which
 * {@link #isPotential(int, int)} reports. Immutable and thread-safe.
 *
 * <pre>{@code
 * WeightedMatrix m = WeightedMatrix.parse(Path.of("godet.tsv"));          // scale detected
 * WeightedMatrix f = WeightedMatrix.parse(Path.of("fuzzy.csv"), Scale.FUZZY);
 * WeightedMatrix panel = WeightedMatrix.average(List.of(expert1, expert2)); // DEMATEL practice
 * }</pre>
 *
 * <h2>Text</h2>
 *
 * <p>Cells are split by {@link DelimitedTable}'s rules (UTF-8, tab, comma, semicolon or spaces,
 * quoted cells) and trimmed. Blank lines before and after the matrix are ignored, a blank line
 * inside it is an error.
 *
 * <p>A <em>weight token</em> is a number written with digits and at most one decimal point
 * ({@code 3}, {@code 0.25}, {@code .5}), {@code P} in either case, a word of the fuzzy scale
 * ({@link Scale#fuzzyWord(String)}), {@code -} or an empty cell. Cells <em>look like labels</em>
 * when one of them is not a weight token; they <em>count</em> when there are at least two and
 * they are the integers 1, 2, 3, … or 0, 1, 2, … in order (numbered factors).
 *
 * <ol>
 *   <li>The first row is a <b>header</b> (the labels) when its cells after the first look like
 *       labels; or when they count and so do (or look like labels) the first cells of the next
 *       eight rows; or when it has one cell fewer than the second row and its cells look like
 *       labels or count (the corner cell left out).
 *   <li>There is a <b>label column</b> when the header has one cell fewer than the rows, or the
 *       header's first cell is empty, or the first cells of the first eight rows after the header
 *       look like labels (or count, with a header); without a header, when the first cells of the
 *       first eight rows look like labels. So a matrix of numbers without labels is read as one.
 *   <li>Without either, the factors are {@code "1"} to {@code "n"}. With both, row i's label must
 *       equal the header's label i. Labels must be non-empty and unique.
 * </ol>
 *
 * <p>Every row has as many cells as the first row after the header, and there are as many rows as
 * factors. An off-diagonal cell is a weight on the scale and may not be empty (write 0 for no
 * influence); a diagonal cell is ignored and may be empty, {@code -} or any weight token.
 *
 * <h2>Scale</h2>
 *
 * <p>When no scale is named it is detected from the off-diagonal cells: a {@code P} means Godet,
 * a word of the fuzzy scale means fuzzy; otherwise numbers with a fraction mean fuzzy when all
 * are at most 1 and DEMATEL when one is greater; integers only mean Godet when all are at most 3
 * (so a 0/1 matrix is Godet) and DEMATEL otherwise. Cells of two scales (a {@code P} and a word)
 * are an error at the second.
 *
 * <p>Every problem is an {@link org.ism4j.ssim.SsimFormatException} with the line, the column
 * (cell, counting from 1, label cells included) and the token.
 */
public final class WeightedMatrix {
  private final Labels labels;
  private final Scale scale;
  private final int n;
  /** Row-major n×n weights, diagonal 0, potential cells 0. */
  private final double[] weights;
  /** Row-major potential cells, or null when there are none. */
  private final boolean[] potential;
  private final int experts;

  WeightedMatrix(Labels labels, Scale scale, double[] weights, boolean[] potential, int experts) {
    this.labels = labels;
    this.scale = scale;
    this.n = labels.size();
    this.weights = weights;
    this.potential = potential;
    this.experts = experts;
  }

  /**
   * Returns a matrix of the given weights. The diagonal is ignored (set to 0).
   *
   * @param labels the factors
   * @param weights an n×n array, {@code weights[i][j]} the influence of i on j; copied, not modified
   * @param scale the scale the weights must lie on ({@link Scale#GODET}: integers 0 to 3;
   *     {@link Scale#FUZZY}: 0 to 1; {@link Scale#DEMATEL}: non-negative)
   * @return the matrix, with no potential links
   * @throws IllegalArgumentException when the array is not n×n, or naming the first off-diagonal
   *     cell that is not finite or not on the scale
   */
  public static WeightedMatrix of(Labels labels, double[][] weights, Scale scale) {
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(scale, "scale");
    int n = labels.size();
    if (weights.length != n) {
      throw new IllegalArgumentException("weights has " + weights.length + " rows, expected " + n);
    }
    double[] w = new double[n * n];
    for (int i = 0; i < n; i++) {
      if (weights[i].length != n) {
        throw new IllegalArgumentException("row " + (i + 1) + " of weights has " + weights[i].length
            + " cells, expected " + n);
      }
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        double x = weights[i][j];
        String problem = problem(x, scale);
        if (problem != null) {
          throw new IllegalArgumentException("weight (" + labels.get(i) + ", " + labels.get(j) + ") "
              + problem);
        }
        w[i * n + j] = x;
      }
    }
    return new WeightedMatrix(labels, scale, w, null, 1);
  }

  /** Why a value is not on a scale, or null when it is. */
  static String problem(double x, Scale scale) {
    if (!Double.isFinite(x) || x < 0) {
      return x + " is not a non-negative number";
    }
    if (scale == Scale.GODET && (x != Math.rint(x) || x > 3)) {
      return x + " is not " + scale.expected() + " (godet scale)";
    }
    if (scale == Scale.FUZZY && x > 1) {
      return x + " is greater than 1 (fuzzy scale)";
    }
    return null;
  }

  /**
   * Reads a matrix from a string, detecting the scale.
   *
   * @param text the content of a matrix file
   * @return the matrix
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static WeightedMatrix parse(String text) {
    return WeightedReader.read(DelimitedTable.read(text), null);
  }

  /**
   * Reads a matrix from a string on a named scale.
   *
   * @param text the content of a matrix file
   * @param scale the scale every off-diagonal cell must lie on, or null to detect it
   * @return the matrix
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed or a cell is not on
   *     the scale, with its position
   */
  public static WeightedMatrix parse(String text, @Nullable Scale scale) {
    return WeightedReader.read(DelimitedTable.read(text), scale);
  }

  /**
   * Reads a matrix file, detecting the scale.
   *
   * @param file a UTF-8 delimited text file
   * @return the matrix
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static WeightedMatrix parse(Path file) throws IOException {
    return WeightedReader.read(DelimitedTable.read(file), null);
  }

  /**
   * Reads a matrix file on a named scale.
   *
   * @param file a UTF-8 delimited text file
   * @param scale the scale every off-diagonal cell must lie on, or null to detect it
   * @return the matrix
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed or a cell is not on
   *     the scale, with its position
   */
  public static WeightedMatrix parse(Path file, @Nullable Scale scale) throws IOException {
    return WeightedReader.read(DelimitedTable.read(file), scale);
  }

  /**
   * Reads a matrix from bytes, decoded exactly as a file is (strict UTF-8, or UTF-16 after its byte
   * order mark); the stream is read to its end and not closed.
   *
   * @param in the content of a matrix file, such as standard input
   * @param scale the scale every off-diagonal cell must lie on, or null to detect it
   * @return the matrix
   * @throws IOException when the stream fails
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed or not UTF-8, or a
   *     cell is not on the scale, with its position
   */
  public static WeightedMatrix parse(InputStream in, @Nullable Scale scale) throws IOException {
    return WeightedReader.read(DelimitedTable.read(in), scale);
  }

  /**
   * Reads a matrix from a table already split into cells, such as a worksheet
   * ({@link org.ism4j.ssim.Workbook#sheet(String)}); an error names the sheet's cell.
   *
   * @param table the cells
   * @param scale the scale every off-diagonal cell must lie on, or null to detect it
   * @return the matrix
   * @throws org.ism4j.ssim.SsimFormatException when a cell is malformed or not on the scale, at
   *     its position
   */
  public static WeightedMatrix parse(DelimitedTable table, @Nullable Scale scale) {
    try {
      return WeightedReader.read(table, scale);
    } catch (org.ism4j.ssim.SsimFormatException e) {
      throw table.locate(e);
    }
  }

  /**
   * Reads a matrix from a reader, which is read to its end and not closed.
   *
   * @param reader the content of a matrix file
   * @param scale the scale every off-diagonal cell must lie on, or null to detect it
   * @return the matrix
   * @throws IOException when the reader fails
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed or a cell is not on
   *     the scale, with its position
   */
  public static WeightedMatrix parse(Reader reader, @Nullable Scale scale) throws IOException {
    return WeightedReader.read(DelimitedTable.read(reader), scale);
  }

  /**
   * Returns the cell-by-cell mean of several experts' matrices (DEMATEL practice). The experts
   * must name the same factors in the same order and use the same scale; their matrices may not
   * hold potential links. One matrix is returned as it is. The messages name the experts by
   * number ({@code expert 2 names different factors from expert 1: …});
   * {@link #average(List, List)} names them as the caller does.
   *
   * @param experts one matrix per expert, at least one
   * @return the mean matrix, whose {@link #experts()} is the sum of theirs
   * @throws IllegalArgumentException when there are none, naming the first expert (1-based) whose
   *     factors, or scale, differ from the first one's, or who has a potential link
   */
  public static WeightedMatrix average(List<WeightedMatrix> experts) {
    return average(experts, e -> "expert " + (e + 1));
  }

  /**
   * Returns the cell-by-cell mean of several experts' matrices, as {@link #average(List)} does,
   * naming the experts in its messages by the names given (the files they were read from, say):
   * {@code expert 'b.tsv' names different factors from expert 'a.tsv': factor 3 is 'x', expected
   * 'c'}.
   *
   * @param experts one matrix per expert, at least one
   * @param names one name per expert, in the same order
   * @return the mean matrix, whose {@link #experts()} is the sum of theirs
   * @throws IllegalArgumentException when there are no experts or not one name each, or, naming
   *     the expert, as {@link #average(List)} does
   */
  public static WeightedMatrix average(List<WeightedMatrix> experts, List<String> names) {
    List<String> given = List.copyOf(names);
    if (given.size() != experts.size()) {
      throw new IllegalArgumentException(given.size() + " names for " + experts.size() + " experts");
    }
    return average(experts, e -> "expert '" + given.get(e) + "'");
  }

  private static WeightedMatrix average(List<WeightedMatrix> experts, IntFunction<String> expert) {
    if (experts.isEmpty()) {
      throw new IllegalArgumentException("no experts' matrices to average");
    }
    WeightedMatrix first = experts.get(0);
    if (experts.size() == 1) {
      return first;
    }
    int n = first.n;
    double[] sum = new double[n * n];
    int count = 0;
    for (int e = 0; e < experts.size(); e++) {
      WeightedMatrix m = experts.get(e);
      if (!m.labels.equals(first.labels)) {
        throw new IllegalArgumentException(expert.apply(e) + " names different factors from "
            + expert.apply(0) + ": " + difference(first.labels, m.labels));
      }
      if (m.scale != first.scale) {
        throw new IllegalArgumentException(expert.apply(e) + " uses the " + m.scale + " scale, "
            + expert.apply(0) + " the " + first.scale + " scale");
      }
      if (m.potential != null) {
        throw new IllegalArgumentException(expert.apply(e) + " has potential links (P), which cannot be averaged");
      }
      for (int k = 0; k < sum.length; k++) {
        sum[k] += m.weights[k] * m.experts;
      }
      count += m.experts;
    }
    for (int k = 0; k < sum.length; k++) {
      sum[k] /= count;
    }
    return new WeightedMatrix(first.labels, first.scale, sum, null, count);
  }

  private static String difference(Labels a, Labels b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return "factor " + (i + 1) + " is '" + b.get(i) + "', expected '" + a.get(i) + "'";
      }
    }
    return b.size() + " factors, expected " + a.size();
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
   * Returns the number of factors.
   *
   * @return n
   */
  public int size() {
    return n;
  }

  /**
   * Returns the scale the weights were read on.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * Returns how many experts' matrices this one is the mean of.
   *
   * @return 1 for a matrix read from one file
   */
  public int experts() {
    return experts;
  }

  /**
   * Returns a weight.
   *
   * @param from the influencing factor's index
   * @param to the influenced factor's index
   * @return the weight, 0 on the diagonal and for a potential link
   * @throws IndexOutOfBoundsException when an index is out of range
   */
  public double weight(int from, int to) {
    java.util.Objects.checkIndex(from, n);
    java.util.Objects.checkIndex(to, n);
    return weights[from * n + to];
  }

  /**
   * Returns a weight.
   *
   * @param from the influencing factor's label
   * @param to the influenced factor's label
   * @return the weight, 0 on the diagonal and for a potential link
   * @throws IllegalArgumentException naming an unknown label
   */
  public double weight(String from, String to) {
    return weights[labels.index(from) * n + labels.index(to)];
  }

  /**
   * Returns whether a cell is a potential link ({@code P} on the Godet scale).
   *
   * @param from the influencing factor's index
   * @param to the influenced factor's index
   * @return whether the cell was {@code P}
   * @throws IndexOutOfBoundsException when an index is out of range
   */
  public boolean isPotential(int from, int to) {
    java.util.Objects.checkIndex(from, n);
    java.util.Objects.checkIndex(to, n);
    return potential != null && potential[from * n + to];
  }

  /**
   * Returns whether any cell is a potential link.
   *
   * @return whether a {@code P} occurs
   */
  public boolean hasPotentialLinks() {
    return potential != null;
  }

  /**
   * Returns whether every weight is an integer (always so on the Godet scale).
   *
   * @return whether all weights are whole numbers
   */
  public boolean hasIntegerWeights() {
    for (double x : weights) {
      if (x != Math.rint(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the largest weight.
   *
   * @return the largest weight, 0 for an empty matrix
   */
  public double maxWeight() {
    double max = 0;
    for (double x : weights) {
      max = Math.max(max, x);
    }
    return max;
  }

  /**
   * Returns the weights as a new array (a snapshot; changing it does not change this matrix).
   *
   * @return an n×n array, diagonal and potential links 0
   */
  public double[][] toArray() {
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(weights, i * n, a[i], 0, n);
    }
    return a;
  }

  /** The row-major weights, not copied: callers in this package do not modify them. */
  double[] weights() {
    return weights;
  }

  /** The row-major weights with every potential link counted as {@code value}: a new array. */
  double[] weightsWithPotentialAs(double value) {
    double[] w = weights.clone();
    if (potential != null) {
      for (int k = 0; k < w.length; k++) {
        if (potential[k]) {
          w[k] = value;
        }
      }
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WeightedMatrix)) {
      return false;
    }
    WeightedMatrix m = (WeightedMatrix) o;
    return m.labels.equals(labels) && m.scale == scale && m.experts == experts
        && Arrays.equals(m.weights, weights) && Arrays.equals(m.potential, potential);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, scale, experts, Arrays.hashCode(weights), Arrays.hashCode(potential));
  }

  @Override
  public String toString() {
    return "WeightedMatrix[" + n + " factors, " + scale + (experts > 1 ? ", mean of " + experts + " experts" : "")
        + "]";
  }
}
