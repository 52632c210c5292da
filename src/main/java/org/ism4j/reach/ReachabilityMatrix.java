package org.ism4j.reach;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimParser;

/**
 * A reachability matrix over labelled factors: the initial one (IRM, the SSIM as 0/1 with the
 * diagonal set) or the final one (FRM, its full transitive closure). Immutable and thread-safe.
 *
 * <p>An FRM remembers the IRM it was closed from, so it can tell the <em>transitive links</em>: the
 * cells the closure added, printed {@code 1*} in the textbook rendering.
 */
public final class ReachabilityMatrix {
  private final Labels labels;
  private final BitMatrix matrix;
  private final ReachabilityMatrix initial;

  private ReachabilityMatrix(Labels labels, BitMatrix matrix, ReachabilityMatrix initial) {
    if (labels.size() != matrix.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for a " + matrix.size() + "×" + matrix.size() + " matrix");
    }
    for (int i = 0; i < matrix.size(); i++) {
      if (!matrix.get(i, i)) {
        throw new IllegalArgumentException(
            "diagonal cell (" + labels.get(i) + ", " + labels.get(i) + ") is 0: every factor reaches itself");
      }
    }
    this.labels = labels;
    this.matrix = matrix;
    this.initial = initial;
  }

  /**
   * Returns an initial reachability matrix.
   *
   * @param labels the factors
   * @param matrix the 0/1 matrix, diagonal set
   * @return the IRM
   * @throws IllegalArgumentException when the sizes differ or a diagonal cell is 0
   */
  public static ReachabilityMatrix of(Labels labels, BitMatrix matrix) {
    return new ReachabilityMatrix(labels, matrix, null);
  }

  /**
   * Reads a full square 0/1 matrix (an IRM) with the default {@link SsimParser}.
   *
   * @param file a UTF-8 text or delimited file
   * @return the IRM
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its line and column
   */
  public static ReachabilityMatrix parse(Path file) throws IOException {
    return SsimParser.defaults().parseReachability(file);
  }

  /**
   * Reads a full square 0/1 matrix (an IRM) from a string with the default {@link SsimParser}.
   *
   * @param text the content of a matrix file
   * @return the IRM
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its line and column
   */
  public static ReachabilityMatrix parse(String text) {
    return SsimParser.defaults().parseReachability(text);
  }

  /**
   * Reads a full square 0/1 matrix (an IRM) from a reader; the reader is not closed.
   *
   * @param reader the content of a matrix file
   * @return the IRM
   * @throws IOException when the reader fails
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its line and column
   */
  public static ReachabilityMatrix parse(Reader reader) throws IOException {
    return SsimParser.defaults().parseReachability(reader);
  }

  /**
   * Returns the final reachability matrix: the full transitive closure of this one, which remembers
   * this matrix as its {@link #initial()}.
   *
   * @return the FRM; this matrix itself if it is already closed and has no initial matrix of its own
   */
  public ReachabilityMatrix closure() {
    return new ReachabilityMatrix(labels, TransitiveClosure.of(matrix), this);
  }

  /**
   * Returns a final matrix from an already computed closure; the caller vouches that {@code closed}
   * is the transitive closure of this matrix.
   *
   * @param closed the closure of {@link #matrix()}
   * @return the FRM remembering this matrix as its initial one
   */
  public ReachabilityMatrix withClosure(BitMatrix closed) {
    return new ReachabilityMatrix(labels, closed, this);
  }

  /**
   * Returns the factors.
   *
   * @return the labels, in input order
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
    return labels.size();
  }

  /**
   * Returns the bits.
   *
   * @return the immutable matrix
   */
  public BitMatrix matrix() {
    return matrix;
  }

  /**
   * Returns the matrix this one was closed from.
   *
   * @return the IRM when this is an FRM made by {@link #closure()}, else empty
   */
  public Optional<ReachabilityMatrix> initial() {
    return Optional.ofNullable(initial);
  }

  /**
   * Returns whether factor i reaches factor j.
   *
   * @param i row factor index
   * @param j column factor index
   * @return cell (i, j)
   */
  public boolean reaches(int i, int j) {
    return matrix.get(i, j);
  }

  /**
   * Returns whether one factor reaches another.
   *
   * @param from row factor label
   * @param to column factor label
   * @return cell (from, to)
   */
  public boolean reaches(String from, String to) {
    return matrix.get(labels.indexOf(from), labels.indexOf(to));
  }

  /**
   * Returns whether cell (i, j) is a transitive link: 1 here and 0 in the initial matrix.
   *
   * @param i row factor index
   * @param j column factor index
   * @return whether the closure added this cell; always false for a matrix with no initial one
   */
  public boolean isTransitiveLink(int i, int j) {
    return initial != null && matrix.get(i, j) && !initial.matrix.get(i, j);
  }

  /**
   * Returns whether cell (from, to) is a transitive link: 1 here and 0 in the initial matrix.
   *
   * @param from row factor label
   * @param to column factor label
   * @return whether the closure added this cell
   */
  public boolean isTransitiveLink(String from, String to) {
    return isTransitiveLink(labels.indexOf(from), labels.indexOf(to));
  }

  /**
   * Returns the transitive links, row by row, as {@code [from, to]} index pairs.
   *
   * @return the pairs, empty for a matrix with no initial one
   */
  public List<int[]> transitiveLinks() {
    ImmutableList.Builder<int[]> out = ImmutableList.builder();
    forEachTransitiveLink((from, to) -> out.add(new int[] {from, to}));
    return out.build();
  }

  /** Receives one cell of a matrix, as a pair of factor indices. */
  @FunctionalInterface
  public interface CellVisitor {
    /**
     * Receives a cell.
     *
     * @param from row factor index
     * @param to column factor index
     */
    void visit(int from, int to);
  }

  /**
   * Calls {@code visitor} with every transitive link, row by row, without building a list (for very
   * large models).
   *
   * @param visitor receives each {@code (from, to)}; nothing for a matrix with no initial one
   */
  public void forEachTransitiveLink(CellVisitor visitor) {
    if (initial == null) {
      return;
    }
    int n = size();
    for (int i = 0; i < n; i++) {
      long[] r = matrix.rows[i];
      long[] s = initial.matrix.rows[i];
      for (int w = 0; w < r.length; w++) {
        long added = r[w] & ~s[w];
        while (added != 0) {
          visitor.visit(i, (w << 6) + Long.numberOfTrailingZeros(added));
          added &= added - 1;
        }
      }
    }
  }

  /**
   * Returns the textbook rendering of cell (i, j): {@code "1*"} for a transitive link, else
   * {@code "1"} or {@code "0"}.
   *
   * @param i row factor index
   * @param j column factor index
   * @return the cell as papers print it
   */
  public String cell(int i, int j) {
    if (!matrix.get(i, j)) {
      return "0";
    }
    return isTransitiveLink(i, j) ? "1*" : "1";
  }

  /**
   * Returns whether the matrix is transitively closed: whenever i reaches j and j reaches k, i
   * reaches k.
   *
   * @return whether this equals its closure
   */
  public boolean isTransitivelyClosed() {
    return TransitiveClosure.of(matrix).equals(matrix);
  }

  /**
   * Returns the reachability (output) set of factor i: the factors i reaches, including i.
   *
   * @param i a factor index
   * @return the labels in input order
   */
  public List<String> reachabilitySet(int i) {
    return labels.select(matrix.rowIndices(i));
  }

  /**
   * Returns the antecedent (input) set of factor j: the factors that reach j, including j.
   *
   * @param j a factor index
   * @return the labels in input order
   */
  public List<String> antecedentSet(int j) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < size(); i++) {
      if (matrix.get(i, j)) {
        b.add(labels.get(i));
      }
    }
    return b.build();
  }

  /**
   * Returns row i as {@code 0}/{@code 1} characters.
   *
   * @param i a factor index
   * @return a string of length n
   */
  public String rowString(int i) {
    return matrix.rowString(i);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReachabilityMatrix
        && ((ReachabilityMatrix) o).labels.equals(labels)
        && ((ReachabilityMatrix) o).matrix.equals(matrix);
  }

  @Override
  public int hashCode() {
    return 31 * labels.hashCode() + matrix.hashCode();
  }

  @Override
  public String toString() {
    return size() <= 64 ? matrix.toString() : "ReachabilityMatrix[" + size() + " factors]";
  }
}
