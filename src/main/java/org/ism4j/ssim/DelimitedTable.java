package org.ism4j.ssim;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A delimited text table as researchers keep them (tab-, comma-, semicolon- or space-separated),
 * split into rows of cells that remember their position. Knows nothing about SSIMs: it is the
 * tokenizer behind {@link SsimParser}, public for other tables (published level tables,
 * {@code factor<TAB>level} files, ...). Immutable.
 *
 * <pre>{@code
 * DelimitedTable t = DelimitedTable.read(Path.of("levels.tsv"));
 * for (DelimitedTable.Row row : t.rows()) {
 *   DelimitedTable.Cell c = row.cell(0);   // c.text(), c.line(), c.column()
 * }
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Encoding.</b> Files and streams are UTF-8, decoded strictly: invalid bytes are an
 *       error at their line, not replaced. A UTF-8 byte order mark is dropped; a UTF-16 byte order
 *       mark (Excel's "Unicode text") switches to strict UTF-16. A leading {@code U+FEFF} in a
 *       string or reader is dropped too. Control characters other than tab, line feed and carriage
 *       return (a NUL byte, say), {@code U+007F} and the C1 controls {@code U+0080} to
 *       {@code U+009F} are an error: binary data is never read as text. So is a byte order mark
 *       ({@code U+FEFF}) anywhere but at the very start (a second one, say).
 *   <li><b>Lines.</b> A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}; the last line
 *       needs no line break. Lines are numbered from 1.
 *   <li><b>Delimiter.</b> Detected from the first line that holds more than one cell, ignoring
 *       quoted cells: a tab if it has one; else semicolon or comma, whichever occurs more
 *       often (semicolon on a tie); else runs of spaces when words on it are separated by spaces.
 *       When no line has any of these, the text is one column and {@link #delimiter()} reports
 *       {@link Delimiter#TAB}. An unquoted comma inside a cell of a comma file (or semicolon in a
 *       semicolon file) therefore splits the cell: quote such cells.
 *   <li><b>Quotes</b>, as spreadsheets write CSV: a cell that starts with {@code "} (after optional
 *       spaces) runs to the next lone {@code "}; inside it {@code ""} is one quote and delimiters and
 *       line breaks are text. After the closing quote only spaces may come before the delimiter or
 *       the end of the line. A {@code "} inside an unquoted cell is an ordinary character. A quote
 *       left open is an error at the cell where it opened.
 *   <li><b>Tab, comma, semicolon</b>: every delimiter separates two cells, so {@code a,,b} has an
 *       empty middle cell and a trailing delimiter makes a trailing empty cell. Cell text is kept
 *       as written (not trimmed), except the spaces around a quoted cell.
 *   <li><b>Spaces</b>: cells are separated by runs of spaces and tabs; leading and trailing ones do
 *       not make empty cells, so there are no empty cells unless quoted ({@code ""}). Cells that
 *       contain spaces must be quoted.
 *   <li><b>Blank lines</b> (nothing but spaces, and tabs unless the delimiter is tab) are rows with
 *       no cells; blank lines at the end of the text are dropped.
 *   <li><b>Positions.</b> {@link Row#line()} and {@link Cell#line()} are the physical line where
 *       the row or cell starts; {@link Cell#column()} is the 1-based index of the cell in its row
 *       (the field number, not a character offset). A quoted cell with a line break in it makes its
 *       row span several lines; later cells keep counting from the row's first cell.
 * </ul>
 *
 * <p>Every problem is a {@link SsimFormatException} with the line and column (cell) where it is.
 * The whole table is kept in memory; {@link SsimParser} uses the same tokenizer one row at a time.
 * Hostile input is refused while it is read, before it can fill the memory: a cell of more than
 * 100,000 characters, a row of more than 100,000 cells, more than 4,000,000 cells in all, more
 * than 100,000 blank lines (or spaces between two cells of a space-separated table) in a row, a
 * control character (C0 but tab and line breaks, DEL, C1 such as {@code U+0085}) and a byte order
 * mark anywhere but at the very start. Memory is then at most some 50 bytes per cell plus two
 * per character of text, and the delimiter is detected from at most the first 1,048,576
 * characters.
 *
 * <h2>Worksheets</h2>
 *
 * <p>A worksheet of a {@link Workbook} is a table too, so every reader of tables reads it
 * unchanged: its rows are the sheet's rows from the first to the last that holds a value, each
 * with one cell per column of the used range (empty cells are empty text), a row with no value
 * being blank. {@link Row#line()} and {@link Cell#line()} are the sheet's row numbers and
 * {@link Cell#column()} counts cells from the first column of the used range, as in a text row;
 * {@link Cell#reference()} is the sheet's own cell ({@code F7}), and {@link #locate} turns a
 * reader's {@link SsimFormatException} into one that names the sheet and the cell.
 */
public final class DelimitedTable {
  private final Delimiter delimiter;
  private final List<Row> rows;
  /** The worksheet, or null for text. */
  private final String sheet;

  private DelimitedTable(Delimiter delimiter, List<Row> rows) {
    this(delimiter, rows, null);
  }

  private DelimitedTable(Delimiter delimiter, List<Row> rows, String sheet) {
    this.delimiter = delimiter;
    this.rows = rows;
    this.sheet = sheet;
  }

  /** A worksheet's table: rows built by {@link Workbook}, cells carrying their sheet origin. */
  static DelimitedTable ofSheet(String sheet, List<Row> rows) {
    return new DelimitedTable(Delimiter.TAB, ImmutableList.copyOf(rows), sheet);
  }

  /**
   * Reads a table from a string.
   *
   * @param text the table
   * @return the table
   * @throws SsimFormatException for an unclosed quote, text after a closing quote, or a control
   *     character, with its position
   */
  public static DelimitedTable read(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return read(TextSource.of(text));
    } catch (IOException e) {
      throw new AssertionError("a string cannot fail to read", e);
    }
  }

  /**
   * Reads a table from a file, decoding it strictly as UTF-8 (or UTF-16 after a UTF-16 byte order
   * mark).
   *
   * @param file the file
   * @return the table
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException for undecodable bytes, a control character, an unclosed quote or
   *     text after a closing quote, with its position
   */
  public static DelimitedTable read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a table from bytes, decoding them as {@link #read(Path)} decodes a file: strictly as
   * UTF-8 (or UTF-16 after a UTF-16 byte order mark). The stream is read to its end and not closed.
   *
   * @param in the table, such as standard input
   * @return the table
   * @throws IOException when the stream fails
   * @throws SsimFormatException for undecodable bytes, a control character, an unclosed quote or
   *     text after a closing quote, with its position
   */
  public static DelimitedTable read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(TextSource.of(in));
  }

  /**
   * Reads a table from a reader, which is read to its end and not closed.
   *
   * @param reader the table
   * @return the table
   * @throws IOException when the reader fails
   * @throws SsimFormatException for an unclosed quote, text after a closing quote, or a control
   *     character, with its position
   */
  public static DelimitedTable read(Reader reader) throws IOException {
    return read(TextSource.of(reader));
  }

  /** The most cells a row of a text table may have. */
  static final int MAX_ROW_CELLS = 100_000;

  /** The most cells a text table may have in all. */
  static final int MAX_CELLS = 4_000_000;

  private static DelimitedTable read(TextSource source) throws IOException {
    Tokenizer t = new Tokenizer(source, SsimParser.MAX_CELL_CHARS, MAX_ROW_CELLS);
    List<Row> rows = new ArrayList<>();
    int nonBlank = 0;
    long cells = 0;
    for (Row row = t.next(MAX_ROW_CELLS); row != null; row = t.next(MAX_ROW_CELLS)) {
      if (row.truncated()) {
        throw new SsimFormatException(row.line(), MAX_ROW_CELLS + 1, "",
            "row has more than " + MAX_ROW_CELLS + " cells (the most a table row may have)");
      }
      cells += row.totalCells();
      if (cells > MAX_CELLS) {
        throw new SsimFormatException(row.line(), 1, "",
            "more than " + MAX_CELLS + " cells (the most a table read into memory may have)");
      }
      rows.add(row);
      if (!row.isBlank()) {
        nonBlank = rows.size();
      }
    }
    return new DelimitedTable(t.delimiter(), ImmutableList.copyOf(rows.subList(0, nonBlank)));
  }

  /**
   * Returns the delimiter that was detected.
   *
   * @return the delimiter; {@link Delimiter#TAB} for a text with one column and for a worksheet
   */
  public Delimiter delimiter() {
    return delimiter;
  }

  /**
   * Returns the worksheet this table was read from.
   *
   * @return the sheet's name, or empty for a text table
   */
  public java.util.Optional<String> sheet() {
    return java.util.Optional.ofNullable(sheet);
  }

  /**
   * Returns a reader's error about this table at its true position: for a worksheet, the same
   * problem at the sheet's cell (its {@link SsimFormatException#sheet()} and
   * {@link SsimFormatException#cell()} set, the column counted from the sheet's column A); for
   * text, {@code e} itself. Readers of tables call it on what they throw, so that their messages
   * are computed from {@link Cell#line()} and {@link Cell#column()} alone.
   *
   * @param e an error whose line and column are positions in this table
   * @return the error positioned in the sheet, or {@code e}
   */
  public SsimFormatException locate(SsimFormatException e) {
    if (sheet == null || e.sheet().isPresent()) {
      return e;
    }
    return e.at(e.line(), e.column() + columnOffset(), sheet);
  }

  /** How many sheet columns lie left of the table's first column; 0 for text. */
  private int columnOffset() {
    for (Row row : rows) {
      if (!row.cells().isEmpty()) {
        return row.cell(0).columnOffset;
      }
    }
    return 0;
  }

  /** The rows, blank ones included, as a source for {@link MatrixReader}. */
  RowSource rowSource() {
    java.util.Iterator<Row> it = rows.iterator();
    boolean isSheet = sheet != null;
    return new RowSource() {
      @Override
      public Row next(int maxCells) {
        return it.hasNext() ? it.next() : null;
      }

      @Override
      public Delimiter delimiter() {
        return delimiter;
      }

      @Override
      public boolean isSheet() {
        return isSheet;
      }
    };
  }

  /**
   * Returns the rows in file order, blank lines inside the table included (as rows with no cells),
   * blank lines at the end left out.
   *
   * @return the immutable rows, empty for an empty or blank text
   */
  public List<Row> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return "DelimitedTable[" + delimiter + ", " + rows.size() + " rows]";
  }

  /** How the cells of a line are separated. */
  public enum Delimiter {
    /** One tab between two cells. */
    TAB('\t'),
    /** One comma between two cells. */
    COMMA(','),
    /** One semicolon between two cells. */
    SEMICOLON(';'),
    /** A run of spaces (and tabs) between two cells. */
    SPACES(' ');

    private final char character;

    Delimiter(char character) {
      this.character = character;
    }

    /**
     * Returns the delimiting character.
     *
     * @return tab, comma, semicolon, or space for {@link #SPACES}
     */
    public char character() {
      return character;
    }
  }

  /** One line of the table (or several, when a quoted cell spans lines). Immutable. */
  public static final class Row {
    private final int line;
    /** A worksheet's cells; null for a row of text, whose cells are made on demand from the arrays. */
    private final List<Cell> cells;
    private final int totalCells;

    private final boolean truncated;
    /** A text row's cells: cell k is texts[k] at line lines[k], column k + 1, quoted[k]. */
    private final String[] texts;
    private final int[] lines;
    private final boolean[] quoted;
    private final int size;

    Row(int line, List<Cell> cells, int totalCells) {
      this(line, cells, totalCells, false);
    }

    Row(int line, List<Cell> cells, int totalCells, boolean truncated) {
      this.line = line;
      this.cells = cells;
      this.totalCells = totalCells;
      this.truncated = truncated;
      this.texts = null;
      this.lines = null;
      this.quoted = null;
      this.size = cells.size();
    }

    /** A row of text; the arrays are owned by the row from now on. */
    Row(int line, String[] texts, int[] lines, boolean[] quoted, int size, int totalCells, boolean truncated) {
      this.line = line;
      this.cells = null;
      this.texts = texts;
      this.lines = lines;
      this.quoted = quoted;
      this.size = size;
      this.totalCells = totalCells;
      this.truncated = truncated;
    }

    /** The text of cell k, as {@code cell(k).text()} without making the cell. */
    String text(int index) {
      if (cells != null) {
        return cells.get(index).text();
      }
      java.util.Objects.checkIndex(index, size);
      return texts[index];
    }

    /**
     * Whether the tokenizer stopped reading this row at its row limit: {@link #totalCells()} is
     * then one more than the limit, and the rest of the row was never read.
     */
    boolean truncated() {
      return truncated;
    }

    /**
     * Returns the line where the row starts.
     *
     * @return the 1-based line
     */
    public int line() {
      return line;
    }

    /**
     * Returns the cells. Immutable: a snapshot that never changes.
     *
     * @return the cells in order, empty for a blank line
     */
    public List<Cell> cells() {
      if (cells != null) {
        return cells;
      }
      List<Cell> all = new ArrayList<>(size);
      for (int k = 0; k < size; k++) {
        all.add(cell(k));
      }
      return java.util.Collections.unmodifiableList(all);
    }

    /**
     * Returns the number of cells.
     *
     * @return the number of cells, 0 for a blank line
     */
    public int size() {
      return size;
    }

    /**
     * Returns one cell.
     *
     * @param index the 0-based index, one less than the cell's {@link Cell#column()}
     * @return the cell
     * @throws IndexOutOfBoundsException when the row has no such cell
     */
    public Cell cell(int index) {
      if (cells != null) {
        return cells.get(index);
      }
      java.util.Objects.checkIndex(index, size);
      return new Cell(texts[index], lines[index], index + 1, quoted[index]);
    }

    /**
     * Returns the texts of the cells. Immutable: a snapshot that never changes.
     *
     * @return a new list of the cells' {@link Cell#text()}
     */
    public List<String> texts() {
      List<String> all = new ArrayList<>(size);
      for (int k = 0; k < size; k++) {
        all.add(text(k));
      }
      return all;
    }

    /**
     * Returns whether the row is a blank line.
     *
     * @return whether it has no cells
     */
    public boolean isBlank() {
      return totalCells == 0;
    }

    /** The number of cells in the line, including cells the tokenizer counted but did not keep. */
    int totalCells() {
      return totalCells;
    }

    @Override
    public String toString() {
      return "line " + line + ": " + texts();
    }
  }

  /** One cell: its text and position. Immutable. */
  public static final class Cell {
    private final String text;
    private final int line;
    private final int column;
    private final boolean quoted;
    /** For a worksheet cell, the sheet columns left of the table; -1 for text. */
    private final int columnOffset;

    Cell(String text, int line, int column, boolean quoted) {
      this(text, line, column, quoted, -1);
    }

    /** A worksheet cell at sheet row {@code line}, sheet column {@code column + columnOffset}. */
    Cell(String text, int line, int column, boolean quoted, int columnOffset) {
      this.text = text;
      this.line = line;
      this.column = column;
      this.quoted = quoted;
      this.columnOffset = columnOffset;
    }

    /**
     * Returns the worksheet cell this cell was read from.
     *
     * @return the reference such as {@code F7}, or empty for a cell of text
     */
    public java.util.Optional<String> reference() {
      return columnOffset < 0 ? java.util.Optional.empty()
          : java.util.Optional.of(Workbook.cellReference(line, column + columnOffset));
    }

    /**
     * Returns the position for messages.
     *
     * @return {@code line 4, column 7} for text, the {@link #reference()} such as {@code F7} for a
     *     worksheet cell
     */
    public String position() {
      return reference().orElseGet(() -> "line " + line + ", column " + column);
    }

    /**
     * Returns the text as written, without enclosing quotes and with {@code ""} read as {@code "};
     * not trimmed.
     *
     * @return the text, possibly empty
     */
    public String text() {
      return text;
    }

    /**
     * Returns the line where the cell starts.
     *
     * @return the 1-based line; a worksheet's row number
     */
    public int line() {
      return line;
    }

    /**
     * Returns the position of the cell in its row.
     *
     * @return the 1-based cell (field) index; in a worksheet, counted from the first column of the
     *     used range
     */
    public int column() {
      return column;
    }

    /**
     * Returns whether the cell was written in double quotes.
     *
     * @return whether it was quoted
     */
    public boolean quoted() {
      return quoted;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Cell)) {
        return false;
      }
      Cell c = (Cell) o;
      return c.text.equals(text) && c.line == line && c.column == column && c.quoted == quoted;
    }

    @Override
    public int hashCode() {
      return Objects.hash(text, line, column, quoted);
    }

    @Override
    public String toString() {
      return line + ":" + column + " '" + text + "'";
    }
  }
}
