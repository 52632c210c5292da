package org.ism4j.ssim;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.ism4j.internal.BitMatrix;

/**
 * Reads an SSIM (a matrix of V, A, X, O) or an initial reachability matrix (a square 0/1 matrix) from
 * delimited text as researchers keep it. Immutable and thread-safe; {@link #defaults()} is the usual
 * instance, {@link #builder()} sets the factor limit.
 *
 * <pre>{@code
 * Ssim ssim = SsimParser.defaults().parse(Path.of("ssim.tsv"));
 * SsimParser.Parsed p = SsimParser.defaults().parseDetected(Path.of("matrix.csv"));
 * if (p.kind() == SsimParser.Kind.IRM) { ... "read as IRM" ... }
 * }</pre>
 *
 * <h2>Text</h2>
 *
 * <p>Text is split into cells by {@link DelimitedTable}'s rules: UTF-8 with or without byte order
 * mark, decoded strictly; LF, CRLF or CR line ends, no final one needed; the delimiter (tab,
 * semicolon, comma or runs of spaces) detected from the first line; cells quoted as spreadsheets
 * write CSV. Every cell is trimmed ({@link String#strip()}) before it is read. Blank lines before
 * the matrix and after it are ignored; a blank line inside the matrix is an error.
 *
 * <h2>Header row and label column</h2>
 *
 * <p>A <em>matrix token</em> is a cell that is V, A, X or O (either case), 0, 1, {@code -} or empty.
 * A list of cells <em>looks like labels</em> when at least one of them is not a matrix token and
 * either more than half of them are not, or no two of them are equal. (Labels are unique, while the
 * cells of a matrix row or column repeat their few symbols: a typo in the first row of a matrix
 * does not make it a header.)
 *
 * <ol>
 *   <li>The first row is a <b>header</b> (the factors' labels) when its cells after the first look
 *       like labels, or when its first cell is empty and the others are distinct 0s and 1s
 *       (factors numbered from 0 or 1 over a corner cell, which no data row can be). Otherwise it is
 *       the first row of the matrix.
 *   <li>With a header, there is a <b>label column</b> when the header's first cell is empty (the
 *       corner cell), or when the header has one cell fewer than the first data row (the corner
 *       cell left out, as space-separated files must). Otherwise, and without a header, there is a
 *       label column when the first cells of the first eight data rows (fewer when the first row
 *       has fewer cells) look like labels. With a header but no label column the header's first
 *       cell is the first label.
 *   <li>Without a header and without a label column the factors are {@code "1"} to {@code "n"}.
 * </ol>
 *
 * <p>So the banking-17 file (empty corner, numbers across and down) has both, as has a file whose
 * corner cell holds text such as {@code Factor}; numbered labels, from 0 or from 1, are recognized
 * across and down; a 0/1 matrix without labels has neither, and one with a row of numbers above it
 * has a header. What the rules cannot tell apart: a header or label column whose labels are all
 * matrix tokens (factors named {@code X} and {@code O}, say) is read as part of the matrix, which
 * gives an error or, rarely, a different model; so do labels that repeat and are mostly matrix
 * tokens, except in these shapes, recognized from the rows below the first (so that every layout
 * reads a one-factor model, labelled {@code 1} or {@code A} too): a non-empty corner cell followed by
 * the labels that the first cells of the next rows repeat, or an empty corner followed by such labels
 * when one of them is V or A (a full square's first column mirrors V as A, so cannot repeat it);
 * labels without a corner cell over a row one cell longer that starts with the first label (as in a
 * space-separated file); a single cell that is no matrix token over a row of one cell (a header
 * without a label column). Labels that repeat are then named as duplicates. In a small matrix (up
 * to about six factors) a mistyped cell in the first row or column can
 * make it look like labels; the error then names a label or row-count problem instead of the cell. Labels are trimmed and must be non-empty and unique. When there are both a header
 * and a label column, row i's label must equal the header's label i.
 *
 * <h2>Matrix</h2>
 *
 * <p>Every row has the same number of cells as the first data row (or the header), and there are
 * as many rows as factors. Cells are addressed (row factor, column factor), read row to column.
 *
 * <ul>
 *   <li><b>SSIM</b>: the upper triangle holds V, A, X or O in either case (V: row factor influences
 *       column factor). The diagonal is empty, {@code -}, {@code X} or {@code 1}. A lower-triangle
 *       cell is either empty or {@code -} (upper-triangle layout), or the mirror of its upper cell:
 *       V below A, A below V, X below X, O below O (full square layout); anything else is an error
 *       naming both cells.
 *   <li><b>IRM</b> ({@link #parseIrm(Path)}): a full square of 0 and 1, diagonal 1. An
 *       empty or {@code -} cell is an error, on the diagonal too: an IRM states every cell.
 *   <li><b>Either</b> ({@link #parseDetected(Path)}): the first cell off the
 *       diagonal, cell (1, 2), decides: 0 or 1 for an IRM, V, A, X or O for an SSIM; an {@code X} in
 *       the first diagonal cell already means SSIM. A matrix with no cell off the diagonal (one
 *       factor) is an SSIM.
 * </ul>
 *
 * <h2>Errors and limits</h2>
 *
 * <p>Every malformed input is a {@link SsimFormatException} with the line and the column, which
 * counts cells (fields) in the row from 1, label cells included; nothing is dropped, padded or
 * guessed. A file with more than {@link #maxFactors()} factors fails at the first row, at the
 * cell where the count passes the limit (counting from the second cell when the first is empty or
 * not a matrix token), before anything of size n² is allocated. Cells longer than 100,000
 * characters are an error.
 *
 * <p><b>Hostile input</b> is refused while it streams, each time with a positioned
 * {@link SsimFormatException}: the first row at the first cell past the factor limit (a first line of
 * a billion delimiters is not read to its end), any later row at the cell past {@code maxFactors + 2},
 * a cell at its 100,001st character, the first NUL or other control character (C0 but tab and line
 * breaks, {@code U+007F}, the C1 controls {@code U+0080} to {@code U+009F}), a byte order mark
 * anywhere but at the very start, more than 100,000 blank lines (or spaces between two cells) in a
 * row. The delimiter is detected from at most the first 1,048,576 characters, so an endless stream
 * such as {@code /dev/zero} or standard input is never buffered whole.
 *
 * <p><b>Memory</b> is at most a small constant times the input plus the matrix: the n×n bit matrix
 * (n·⌈n/64⌉·8 bytes), the header and at most eight look-ahead rows of cells (some 50 bytes per cell
 * plus two per character, so at most about 50 times the bytes of those rows), one row at a time
 * after them, and a 1,048,576-character detection buffer. A 2,000-factor SSIM (8 MB of text) and
 * every hostile input above read in a 128 MB heap ({@code SmallHeapTest}).
 *
 * <p><b>Comments</b> are not supported: a row whose first cell starts with {@code #} (unquoted) is
 * refused ("'#' comment lines are not supported; remove the line"); quote a label that starts with
 * {@code #}.
 */
public final class SsimParser {
  /** The factor limit of {@link #defaults()}. */
  public static final int DEFAULT_MAX_FACTORS = 20_000;

  static final int MAX_CELL_CHARS = 100_000;

  private static final SsimParser DEFAULTS = new SsimParser(DEFAULT_MAX_FACTORS);

  private final int maxFactors;
  /** Whether plain text rows take the fast path of {@link MatrixReader}; off only in tests. */
  private final boolean scanRows;

  private SsimParser(int maxFactors) {
    this(maxFactors, true);
  }

  private SsimParser(int maxFactors, boolean scanRows) {
    this.maxFactors = maxFactors;
    this.scanRows = scanRows;
  }

  /**
   * Returns this parser without the fast path for plain text rows: every row is split into cells
   * and read cell by cell. The reference the fast path is tested against; not API.
   */
  SsimParser exactOnly() {
    return new SsimParser(maxFactors, false);
  }

  /**
   * Returns the parser with default settings: at most {@value #DEFAULT_MAX_FACTORS} factors.
   *
   * @return the parser
   */
  public static SsimParser defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest number of factors this parser accepts.
   *
   * @return the factor limit
   */
  public int maxFactors() {
    return maxFactors;
  }

  /**
   * Reads an SSIM file.
   *
   * @param file a UTF-8 text file
   * @return the SSIM
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Ssim parse(Path file) throws IOException {
    return read(file, MatrixReader.Mode.SSIM).ssim();
  }

  /**
   * Reads an SSIM from a string.
   *
   * @param text the content of an SSIM file
   * @return the SSIM
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Ssim parse(String text) {
    return read(text, MatrixReader.Mode.SSIM).ssim();
  }

  /**
   * Reads an SSIM from a reader, which is read to its end and not closed.
   *
   * @param reader the content of an SSIM file
   * @return the SSIM
   * @throws IOException when the reader fails
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Ssim parse(Reader reader) throws IOException {
    return read(reader, MatrixReader.Mode.SSIM).ssim();
  }

  /**
   * Reads an initial reachability matrix (a full square 0/1 matrix with 1 on the diagonal) and
   * returns the SSIM it encodes: (i, j) is V when only i reaches j, A when only j reaches i, X when
   * both, O when neither. {@code ReachabilityMatrix.parse} gives the matrix itself.
   *
   * @param file a UTF-8 text file
   * @return the SSIM the IRM encodes
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Ssim parseIrm(Path file) throws IOException {
    return read(file, MatrixReader.Mode.IRM).ssim();
  }

  /**
   * Reads an initial reachability matrix from a string and returns the SSIM it encodes.
   *
   * @param text the content of a matrix file
   * @return the SSIM the IRM encodes
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Ssim parseIrm(String text) {
    return read(text, MatrixReader.Mode.IRM).ssim();
  }

  /**
   * Reads an initial reachability matrix from a reader, which is not closed, and returns the SSIM
   * it encodes.
   *
   * @param reader the content of a matrix file
   * @return the SSIM the IRM encodes
   * @throws IOException when the reader fails
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Ssim parseIrm(Reader reader) throws IOException {
    return read(reader, MatrixReader.Mode.IRM).ssim();
  }

  /**
   * Reads an SSIM or an IRM and tells which it was.
   *
   * @param file a UTF-8 text file
   * @return the matrix read and its kind
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Parsed parseDetected(Path file) throws IOException {
    return read(file, MatrixReader.Mode.ANY);
  }

  /**
   * Reads an SSIM or an IRM from a string and tells which it was.
   *
   * @param text the content of a matrix file
   * @return the matrix read and its kind
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Parsed parseDetected(String text) {
    return read(text, MatrixReader.Mode.ANY);
  }

  /**
   * Reads an SSIM or an IRM from a reader and tells which it was; the reader is not closed.
   *
   * @param reader the content of a matrix file
   * @return the matrix read and its kind
   * @throws IOException when the reader fails
   * @throws SsimFormatException when the content is malformed, with its line and column
   */
  public Parsed parseDetected(Reader reader) throws IOException {
    return read(reader, MatrixReader.Mode.ANY);
  }

  /**
   * Reads an SSIM or an IRM from bytes and tells which it was, decoding them exactly as a file is
   * decoded: strictly as UTF-8, or as UTF-16 after a UTF-16 byte order mark. The stream is read to
   * its end and not closed.
   *
   * @param in the content of a matrix file, such as standard input
   * @return the matrix read and its kind
   * @throws IOException when the stream fails
   * @throws SsimFormatException when the content is malformed or not UTF-8, with its line and column
   */
  public Parsed parseDetected(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(TextSource.of(in), MatrixReader.Mode.ANY);
  }

  /**
   * Reads an SSIM from a table already split into cells, such as a worksheet
   * ({@link Workbook#sheet(String)}), by the rules above; a worksheet's errors name its sheet and
   * cell ({@link SsimFormatException#cell()}).
   *
   * @param table the table
   * @return the SSIM
   * @throws SsimFormatException when the content is malformed, with its position
   */
  public Ssim parse(DelimitedTable table) {
    return read(table, MatrixReader.Mode.SSIM).ssim();
  }

  /**
   * Reads an initial reachability matrix from a table already split into cells, such as a
   * worksheet, and returns the SSIM it encodes.
   *
   * @param table the table
   * @return the SSIM the IRM encodes
   * @throws SsimFormatException when the content is malformed, with its position
   */
  public Ssim parseIrm(DelimitedTable table) {
    return read(table, MatrixReader.Mode.IRM).ssim();
  }

  /**
   * Reads an SSIM or an IRM from a table already split into cells, such as a worksheet, and tells
   * which it was.
   *
   * @param table the table
   * @return the matrix read and its kind
   * @throws SsimFormatException when the content is malformed, with its position
   */
  public Parsed parseDetected(DelimitedTable table) {
    return read(table, MatrixReader.Mode.ANY);
  }

  private Parsed read(DelimitedTable table, MatrixReader.Mode mode) {
    Objects.requireNonNull(table, "table");
    try {
      return new MatrixReader(table.rowSource(), maxFactors, mode).read();
    } catch (SsimFormatException e) {
      throw table.locate(e);
    } catch (IOException e) {
      throw new AssertionError("a table in memory cannot fail to read", e);
    }
  }

  private Parsed read(Path file, MatrixReader.Mode mode) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(TextSource.of(in), mode);
    }
  }

  private Parsed read(String text, MatrixReader.Mode mode) {
    Objects.requireNonNull(text, "text");
    try {
      return read(TextSource.of(text), mode);
    } catch (IOException e) {
      throw new AssertionError("a string cannot fail to read", e);
    }
  }

  private Parsed read(Reader reader, MatrixReader.Mode mode) throws IOException {
    return read(TextSource.of(reader), mode);
  }

  /** Reads from a source, with or without the row scan as this parser says. */
  Parsed read(TextSource source, MatrixReader.Mode mode) throws IOException {
    Tokenizer tokenizer = new Tokenizer(source, MAX_CELL_CHARS, maxFactors + 2);
    return new MatrixReader(tokenizer, maxFactors, mode, scanRows).read();
  }

  @Override
  public String toString() {
    return "SsimParser[maxFactors=" + maxFactors + "]";
  }

  /** What a matrix file holds. */
  public enum Kind {
    /** A structural self-interaction matrix of V, A, X and O. */
    SSIM,
    /** An initial reachability matrix: a full square 0/1 matrix, diagonal 1. */
    IRM
  }

  /** A matrix read by {@link #parseDetected(Path)}: what it was and what it says. Immutable. */
  public static final class Parsed {
    private final Kind kind;
    private final Ssim ssim;

    Parsed(Kind kind, Labels labels, BitMatrix bits) {
      this.kind = kind;
      this.ssim = Ssim.of(labels, bits);
    }

    /**
     * Returns what the file held.
     *
     * @return {@link Kind#SSIM} or {@link Kind#IRM}
     */
    public Kind kind() {
      return kind;
    }

    /**
     * Returns the SSIM: as read, or the one an IRM encodes.
     *
     * @return the SSIM
     */
    public Ssim ssim() {
      return ssim;
    }

    @Override
    public String toString() {
      return "Parsed[" + kind + ", " + ssim.size() + " factors]";
    }
  }

  /** Sets up a {@link SsimParser}; not thread-safe. */
  public static final class Builder {
    private int maxFactors = DEFAULT_MAX_FACTORS;

    private Builder() {}

    /**
     * Sets the largest number of factors accepted; a file with more fails early, before anything of
     * size n² is allocated.
     *
     * @param maxFactors at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code maxFactors < 1}
     */
    public Builder maxFactors(int maxFactors) {
      if (maxFactors < 1 || maxFactors > Integer.MAX_VALUE - 3) {
        throw new IllegalArgumentException("maxFactors must be at least 1: " + maxFactors);
      }
      this.maxFactors = maxFactors;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return the parser
     */
    public SsimParser build() {
      return new SsimParser(maxFactors);
    }
  }
}
