package org.ism4j.reach;

import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Condensation;
import org.ism4j.internal.TransitiveClosure;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Link;
import org.ism4j.ssim.Ssim;
import org.ism4j.ssim.SsimParser;

/**
 * A reachability matrix over labelled factors: the initial one (IRM, the SSIM as 0/1 with the
 * diagonal set) or the final one (FRM, its full transitive closure). Immutable and thread-safe.
 *
 * <p>Make an IRM with {@link #initial(Ssim)} or {@link #parse(Path)}; the only way to an FRM is
 * {@link #closure()}, so every FRM is transitively closed and remembers the IRM it was closed from,
 * which tells its <em>transitive links</em>: the cells the closure added, printed {@code 1*} in the
 * textbook rendering.
 *
 * <p>Factors are named by label or by index in input order ({@link #labels()}); an index out of
 * range is an {@link IndexOutOfBoundsException}, an unknown label an
 * {@link IllegalArgumentException} naming it.
 */
public final class ReachabilityMatrix {
  static {
    Access.registerBits(ReachabilityMatrix.class, m -> m.matrix);
    Access.registerCondensation(ReachabilityMatrix.class, ReachabilityMatrix::condensation);
    // an IRM from bits (the audit's published matrices): through the SSIM the bits encode
    Access.registerMaker(ReachabilityMatrix.class, Labels.class,
        (labels, bits) -> initial(Access.make(Ssim.class, labels, bits)));
  }

  private final Labels labels;
  private final BitMatrix matrix;
  /** The IRM this FRM was closed from; null for an IRM. */
  private final ReachabilityMatrix initial;
  /** The SSIM an IRM was made from; null for an FRM. */
  private final Ssim ssim;
  private volatile Condensation condensation;
  private volatile ReachabilityMatrix closure;

  private ReachabilityMatrix(Labels labels, BitMatrix matrix, ReachabilityMatrix initial, Ssim ssim,
      Condensation condensation) {
    this.labels = labels;
    this.matrix = matrix;
    this.initial = initial;
    this.ssim = ssim;
    this.condensation = condensation;
  }

  /**
   * Returns the initial reachability matrix of an SSIM: V and X cells as ones (row → column), the
   * diagonal set.
   *
   * @param ssim the SSIM
   * @return its IRM
   */
  public static ReachabilityMatrix initial(Ssim ssim) {
    Objects.requireNonNull(ssim, "ssim");
    return new ReachabilityMatrix(ssim.labels(), Access.bits(ssim), null, ssim, null);
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
    return initial(SsimParser.defaults().parseIrm(file));
  }

  /**
   * Reads a full square 0/1 matrix (an IRM) from a string.
   *
   * @param text the content of a matrix file
   * @return the IRM
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its line and column
   */
  public static ReachabilityMatrix parse(String text) {
    return initial(SsimParser.defaults().parseIrm(text));
  }

  /**
   * Reads a full square 0/1 matrix (an IRM) from a reader, which is not closed.
   *
   * @param reader the content of a matrix file
   * @return the IRM
   * @throws IOException when the reader fails
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its line and column
   */
  public static ReachabilityMatrix parse(Reader reader) throws IOException {
    return initial(SsimParser.defaults().parseIrm(reader));
  }

  /**
   * Returns the final reachability matrix: the full transitive closure of this one, computed on
   * first call (strongly connected components first, then one pass over their DAG) and then kept.
   * An FRM is its own closure: for one, this method returns {@code this}.
   *
   * @return the FRM, whose {@link #initial()} is this matrix (for an IRM)
   */
  public ReachabilityMatrix closure() {
    if (isFinal()) {
      return this;
    }
    ReachabilityMatrix c = closure;
    if (c == null) {
      Condensation components = condensation();
      // the closure has the same components as the matrix it closes
      c = new ReachabilityMatrix(labels, TransitiveClosure.of(components), this, null, components);
      closure = c;
    }
    return c;
  }

  private Condensation condensation() {
    Condensation c = condensation;
    if (c == null) {
      c = Condensation.of(matrix);
      condensation = c;
    }
    return c;
  }

  /**
   * Tells whether this is a final reachability matrix, made by {@link #closure()}.
   *
   * @return true for an FRM, false for an IRM (even one that happens to be closed)
   */
  public boolean isFinal() {
    return initial != null;
  }

  /**
   * Returns the SSIM this matrix encodes: (i, j) is V when only i reaches j, A when only j reaches
   * i, X when both, O when neither. For an IRM that is the SSIM it was made from.
   *
   * @return the SSIM
   */
  public Ssim toSsim() {
    return ssim != null ? ssim : Access.make(Ssim.class, labels, matrix);
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
    return labels.size();
  }

  /**
   * Returns the IRM this FRM was closed from.
   *
   * @return the IRM, or empty for an IRM
   */
  public Optional<ReachabilityMatrix> initial() {
    return Optional.ofNullable(initial);
  }

  /**
   * Tells whether factor i reaches factor j (cell (i, j) is 1); every factor reaches itself.
   *
   * @param i a row (factor index)
   * @param j a column (factor index)
   * @return the cell
   * @throws IndexOutOfBoundsException when an index is not a factor
   */
  public boolean reaches(int i, int j) {
    checkElementIndex(i, size(), "row");
    checkElementIndex(j, size(), "column");
    return matrix.get(i, j);
  }

  /**
   * Tells whether one factor reaches another.
   *
   * @param from a factor label
   * @param to a factor label
   * @return the cell (from, to)
   * @throws IllegalArgumentException naming an unknown label
   */
  public boolean reaches(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return matrix.get(labels.index(from), labels.index(to));
  }

  /**
   * Tells whether cell (i, j) is a transitive link: 1 here, 0 in the IRM this FRM was closed from.
   *
   * @param i a row (factor index)
   * @param j a column (factor index)
   * @return true for a transitive link; always false for an IRM
   * @throws IndexOutOfBoundsException when an index is not a factor
   */
  public boolean isTransitiveLink(int i, int j) {
    return initial != null && reaches(i, j) && !initial.matrix.get(i, j);
  }

  /**
   * Tells whether a cell is a transitive link.
   *
   * @param from a factor label
   * @param to a factor label
   * @return true for a transitive link; always false for an IRM
   * @throws IllegalArgumentException naming an unknown label
   */
  public boolean isTransitiveLink(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return isTransitiveLink(labels.index(from), labels.index(to));
  }

  /**
   * Returns the transitive links, row by row: a snapshot, immutable. For very large models
   * {@link #forEachTransitiveLink(CellVisitor)} avoids the list.
   *
   * @return the links; empty for an IRM
   */
  public List<Link> transitiveLinks() {
    ImmutableList.Builder<Link> out = ImmutableList.builder();
    forEachTransitiveLink((from, to) -> out.add(new Link(labels.get(from), labels.get(to))));
    return out.build();
  }

  /** Receives one cell (from, to) by factor index. */
  @FunctionalInterface
  public interface CellVisitor {
    /**
     * Receives a cell.
     *
     * @param from the row (factor index)
     * @param to the column (factor index)
     */
    void visit(int from, int to);
  }

  /**
   * Calls {@code visitor} with every transitive link, row by row, without building a list (for very
   * large models).
   *
   * @param visitor receives each {@code (from, to)}; nothing for an IRM
   */
  public void forEachTransitiveLink(CellVisitor visitor) {
    Objects.requireNonNull(visitor, "visitor");
    if (initial == null) {
      return;
    }
    matrix.forEachNotIn(initial.matrix, visitor::visit);
  }

  /**
   * Returns the textbook rendering of cell (i, j): {@code "1*"} for a transitive link, else
   * {@code "1"} or {@code "0"}.
   *
   * @param i a row (factor index)
   * @param j a column (factor index)
   * @return the cell's text
   * @throws IndexOutOfBoundsException when an index is not a factor
   */
  public String cell(int i, int j) {
    if (!reaches(i, j)) {
      return "0";
    }
    return isTransitiveLink(i, j) ? "1*" : "1";
  }

  /**
   * Tells whether this matrix is transitively closed (every FRM is; an IRM may be).
   *
   * @return true when its closure adds nothing
   */
  public boolean isTransitivelyClosed() {
    return isFinal() || closure().matrix.equals(matrix);
  }

  /**
   * Returns a shortest path of ones from one factor to another (breadth first over the rows, the
   * lowest index first among equals): for an IRM, a shortest chain of direct links. O(n²/64 + n)
   * per step of the search, O(n²) at most.
   *
   * @param from a factor index
   * @param to a factor index
   * @return the factor indices of the path, both ends included ({@code [from]} when they are
   *     equal), or an empty list when {@code from} does not reach {@code to}; immutable
   * @throws IndexOutOfBoundsException when an index is not a factor
   */
  public List<Integer> shortestPath(int from, int to) {
    checkElementIndex(from, size(), "from");
    checkElementIndex(to, size(), "to");
    int n = size();
    int[] previous = new int[n];
    java.util.Arrays.fill(previous, -2);
    previous[from] = -1;
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    queue[tail++] = from;
    while (head < tail && previous[to] == -2) {
      int u = queue[head++];
      for (int v : matrix.rowIndices(u)) {
        if (previous[v] == -2) {
          previous[v] = u;
          queue[tail++] = v;
        }
      }
    }
    if (previous[to] == -2) {
      return List.of();
    }
    java.util.ArrayDeque<Integer> path = new java.util.ArrayDeque<>();
    for (int v = to; v != -1; v = previous[v]) {
      path.addFirst(v);
    }
    return List.copyOf(path);
  }

  /**
   * Returns the number of ones, the diagonal included.
   *
   * @return the cardinality
   */
  public long ones() {
    return matrix.cardinality();
  }

  /**
   * Returns the reachability set of factor i: the factors in its row (itself included), in input
   * order; a snapshot, immutable.
   *
   * @param i a factor index
   * @return the labels
   * @throws IndexOutOfBoundsException when the index is not a factor
   */
  public List<String> reachabilitySet(int i) {
    checkElementIndex(i, size(), "factor");
    return labels.select(matrix.rowIndices(i));
  }

  /**
   * Returns the antecedent set of factor j: the factors in its column (itself included), in input
   * order; a snapshot, immutable.
   *
   * @param j a factor index
   * @return the labels
   * @throws IndexOutOfBoundsException when the index is not a factor
   */
  public List<String> antecedentSet(int j) {
    checkElementIndex(j, size(), "factor");
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < size(); i++) {
      if (matrix.get(i, j)) {
        b.add(labels.get(i));
      }
    }
    return b.build();
  }

  /**
   * Returns row i as a string of {@code 0} and {@code 1}, one character a column.
   *
   * @param i a factor index
   * @return the row
   * @throws IndexOutOfBoundsException when the index is not a factor
   */
  public String rowString(int i) {
    checkElementIndex(i, size(), "factor");
    return matrix.rowString(i);
  }

  /**
   * Two reachability matrices are equal when their labels and cells are; whether they are initial
   * or final does not count.
   */
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
