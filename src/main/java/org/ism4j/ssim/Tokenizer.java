package org.ism4j.ssim;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ism4j.ssim.DelimitedTable.Delimiter;
import org.ism4j.ssim.DelimitedTable.Row;

/**
 * Splits text into rows of cells, one row at a time; the single tokenizer behind
 * {@link DelimitedTable} and {@link SsimParser}. See {@link DelimitedTable} for the rules. Not
 * thread-safe; iterative, constant stack depth.
 */
final class Tokenizer implements RowSource {
  /** Cells of one ASCII character are shared strings, so a big matrix makes few strings. */
  private static final String[] ONE_CHAR = new String[128];

  static {
    for (int c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf((char) c);
    }
  }

  private static final int NONE = -3;

  /** Delimiter detection looks at no more than this many characters. */
  static final int DETECT_LIMIT = 1 << 20;

  /** More consecutive blank lines (or blanks between two cells) than this are refused. */
  static final int MAX_BLANK_RUN = 100_000;

  private final TextSource source;
  private final int maxCellChars;
  private final int rowLimit;
  private boolean truncated;
  private int blankLines;
  private final StringBuilder lookahead = new StringBuilder();
  private int lookaheadPos;
  private int pushedBack = NONE;
  private int rawPushedBack = NONE;
  private boolean inQuotedCell;
  private final Delimiter delimiter;
  private final char delimiterChar;
  private final StringBuilder text = new StringBuilder();
  /** The current row's kept cells (null between rows): text, line and quotedness of cell k. */
  private String[] cells;
  private int[] cellLines;
  private boolean[] cellQuoted;
  private int kept;
  private int cellCount;
  private int line = 1;
  private boolean done;
  /**
   * Whether {@link #delimitedRow} may take the fast path: an empty cell or a cell of one printable
   * ASCII character, decided from the source's buffer without {@link #read()} character by character.
   */
  private final boolean fast;

  /**
   * Creates a tokenizer and detects the delimiter, reading ahead as far as the first line that has
   * more than one cell.
   *
   * @param source the characters
   * @param maxCellChars the longest cell accepted, in characters
   * @param rowLimit the most cells a row is read to: a row with more ends at cell
   *     {@code rowLimit + 1} ({@link Row#truncated()}) and nothing after it is read
   */
  Tokenizer(TextSource source, int maxCellChars, int rowLimit) throws IOException {
    this(source, maxCellChars, rowLimit, true);
  }

  /**
   * Creates a tokenizer with or without the fast path of {@link #delimitedRow} (the slow path alone
   * is the reference the fast path is tested against).
   */
  Tokenizer(TextSource source, int maxCellChars, int rowLimit, boolean fastPath) throws IOException {
    this.fast = fastPath && maxCellChars >= 1;
    this.source = source;
    this.maxCellChars = maxCellChars;
    this.rowLimit = rowLimit;
    this.delimiter = detect();
    this.delimiterChar = delimiter.character();
  }

  @Override
  public Delimiter delimiter() {
    return delimiter;
  }

  /**
   * Returns the next row, or null at the end of the text. A blank line (nothing but spaces, and
   * tabs unless tab is the delimiter) is a row with no cells.
   *
   * @param maxCells at most this many cells are kept; further cells are only counted (see
   *     {@link Row#totalCells()}), so an absurdly long row costs no memory
   * @return the row, or null
   * @throws SsimFormatException for an unclosed quote, text after a closing quote, a control
   *     character, undecodable bytes or an overlong cell
   */
  @Override
  public Row next(int maxCells) throws IOException {
    if (done) {
      return null;
    }
    int c = read();
    if (c == TextSource.EOF) {
      done = true;
      return null;
    }
    pushedBack = c;
    int rowLine = line;
    int capacity = Math.max(1, Math.min(maxCells, 64));
    cells = new String[capacity];
    cellLines = new int[capacity];
    cellQuoted = new boolean[capacity];
    kept = 0;
    cellCount = 0;
    boolean blank = delimiter == Delimiter.SPACES ? spaceRow(maxCells) : delimitedRow(maxCells);
    String[] rowCells = cells;
    cells = null;
    if (truncated) {
      done = true; // the rest of the row is never read
      return new Row(rowLine, rowCells, cellLines, cellQuoted, kept, cellCount, true);
    }
    if (blank) {
      if (++blankLines > MAX_BLANK_RUN) {
        throw new SsimFormatException(rowLine, 1, "",
            "more than " + MAX_BLANK_RUN + " blank lines in a row: not a table");
      }
      return new Row(rowLine, List.of(), 0);
    }
    blankLines = 0;
    return new Row(rowLine, rowCells, cellLines, cellQuoted, kept, cellCount, false);
  }

  /** The longest first cell {@link #scanRow} accepts as a label; a longer one takes {@link #next}. */
  static final int SCAN_MAX_LABEL = 256;

  /** The most spaces {@link #scanRow} accepts before or after a cell's symbol. */
  static final int SCAN_MAX_SPACES = 16;

  /** Characters enough for any cell {@link #scanRow} accepts, its delimiter and a CRLF. */
  private static final int SCAN_CELL = 2 * SCAN_MAX_SPACES + 8;

  /** The last row {@link #scanRow} accepted: its characters, line break included. */
  private int scanLength;
  /** The length of its first cell, when it was scanned as a label. */
  private int scanLabelLength;
  /** Whether it ends at the end of the input rather than at a line break. */
  private boolean scanAtEof;

  /**
   * The fast path of {@link MatrixReader}: looks at the next row without reading it, and tells
   * whether it is a plain matrix row, which {@link #next} would split exactly so: it starts at a
   * line of its own (no character pushed back), lies on that line, in the window of the source
   * (no undecodable bytes in it), and has exactly {@code width} cells of the delimiter (tab, comma
   * or semicolon, not spaces); the first cell, when {@code label}, is 0 to {@value #SCAN_MAX_LABEL}
   * printable ASCII characters other than {@code "}, and every other cell is at most
   * {@value #SCAN_MAX_SPACES} spaces, at most one printable ASCII character other than {@code "},
   * and at most {@value #SCAN_MAX_SPACES} spaces. Nothing is consumed either way: after true,
   * {@link #commitRow()} consumes the row, and without it (or after false) {@link #next} reads
   * the row as if this method had never been called.
   *
   * @param width the number of cells the row must have
   * @param label whether the first cell is a label
   * @param codes receives, at index k, the character of the k-th cell after the label (or of the
   *     k-th cell, without label), 0 for an empty cell; written also when false is returned
   * @return whether the row is plain
   */
  boolean scanRow(int width, boolean label, byte[] codes) throws IOException {
    if (!fast || done || delimiter == Delimiter.SPACES || width < 2 || pushedBack != NONE
        || rawPushedBack != NONE || lookaheadPos < lookahead.length()) {
      return false;
    }
    TextSource s = source;
    boolean eof = fillTo(0, label ? SCAN_MAX_LABEL + SCAN_CELL : SCAN_CELL) == TextSource.EOF;
    char[] b = s.buf;
    int q = s.pos;
    int end = s.limit;
    int d = delimiterChar;
    if (label) {
      int stop = Math.min(end, q + SCAN_MAX_LABEL + 1);
      while (q < stop) {
        int c = b[q];
        if (c == d || c < ' ' || c >= 0x7F || c == '"') {
          break;
        }
        q++;
      }
      if (q == stop || b[q] != d) {
        return false;
      }
      scanLabelLength = q - s.pos;
      q++;
    }
    int cells = label ? width - 1 : width;
    int j = 0;
    int c;
    while (true) {
      // the cells of nearly every row: empty, or one symbol, and the delimiter after it
      while (j < cells && q < end - 1) {
        int c0 = b[q];
        if (c0 == d) {
          // a run of empty cells (an SSIM's lower triangle): count it, then clear its codes at once
          int from = q;
          int stop = Math.min(end - 1, q + (cells - j));
          do {
            q++;
          } while (q < stop && b[q] == d);
          int run = q - from;
          Arrays.fill(codes, j, j + run, (byte) 0);
          j += run;
          continue;
        }
        if (b[q + 1] != d || (char) (c0 - '!') > '~' - '!' || c0 == '"') {
          break;
        }
        codes[j++] = (byte) c0;
        q += 2;
      }
      if (end - q < SCAN_CELL && !eof) {
        int offset = q - s.pos;
        eof = fillTo(offset, SCAN_CELL) == TextSource.EOF;
        b = s.buf;
        q = s.pos + offset;
        end = s.limit;
      }
      // any other cell, the last of the row, and the window's end
      c = q < end ? b[q] : -1;
      int spaces = 0;
      while (c == ' ') {
        if (++spaces > SCAN_MAX_SPACES) {
          return false;
        }
        c = ++q < end ? b[q] : -1;
      }
      int code = 0;
      if (c > ' ' && c < 0x7F && c != '"' && c != d) {
        code = c;
        c = ++q < end ? b[q] : -1;
        spaces = 0;
        while (c == ' ') {
          if (++spaces > SCAN_MAX_SPACES) {
            return false;
          }
          c = ++q < end ? b[q] : -1;
        }
      }
      if (j == cells) {
        return false;
      }
      codes[j++] = (byte) code;
      if (c == d) {
        q++;
        continue;
      }
      if (c == '\n') {
        q++;
      } else if (c == '\r') {
        q++;
        if (q < end) {
          if (b[q] == '\n') {
            q++;
          }
        } else if (!eof) {
          return false;
        }
      } else if (c != -1 || !eof) {
        return false; // a control character, non-ASCII, a quote, a second character, or no more window
      }
      break;
    }
    if (j != cells) {
      return false;
    }
    scanLength = q - s.pos;
    scanAtEof = c == -1;
    return true;
  }

  /**
   * Fills the source's window until it holds {@code offset + count} characters; returns 0, or
   * {@link TextSource#EOF} or {@link TextSource#NOT_BUFFERED} when it cannot.
   */
  private int fillTo(int offset, int count) throws IOException {
    while (source.limit - source.pos < offset + count) {
      int r = source.fillMore();
      if (r < 0) {
        return r;
      }
    }
    return 0;
  }

  /** The first cell of the row {@link #scanRow} accepted with a label, as {@link #next} would give its text. */
  String scannedLabel() {
    return new String(source.buf, source.pos, scanLabelLength);
  }

  /** Consumes the row {@link #scanRow} accepted; no other call on this tokenizer may come between. */
  void commitRow() {
    source.skip(scanLength);
    blankLines = 0;
    if (scanAtEof) {
      done = true;
    } else {
      line++;
    }
  }

  /** The line the next row starts at. */
  int line() {
    return line;
  }

  /** Reads one row of a tab, comma or semicolon file; returns whether it was a blank line. */
  private boolean delimitedRow(int maxCells) throws IOException {
    boolean onlyBlanks = true;
    while (true) {
      if (fast && pushedBack == NONE && rawPushedBack == NONE && lookaheadPos >= lookahead.length()) {
        // the common cells of a matrix: empty, or one symbol, then the delimiter or \n
        int c0 = source.peek(0);
        if (c0 == delimiterChar) {
          source.skip(1);
          onlyBlanks = false;
          keep("", line, cellCount + 1, false, maxCells);
          if (truncated) {
            return false;
          }
          continue;
        }
        if (c0 > ' ' && c0 < 0x7F && c0 != '"') {
          int c1 = source.peek(1);
          if (c1 == delimiterChar || c1 == '\n') {
            source.skip(2);
            onlyBlanks = false;
            keep(ONE_CHAR[c0], line, cellCount + 1, false, maxCells);
            if (truncated) {
              return false;
            }
            if (c1 == '\n') {
              line++;
              return false;
            }
            continue;
          }
        }
      }
      int cellLine = line;
      int column = cellCount + 1;
      text.setLength(0);
      int c = read();
      while (c == ' ' || (c == '\t' && delimiterChar != '\t')) {
        append(c, cellLine, column);
        c = read();
      }
      boolean quoted = false;
      if (c == '"') {
        onlyBlanks = false;
        quoted = true;
        text.setLength(0);
        c = quoted(cellLine, column);
        while (c == ' ' || (c == '\t' && delimiterChar != '\t')) {
          c = read();
        }
        if (c != delimiterChar && c != '\n' && c != TextSource.EOF) {
          throw afterQuote(c, column);
        }
      } else {
        while (c != delimiterChar && c != '\n' && c != TextSource.EOF) {
          onlyBlanks = false;
          append(c, cellLine, column);
          c = read();
        }
      }
      if (c == delimiterChar) {
        onlyBlanks = false;
      }
      addCell(cellLine, column, quoted, maxCells);
      if (truncated) {
        return false;
      }
      if (c == '\n') {
        line++;
        return onlyBlanks;
      }
      if (c == TextSource.EOF) {
        done = true;
        return onlyBlanks;
      }
    }
  }

  /** Reads one row of a space-separated file; returns whether it was a blank line. */
  private boolean spaceRow(int maxCells) throws IOException {
    while (true) {
      int c = read();
      int run = 0;
      while (c == ' ' || c == '\t') {
        if (++run > MAX_BLANK_RUN) {
          throw new SsimFormatException(line, cellCount + 1, "",
              "more than " + MAX_BLANK_RUN + " spaces in a row: not a table");
        }
        c = read();
      }
      if (c == '\n') {
        line++;
        return cellCount == 0;
      }
      if (c == TextSource.EOF) {
        done = true;
        return cellCount == 0;
      }
      int cellLine = line;
      int column = cellCount + 1;
      text.setLength(0);
      boolean quoted = c == '"';
      if (quoted) {
        c = quoted(cellLine, column);
        if (c != ' ' && c != '\t' && c != '\n' && c != TextSource.EOF) {
          throw afterQuote(c, column);
        }
      } else {
        while (c != ' ' && c != '\t' && c != '\n' && c != TextSource.EOF) {
          append(c, cellLine, column);
          c = read();
        }
      }
      addCell(cellLine, column, quoted, maxCells);
      if (truncated) {
        return false;
      }
      pushedBack = c;
    }
  }

  /**
   * Reads a quoted cell after its opening quote, into {@link #text}; returns the character after
   * the closing quote.
   */
  private int quoted(int cellLine, int column) throws IOException {
    inQuotedCell = true;
    while (true) {
      int c = read();
      if (c == TextSource.EOF) {
        throw new SsimFormatException(
            cellLine, column, "\"" + preview(), "unclosed quote (the cell runs to the end of the file)");
      }
      if (c == '"') {
        c = read();
        if (c != '"') {
          inQuotedCell = false;
          return c;
        }
      } else if (c == '\n') {
        line++;
      }
      append(c, cellLine, column);
    }
  }

  private SsimFormatException afterQuote(int c, int column) {
    String ch = String.valueOf((char) c);
    return new SsimFormatException(line, column, ch,
        "unexpected '" + ch + "' after the closing quote (a quote inside a quoted cell is written \"\")");
  }

  private void append(int c, int cellLine, int column) {
    if (text.length() >= maxCellChars) {
      throw new SsimFormatException(cellLine, column, preview(),
          "cell longer than " + maxCellChars + " characters"
              + (inQuotedCell ? " (is a quote left open?)" : ""));
    }
    text.append((char) c);
  }

  private String preview() {
    return text.length() <= 20 ? text.toString() : text.substring(0, 20) + "…";
  }

  private void addCell(int cellLine, int column, boolean quoted, int maxCells) {
    int len = text.length();
    String s;
    if (len == 1 && text.charAt(0) < 128) {
      s = ONE_CHAR[text.charAt(0)];
    } else if (len == 0) {
      s = "";
    } else if (kept < maxCells) {
      s = text.toString();
    } else {
      s = null; // counted, not kept
    }
    keep(s, cellLine, column, quoted, maxCells);
  }

  /** Counts a cell and keeps it when the row has room. */
  private void keep(String s, int cellLine, int column, boolean quoted, int maxCells) {
    cellCount++;
    if (cellCount > rowLimit) {
      truncated = true;
    }
    if (kept < maxCells) {
      if (kept == cells.length) {
        int grown = (int) Math.min((long) maxCells, 2L * kept);
        cells = java.util.Arrays.copyOf(cells, grown);
        cellLines = java.util.Arrays.copyOf(cellLines, grown);
        cellQuoted = java.util.Arrays.copyOf(cellQuoted, grown);
      }
      cells[kept] = s;
      cellLines[kept] = cellLine;
      cellQuoted[kept] = quoted;
      kept++;
    }
  }

  /**
   * Returns the next character, every line break ({@code \n}, {@code \r\n} or a lone {@code \r}) as
   * {@code \n}; rejects control characters and undecodable bytes with their position.
   */
  private int read() throws IOException {
    if (pushedBack != NONE) {
      int c = pushedBack;
      pushedBack = NONE;
      return c;
    }
    int c = raw();
    if (c == '\r') {
      if (lookaheadPos >= lookahead.length() && rawPushedBack == NONE) {
        // look at the next character in the window rather than read it, so that a lone \r
        // leaves nothing pushed back (which would keep the next row from scanRow)
        int next = source.peek(0);
        if (next == TextSource.NOT_BUFFERED && source.fillMore() > 0) {
          next = source.peek(0);
        }
        if (next == '\n') {
          source.skip(1);
          return '\n';
        }
        if (next != TextSource.NOT_BUFFERED) {
          return '\n';
        }
      }
      int d = raw();
      if (d != '\n') {
        rawPushedBack = d;
      }
      return '\n';
    }
    if (isControl(c) && c != '\t' && c != '\n') {
      int column = cells == null ? 1 : cellCount + 1;
      String code = String.format(Locale.ROOT, "U+%04X", c);
      throw new SsimFormatException(line, column, code,
          (c == 0 ? "NUL character" : "control character " + code)
              + ": binary data, not a text file");
    }
    if (c == '\uFEFF') {
      int column = cells == null ? 1 : cellCount + 1;
      throw new SsimFormatException(line, column, "U+FEFF",
          "byte order mark (U+FEFF) inside the text: only the very start may have one"
              + " (a file saved twice with a BOM?); remove it");
    }
    if (c == TextSource.MALFORMED) {
      int column = cells == null ? 1 : cellCount + 1;
      String bytes = source.malformedBytes();
      String encoding = source.encoding();
      throw new SsimFormatException(line, column, bytes,
          "not " + encoding + " text: byte" + (bytes.indexOf(' ') >= 0 ? "s " : " ") + bytes
              + " (binary data, or save the file as " + encoding + ")");
    }
    return c;
  }

  /** C0 controls, DEL and the C1 controls U+0080 to U+009F. */
  static boolean isControl(int c) {
    return (c >= 0 && c < 0x20) || (c >= 0x7F && c <= 0x9F);
  }

  private int raw() throws IOException {
    if (rawPushedBack != NONE) {
      int c = rawPushedBack;
      rawPushedBack = NONE;
      return c;
    }
    if (lookaheadPos < lookahead.length()) {
      return lookahead.charAt(lookaheadPos++);
    }
    return source.read();
  }

  /**
   * Reads ahead to the first line with more than one cell and picks the delimiter from it (see
   * {@link DelimitedTable}); the characters read stay in {@link #lookahead}. Reads at most
   * {@value #DETECT_LIMIT} characters, stops at the first tab outside quotes (which decides) and
   * at the first control character or byte order mark (which the tokenizer then refuses), so the
   * look-ahead stays small whatever the input.
   */
  private Delimiter detect() throws IOException {
    boolean inQuote = false;
    boolean quoteInQuote = false;
    boolean fieldStart = true;
    int semicolons = 0;
    int commas = 0;
    boolean content = false;
    boolean space = false;
    boolean interiorSpace = false;
    while (true) {
      if (lookahead.length() >= DETECT_LIMIT) {
        break;
      }
      int c = source.read();
      if (c < 0) {
        break;
      }
      lookahead.append((char) c);
      if ((isControl(c) && c != '\t' && c != '\n' && c != '\r') || c == '\uFEFF') {
        break;
      }
      if (inQuote) {
        if (quoteInQuote) {
          quoteInQuote = false;
          if (c == '"') {
            continue; // "" inside quotes
          }
          inQuote = false; // the quote before closed the cell; read c as outside
        } else {
          if (c == '"') {
            quoteInQuote = true;
          }
          continue;
        }
      }
      if (c == '"' && fieldStart) {
        inQuote = true;
        if (space && content) {
          interiorSpace = true;
        }
        content = true;
        space = false;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (semicolons > 0 || commas > 0 || interiorSpace) {
          break;
        }
        content = false;
        space = false;
        fieldStart = true;
        continue;
      }
      fieldStart = true;
      switch (c) {
        case '\t':
          return Delimiter.TAB; // a tab outside quotes decides at once
        case ';':
          semicolons++;
          break;
        case ',':
          commas++;
          break;
        case ' ':
          space = true;
          break;
        default:
          fieldStart = false;
          if (space && content) {
            interiorSpace = true;
          }
          content = true;
          space = false;
      }
    }
    if (semicolons > 0 || commas > 0) {
      return semicolons >= commas ? Delimiter.SEMICOLON : Delimiter.COMMA;
    }
    return interiorSpace ? Delimiter.SPACES : Delimiter.TAB;
  }
}
