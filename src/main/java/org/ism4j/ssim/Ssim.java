package org.ism4j.ssim;

import java.util.Objects;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collection;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;

/**
 * A structural self-interaction matrix: the factors and, for every pair, one of the relations V, A,
 * X or O. Immutable and thread-safe.
 *
 * <p>Read one with {@link #parse(Path)} (see {@link SsimParser} for the accepted layouts) or build
 * one with {@link #builder(Collection)}:
 *
 * <pre>{@code
 * Ssim ssim = Ssim.builder(List.of("Cost", "Quality", "Trust"))
 *     .v("Cost", "Quality")      // Cost influences Quality
 *     .x("Quality", "Trust")     // both ways
 *     .build();                  // unset pairs are O
 * }</pre>
 */
public final class Ssim {
  private final Labels labels;
  /** The initial reachability: the relations as bits, diagonal set. */
  private final BitMatrix irm;

  static {
    // the reachability package reads the bits and makes an SSIM from an IRM (see Access)
    Access.registerBits(Ssim.class, s -> s.irm);
    Access.registerMaker(Ssim.class, Labels.class, Ssim::of);
  }

  private Ssim(Labels labels, BitMatrix irm) {
    this.labels = labels;
    this.irm = irm;
  }

  /**
   * Reads an SSIM file with the default {@link SsimParser}.
   *
   * @param file a UTF-8 text or delimited file
   * @return the SSIM
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public static Ssim parse(Path file) throws IOException {
    return SsimParser.defaults().parse(file);
  }

  /**
   * Reads an SSIM from a string with the default {@link SsimParser}.
   *
   * @param text the content of an SSIM file
   * @return the SSIM
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public static Ssim parse(String text) {
    return SsimParser.defaults().parse(text);
  }

  /**
   * Reads an SSIM from a reader with the default {@link SsimParser}; the reader is not closed.
   *
   * @param reader the content of an SSIM file
   * @return the SSIM
   * @throws IOException when the reader fails
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public static Ssim parse(Reader reader) throws IOException {
    return SsimParser.defaults().parse(reader);
  }

  /**
   * Returns a builder whose pairs all start as {@link Relation#O}.
   *
   * @param labels the factors, unique, trimmed and non-empty, in input order
   * @return a new builder
   * @throws IllegalArgumentException naming a duplicate, empty or untrimmed label
   */
  public static Builder builder(Collection<String> labels) {
    return new Builder(Labels.of(labels));
  }

  /**
   * Returns a builder whose pairs all start as {@link Relation#O}.
   *
   * @param labels the factors, unique, trimmed and non-empty, in input order
   * @return a new builder
   * @throws IllegalArgumentException naming a duplicate, empty or untrimmed label
   */
  public static Builder builder(String... labels) {
    return new Builder(Labels.of(labels));
  }

  /**
   * Returns the SSIM whose influences are the off-diagonal bits of {@code influence}.
   *
   * @param labels the factors
   * @param influence bit (i, j) set when i influences j; the diagonal is ignored
   * @return the SSIM
   */
  static Ssim of(Labels labels, BitMatrix influence) {
    if (labels.size() != influence.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for a " + influence.size() + "×" + influence.size() + " matrix");
    }
    return new Ssim(labels, withDiagonal(influence));
  }

  private static BitMatrix withDiagonal(BitMatrix m) {
    boolean complete = true;
    for (int i = 0; i < m.size() && complete; i++) {
      complete = m.get(i, i);
    }
    return complete ? m : m.or(BitMatrix.identity(m.size()));
  }

  /**
   * Returns the factors in input order.
   *
   * @return the labels
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
   * Returns the relation of cell (i, j) read from row i to column j; (j, i) gives its mirror.
   *
   * @param i a factor index
   * @param j another factor index
   * @return the relation
   * @throws IllegalArgumentException when {@code i == j}
   */
  public Relation relation(int i, int j) {
    if (i == j) {
      throw new IllegalArgumentException("a factor has no relation with itself (factor " + labels.get(i) + ")");
    }
    return Relation.of(irm.get(i, j), irm.get(j, i));
  }

  /**
   * Returns the relation between two factors, read from {@code from} to {@code to}.
   *
   * @param from a factor label
   * @param to another factor label
   * @return the relation
   */
  public Relation relation(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return relation(labels.index(from), labels.index(to));
  }

  /**
   * Returns the SSIM as tab-separated text: a header row of labels, then one row per factor with
   * its label and the upper triangle of symbols. A label holding a tab, a line break or a leading
   * double quote is quoted as in CSV. {@link #parse(String)} reads it back.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toTsv() {
    int n = size();
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < n; j++) {
      sb.append('\t').append(quote(labels.get(j)));
    }
    sb.append('\n');
    for (int i = 0; i < n; i++) {
      sb.append(quote(labels.get(i)));
      for (int j = 0; j < n; j++) {
        sb.append('\t');
        if (j > i) {
          sb.append(relation(i, j).symbol());
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Quotes a label the way spreadsheets do when it holds a tab, a line break or a leading quote. */
  private static String quote(String label) {
    if (label.indexOf('\t') < 0 && label.indexOf('\n') < 0 && label.indexOf('\r') < 0
        && !label.startsWith("\"")) {
      return label;
    }
    return '"' + label.replace("\"", "\"\"") + '"';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ssim && ((Ssim) o).labels.equals(labels) && ((Ssim) o).irm.equals(irm);
  }

  @Override
  public int hashCode() {
    return 31 * labels.hashCode() + irm.hashCode();
  }

  @Override
  public String toString() {
    return size() <= 30 ? toTsv() : "Ssim[" + size() + " factors]";
  }

  /** Builds an {@link Ssim} by label; every pair starts as O, a later call overwrites an earlier one. */
  public static final class Builder {
    private final Labels labels;
    private final BitMatrix.Builder bits;

    private Builder(Labels labels) {
      this.labels = labels;
      this.bits = BitMatrix.builder(labels.size());
    }

    /**
     * Sets {@code from} V {@code to}: from influences to.
     *
     * @param from a label
     * @param to another label
     * @return this builder
     */
    public Builder v(String from, String to) {
      return relation(from, to, Relation.V);
    }

    /**
     * Sets {@code from} A {@code to}: to influences from.
     *
     * @param from a label
     * @param to another label
     * @return this builder
     */
    public Builder a(String from, String to) {
      return relation(from, to, Relation.A);
    }

    /**
     * Sets {@code from} X {@code to}: each influences the other.
     *
     * @param from a label
     * @param to another label
     * @return this builder
     */
    public Builder x(String from, String to) {
      return relation(from, to, Relation.X);
    }

    /**
     * Sets {@code from} O {@code to}: no relation.
     *
     * @param from a label
     * @param to another label
     * @return this builder
     */
    public Builder o(String from, String to) {
      return relation(from, to, Relation.O);
    }

    /**
     * Sets the relation of a pair, read from {@code from} to {@code to}.
     *
     * @param from a label
     * @param to another label
     * @param relation the relation
     * @return this builder
     * @throws IllegalArgumentException for an unknown label or {@code from.equals(to)}
     */
    public Builder relation(String from, String to, Relation relation) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(relation, "relation");
      return relation(labels.index(from), labels.index(to), relation);
    }

    /**
     * Sets the relation of a pair by index, read from row {@code i} to column {@code j}.
     *
     * @param i a factor index
     * @param j another factor index
     * @param relation the relation
     * @return this builder
     * @throws IllegalArgumentException when {@code i == j}
     */
    public Builder relation(int i, int j, Relation relation) {
      if (i == j) {
        throw new IllegalArgumentException("a factor has no relation with itself (factor " + labels.get(i) + ")");
      }
      bits.set(i, j, relation.forward());
      bits.set(j, i, relation.backward());
      return this;
    }

    /**
     * Builds the SSIM.
     *
     * @return the immutable SSIM
     */
    public Ssim build() {
      for (int i = 0; i < labels.size(); i++) {
        bits.set(i, i);
      }
      return new Ssim(labels, bits.build());
    }
  }

}
