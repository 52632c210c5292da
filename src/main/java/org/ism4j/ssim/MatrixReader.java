package org.ism4j.ssim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.ism4j.internal.BitMatrix;
import org.ism4j.ssim.DelimitedTable.Cell;
import org.ism4j.ssim.DelimitedTable.Row;
import org.ism4j.ssim.SsimParser.Kind;

/**
 * One run of {@link SsimParser}: reads the rows of a {@link RowSource} (text or a worksheet) one at a time and checks
 * every cell as it comes, so memory is the n×n bit matrix plus one row of cells. The rules are
 * documented on {@link SsimParser}. Not thread-safe, used once.
 */
final class MatrixReader {
  /** What the caller asked for. */
  enum Mode {
    SSIM,
    IRM,
    ANY
  }

  private static final String SSIM_SYMBOLS = "V, A, X or O";

  private final RowSource tokenizer;
  private final int maxFactors;
  private final Mode mode;
  /** The kind of matrix, once known; null while an ANY read has seen only diagonal 1s. */
  private Kind kind;

  private final List<Row> ahead = new ArrayList<>(3);
  private final List<Integer> aheadBlank = new ArrayList<>(3);
  private boolean seenRow;
  private int pendingBlank;
  /** The line of the blank line before the row last returned by {@link #nextRow}, or 0. */
  private int blankBefore;

  private String[] labels;
  /** Header labels' positions, for messages; null without a header. */
  private Row header;
  private int headerOffset;
  private BitMatrix.Builder bits;
  /**
   * The backward bits of the current band of 64 rows, row-wise: the backward bit of upper cell
   * (i, j) is bit j of band row i % 64. Written down column j of {@link #bits} one cell at a time, they
   * cost a cache line each; a band is ORed in transposed, 64×64 bits at a time, when it is full.
   */
  private long[] band;
  private int bandWords;
  private boolean bandDirty;
  /** The first row of the band being filled, a multiple of 64. */
  private int bandFirst;
  /**
   * The tokenizer when its rows may be scanned ({@link Tokenizer#scanRow}) and decoded straight into
   * bits; null when the rows are not text or the fast path is off.
   */
  private final Tokenizer scanner;
  /** The cells of the row just scanned, one character each (0 for empty). */
  private byte[] codes;
  /** How many rows the fast path read, for tests. */
  private int scannedRows;

  /** A scanned SSIM cell's relation: bit 0 forward, bit 1 backward; -1 for no relation symbol. */
  private static final byte[] SSIM_CODE = new byte[128];
  /** A scanned IRM cell's bit; -1 for neither 0 nor 1. */
  private static final byte[] IRM_CODE = new byte[128];

  static {
    java.util.Arrays.fill(SSIM_CODE, (byte) -1);
    java.util.Arrays.fill(IRM_CODE, (byte) -1);
    for (Relation r : Relation.values()) {
      byte code = (byte) ((r.forward() ? 1 : 0) | (r.backward() ? 2 : 0));
      SSIM_CODE[r.symbol()] = code;
      SSIM_CODE[Character.toLowerCase(r.symbol())] = code;
    }
    IRM_CODE['0'] = 0;
    IRM_CODE['1'] = 1;
  }
  /** An ANY read's empty or - first diagonal cell, wrong if the matrix turns out to be an IRM. */
  private Cell pendingDiagonal;
  private int pendingDiagonalIndex;

  MatrixReader(RowSource tokenizer, int maxFactors, Mode mode) {
    this(tokenizer, maxFactors, mode, true);
  }

  /**
   * Creates a reader with or without the fast path for plain text rows ({@link #scannedRow}); the
   * exact path alone is the reference the fast path is tested against.
   */
  MatrixReader(RowSource tokenizer, int maxFactors, Mode mode, boolean scanRows) {
    this.tokenizer = tokenizer;
    this.scanner = scanRows && tokenizer instanceof Tokenizer ? (Tokenizer) tokenizer : null;
    this.maxFactors = maxFactors;
    this.mode = mode;
    this.kind = mode == Mode.SSIM ? Kind.SSIM : mode == Mode.IRM ? Kind.IRM : null;
  }

  /** How many rows the fast path read ({@link #scannedRow}); for tests. */
  int scannedRows() {
    return scannedRows;
  }

  SsimParser.Parsed read() throws IOException {
    Row first = nextRow(maxFactors + 2);
    if (first == null) {
      throw new SsimFormatException(1, 1, "", tokenizer.isSheet() ? "empty sheet" : "empty file");
    }
    if (first.totalCells() > maxFactors + 1) {
      String c0 = strip(first.cell(0));
      throw tooManyFactors(first, c0.isEmpty() || !isMatrixToken(c0) ? maxFactors + 2 : maxFactors + 1);
    }
    boolean labelColumn;
    int n;
    Shape shape = isHeader(first) ? Shape.HEADER : shape(first);
    if (shape != Shape.NONE) {
      header = first;
      int h = first.size();
      Row data = peek(0);
      if (shape == Shape.CORNER) {
        labelColumn = true;
        headerOffset = 1;
      } else if (shape == Shape.NO_CORNER) {
        labelColumn = true;
        headerOffset = 0;
      } else if (shape == Shape.ONE_LABEL) {
        labelColumn = false;
        headerOffset = 0;
      } else if (strip(first.cell(0)).isEmpty()) {
        labelColumn = true;
        headerOffset = 1;
      } else if (data != null && data.totalCells() == h + 1) {
        labelColumn = true; // the corner cell is left out
        headerOffset = 0;
      } else {
        labelColumn = hasLabelColumn(h);
        headerOffset = labelColumn ? 1 : 0;
      }
      n = h - headerOffset;
      if (n > maxFactors) {
        throw tooManyFactors(first, headerOffset + maxFactors + 1);
      }
      labels = new String[n];
      Map<String, Cell> seen = new HashMap<>();
      for (int j = 0; j < n; j++) {
        Cell cell = first.cell(headerOffset + j);
        String label = strip(cell);
        if (label.isEmpty()) {
          throw error(cell, "", "empty label (factor " + (j + 1) + ")");
        }
        Cell previous = seen.putIfAbsent(label, cell);
        if (previous != null) {
          throw error(cell, label, "duplicate label '" + label + "' in " + (cell.reference().isPresent()
              ? previous.position() + " and " + cell.position()
              : "columns " + previous.column() + " and " + cell.column()));
        }
        labels[j] = label;
      }
    } else {
      ahead.add(0, first);
      aheadBlank.add(0, 0);
      labelColumn = hasLabelColumn(first.totalCells());
      n = first.totalCells() - (labelColumn ? 1 : 0);
      if (n == 0) {
        throw error(first.cell(0), strip(first.cell(0)),
            "no matrix: the first row holds a single cell, '" + strip(first.cell(0)) + "'");
      }
      if (n > maxFactors) {
        throw tooManyFactors(first, (labelColumn ? 1 : 0) + maxFactors + 1);
      }
      labels = new String[n];
      if (!labelColumn) {
        for (int j = 0; j < n; j++) {
          labels[j] = Integer.toString(j + 1);
        }
      }
    }
    readMatrix(n, labelColumn);
    Labels names = Labels.of(Arrays.asList(labels));
    return new SsimParser.Parsed(kind == null ? Kind.SSIM : kind, names, bits.build());
  }

  private void readMatrix(int n, boolean labelColumn) throws IOException {
    int width = n + (labelColumn ? 1 : 0);
    bits = BitMatrix.builder(n);
    bandWords = BitMatrix.wordsFor(n);
    band = mode == Mode.IRM || n == 0 ? null : new long[64 * bandWords];
    Map<String, Cell> labelCells = labelColumn && header == null ? new HashMap<>() : null;
    codes = scanner == null || n < 2 ? null : new byte[n];
    int i = 0;
    int lastLine = header == null ? 0 : header.line();
    while (true) {
      if (codes != null && i < n && kind != null && ahead.isEmpty()) {
        int line = scanner.line();
        if (scannedRow(i, n, labelColumn, labelCells)) {
          i++;
          lastLine = line;
          continue;
        }
      }
      Row row = nextRow(width + 1);
      if (row == null) {
        break;
      }
      if (i >= n) {
        throw error(row.cell(0), strip(row.cell(0)),
            "more rows than columns: expected " + n + " rows (the matrix must be square)");
      }
      if (blankBefore != 0) {
        throw new SsimFormatException(blankBefore, 1, "",
            tokenizer.isSheet() ? "empty row inside the matrix" : "blank line inside the matrix");
      }
      if (row.totalCells() != width) {
        throw ragged(row, width);
      }
      int offset = 0;
      if (labelColumn) {
        offset = 1;
        Cell cell = row.cell(0);
        String label = strip(cell);
        if (label.isEmpty()) {
          throw error(cell, "", "empty label (factor " + (i + 1) + ")");
        }
        if (header != null) {
          if (!label.equals(labels[i])) {
            throw error(cell, label, "label '" + label + "' differs from the header's '" + labels[i]
                + "' (" + at(header.cell(headerOffset + i)) + ")");
          }
        } else {
          Cell previous = labelCells.putIfAbsent(label, cell);
          if (previous != null) {
            throw error(cell, label, "duplicate label '" + label + "' in " + (cell.reference().isPresent()
                ? previous.position() + " and " + cell.position()
                : "lines " + previous.line() + " and " + cell.line()));
          }
          labels[i] = label;
        }
      }
      startRow(i);
      for (int j = 0; j < n; j++) {
        cell(row, offset + j, i, j);
      }
      i++;
      lastLine = row.line();
    }
    if (i > 0) {
      flushBand(bandFirst);
    }
    if (i < n) {
      throw new SsimFormatException(lastLine + 1, 1, "",
          "fewer rows than columns: " + i + " row" + (i == 1 ? "" : "s") + ", expected " + n
              + " (the matrix must be square)");
    }
  }

  /**
   * Reads row i by the fast path when {@link Tokenizer#scanRow} finds it plain and every cell is
   * what the exact path accepts without a message; returns false otherwise, the row then unread
   * for the exact path, which gives every error. Bits of row i may be set before false is
   * returned: only bits the exact path sets too, as it reads the same cells the same way.
   */
  private boolean scannedRow(int i, int n, boolean labelColumn, Map<String, Cell> labelCells)
      throws IOException {
    if (!scanner.scanRow(n + (labelColumn ? 1 : 0), labelColumn, codes)) {
      return false;
    }
    String text = null;
    String label = null;
    if (labelColumn) {
      text = scanner.scannedLabel();
      label = text.strip();
      if (label.isEmpty() || label.startsWith("#")
          || (header != null ? !label.equals(labels[i]) : labelCells.containsKey(label))) {
        return false;
      }
    }
    startRow(i);
    if (!(kind == Kind.SSIM ? ssimRow(i, n) : irmRow(i, n))) {
      return false;
    }
    if (labelCells != null) {
      labelCells.put(label, new Cell(text, scanner.line(), 1, false));
      labels[i] = label;
    }
    scanner.commitRow();
    scannedRows++;
    return true;
  }

  /** Decodes the scanned cells of SSIM row i into bits; false at the first cell that is not plainly right. */
  private boolean ssimRow(int i, int n) {
    byte[] c = codes;
    for (int j = 0; j < i; j++) {
      int code = c[j];
      if (code != 0 && code != '-') {
        // full square layout: the mirror of upper cell (j, i)
        int t = SSIM_CODE[code];
        if (t < 0 || ((t & 1) != 0) != backward(j, i) || ((t & 2) != 0) != bits.get(j, i)) {
          return false;
        }
      }
    }
    int diagonal = c[i];
    if (diagonal != 0 && diagonal != '-' && diagonal != '1' && diagonal != 'X' && diagonal != 'x') {
      return false;
    }
    int bandRow = (i & 63) * bandWords;
    int w = i >>> 6;
    long forward = 1L << i;
    long backward = 0;
    int bad = 0;
    int j = i + 1;
    while (true) {
      int stop = Math.min(n, (w + 1) << 6);
      for (; j < stop; j++) {
        int t = SSIM_CODE[c[j]];
        bad |= t;
        forward |= (long) (t & 1) << j;
        backward |= (long) ((t >>> 1) & 1) << j;
      }
      if (bad < 0) {
        return false;
      }
      bits.orWord(i, w, forward);
      if (backward != 0) {
        band[bandRow + w] |= backward;
        bandDirty = true;
      }
      if (stop == n) {
        return true;
      }
      w++;
      forward = 0;
      backward = 0;
    }
  }

  /** Decodes the scanned cells of IRM row i into bits; false at the first cell that is not 0 or 1, or a diagonal not 1. */
  private boolean irmRow(int i, int n) {
    byte[] c = codes;
    if (c[i] != '1') {
      return false;
    }
    for (int w = 0, from = 0; from < n; w++, from += 64) {
      int stop = Math.min(n, from + 64);
      long word = 0;
      int bad = 0;
      for (int j = from; j < stop; j++) {
        int t = IRM_CODE[c[j]];
        bad |= t;
        word |= (long) (t & 1) << j;
      }
      if (bad < 0) {
        return false;
      }
      bits.orWord(i, w, word);
    }
    return true;
  }

  /** Before the cells of row i: ORs in the band before it when row i starts a new band (once). */
  private void startRow(int i) {
    if (i - bandFirst >= 64) {
      flushBand(bandFirst);
      bandFirst += 64;
    }
  }

  /** ORs the band of rows firstRow.. into {@link #bits} transposed, and clears it. */
  private void flushBand(int firstRow) {
    if (bandDirty) {
      bits.orTransposedBand(firstRow, band);
      Arrays.fill(band, 0L);
      bandDirty = false;
    }
  }

  /** The backward bit of upper cell (j, i), j &lt; i, while row i is read. */
  private boolean backward(int j, int i) {
    if ((j >>> 6) == (i >>> 6)) {
      return (band[(j & 63) * bandWords + (i >>> 6)] & (1L << i)) != 0;
    }
    return bits.get(i, j);
  }

  /** Reads cell k of a row, matrix cell (i, j); makes the row's {@link Cell} only for a message. */
  private void cell(Row row, int k, int i, int j) {
    String s = row.text(k).strip();
    if (i == j) {
      diagonal(row, k, s, i);
      return;
    }
    if (kind == null) {
      decide(row.cell(k), s, i, j);
    }
    if (kind == Kind.SSIM) {
      ssimCell(row, k, s, i, j);
    } else {
      irmCell(row, k, s, i, j);
    }
  }

  /** Decides the kind of an ANY read at its first cell off the diagonal, cell (0, 1). */
  private void decide(Cell cell, String s, int i, int j) {
    if (s.equals("0") || s.equals("1")) {
      kind = Kind.IRM;
      if (pendingDiagonal != null) {
        throw irmDiagonal(pendingDiagonal, strip(pendingDiagonal), pendingDiagonalIndex);
      }
    } else if (relation(s) != null) {
      kind = Kind.SSIM;
    } else if (s.isEmpty()) {
      throw error(cell, s, "cell " + pair(i, j) + " is empty (expected V, A, X, O, 0 or 1)");
    } else {
      throw error(cell, s,
          "unknown relation '" + s + "' in cell " + pair(i, j) + " (expected V, A, X, O, 0 or 1)");
    }
    pendingDiagonal = null;
  }

  private void diagonal(Row row, int k, String s, int i) {
    boolean ssimDiagonal = s.isEmpty() || s.equals("-") || s.equals("1") || s.equalsIgnoreCase("X");
    if (kind == Kind.IRM) {
      if (!s.equals("1")) {
        throw irmDiagonal(row.cell(k), s, i);
      }
    } else if (!ssimDiagonal) {
      throw error(row.cell(k), s, "diagonal cell " + pair(i, i) + " is " + quote(s) + " (expected empty, -, X or 1)");
    } else if (kind == null) {
      if (s.equalsIgnoreCase("X")) {
        kind = Kind.SSIM;
      } else if (!s.equals("1")) {
        // empty or -: an SSIM, or an IRM with a diagonal left out; the next cell tells
        pendingDiagonal = row.cell(k);
        pendingDiagonalIndex = i;
      }
    }
    bits.set(i, i);
  }

  private SsimFormatException irmDiagonal(Cell cell, String s, int i) {
    return error(cell, s, "diagonal cell " + pair(i, i) + " is " + quote(s)
        + " (expected 1: every factor reaches itself)");
  }

  private void ssimCell(Row row, int k, String s, int i, int j) {
    Relation r = relation(s);
    if (j > i) {
      if (r == null) {
        if (s.isEmpty()) {
          throw error(row.cell(k), s, "cell " + pair(i, j) + " is empty (expected " + SSIM_SYMBOLS + ")");
        }
        throw unknownRelation(row.cell(k), s, i, j);
      }
      if (r.forward()) {
        bits.set(i, j);
      }
      if (r.backward()) {
        band[(i & 63) * bandWords + (j >>> 6)] |= 1L << j;
        bandDirty = true;
      }
      return;
    }
    if (s.isEmpty() || s.equals("-")) {
      return; // upper-triangle layout: the lower triangle carries nothing
    }
    if (r == null) {
      throw unknownRelation(row.cell(k), s, i, j);
    }
    Relation upper = Relation.of(bits.get(j, i), backward(j, i));
    if (r != upper.mirror()) {
      throw error(row.cell(k), s, "cell " + pair(i, j) + " is '" + s + "' but its mirror " + pair(j, i)
          + " is '" + upper.symbol() + "' (expected " + upper.mirror().symbol() + ")");
    }
  }

  private SsimFormatException unknownRelation(Cell cell, String s, int i, int j) {
    String hint = mode == Mode.SSIM && (s.equals("0") || s.equals("1"))
        ? "; a 0/1 matrix is read by parseIrm or parseDetected"
        : "";
    return error(cell, s, "unknown relation '" + s + "' in cell " + pair(i, j)
        + " (expected " + SSIM_SYMBOLS + hint + ")");
  }

  private void irmCell(Row row, int k, String s, int i, int j) {
    if (s.equals("1")) {
      bits.set(i, j);
    } else if (!s.equals("0")) {
      String hint = mode == Mode.IRM && relation(s) != null
          ? "; an SSIM of V, A, X and O is read by parse or parseDetected"
          : "";
      throw error(row.cell(k), s, "cell " + pair(i, j) + " is " + quote(s) + " (expected 0 or 1" + hint + ")");
    }
  }

  /**
   * Returns the next non-blank row, from the look-ahead first; remembers in {@link #blankBefore}
   * whether blank lines came before it (leading blank lines are skipped).
   */
  private Row nextRow(int maxCells) throws IOException {
    if (!ahead.isEmpty()) {
      blankBefore = aheadBlank.remove(0);
      return ahead.remove(0);
    }
    Row r = readRow(maxCells);
    blankBefore = pendingBlank;
    pendingBlank = 0;
    return r;
  }

  private Row readRow(int maxCells) throws IOException {
    while (true) {
      Row r = tokenizer.next(maxCells);
      if (r == null) {
        return null;
      }
      if (r.isBlank()) {
        if (seenRow && pendingBlank == 0) {
          pendingBlank = r.line();
        }
        continue;
      }
      if (!tokenizer.isSheet() && !r.cell(0).quoted() && r.cell(0).text().strip().startsWith("#")) {
        Cell c = r.cell(0);
        throw new SsimFormatException(c.line(), 1, strip(c),
            "'#' comment lines are not supported; remove the line (or quote a label that starts with #)");
      }
      seenRow = true;
      return r;
    }
  }

  /** How a first row that {@link #isHeader} does not call a header may still be one. */
  private enum Shape {
    /** Not a header. */
    NONE,
    /** A header by {@link #isHeader}. */
    HEADER,
    /** A corner cell, then the labels the first column repeats. */
    CORNER,
    /** The labels, corner left out: the next row is one cell longer and starts with label 1. */
    NO_CORNER,
    /** A single label over a one-factor matrix without a label column. */
    ONE_LABEL
  }

  /**
   * Recognizes the headers whose labels are all matrix tokens, as in small models ({@code 1}, or
   * {@code A} and {@code B}), from the rows below them: a corner cell followed by the labels that
   * the first cells of the next rows repeat (the corner holding text, or empty when a label is V or
   * A, which a full square's mirrored first column cannot repeat); labels without a corner over a
   * row one cell longer that starts with the first label; a single non-token cell over a row of
   * one cell.
   */
  private Shape shape(Row first) throws IOException {
    String corner = strip(first.cell(0));
    int h = first.size();
    Row next = peek(0);
    if (next == null) {
      return Shape.NONE;
    }
    if (h == 1 && next.totalCells() == 1 && !isMatrixToken(corner)) {
      return Shape.ONE_LABEL;
    }
    if (next.totalCells() == h + 1 && strip(next.cell(0)).equals(corner) && !corner.isEmpty()) {
      return Shape.NO_CORNER;
    }
    if (h < 2 || h - 1 > LABEL_SAMPLE) {
      return Shape.NONE;
    }
    boolean textCorner = !corner.isEmpty() && !isMatrixToken(corner);
    boolean directed = false;
    for (int k = 1; k < h; k++) {
      Row r = peek(k - 1);
      String label = strip(first.cell(k));
      if (r == null || !strip(r.cell(0)).equals(label)) {
        return Shape.NONE;
      }
      directed |= label.equalsIgnoreCase("V") || label.equalsIgnoreCase("A");
    }
    return textCorner || (corner.isEmpty() && directed) ? Shape.CORNER : Shape.NONE;
  }

  /** Returns the k-th row after those taken, reading ahead; null past the end. */
  private Row peek(int k) throws IOException {
    while (ahead.size() <= k) {
      Row r = readRow(maxFactors + 2);
      if (r == null) {
        return null;
      }
      ahead.add(r);
      aheadBlank.add(pendingBlank);
      pendingBlank = 0;
    }
    return ahead.get(k);
  }

  /** How many data rows the label-column rule looks at. */
  static final int LABEL_SAMPLE = 8;

  /**
   * The first row is a header when its cells after the first look like labels, or when its first
   * cell is empty and the others are distinct 0s and 1s (factors numbered from 0 or 1 over a corner
   * cell, which no data row can be).
   */
  static boolean isHeader(Row row) {
    List<String> rest = new ArrayList<>(row.size());
    boolean binary = true;
    for (int j = 1; j < row.size(); j++) {
      String s = strip(row.cell(j));
      rest.add(s);
      binary &= s.equals("0") || s.equals("1");
    }
    if (labelLike(rest)) {
      return true;
    }
    return !rest.isEmpty() && binary && strip(row.cell(0)).isEmpty() && distinct(rest);
  }

  /**
   * There is a label column when the first cells of the first {@value #LABEL_SAMPLE} data rows (or
   * of as many rows as the first row has cells, when that is fewer) look like labels.
   */
  private boolean hasLabelColumn(int width) throws IOException {
    int sample = Math.min(LABEL_SAMPLE, width);
    List<String> firstCells = new ArrayList<>(sample);
    for (int k = 0; k < sample; k++) {
      Row r = peek(k);
      if (r == null) {
        break;
      }
      firstCells.add(strip(r.cell(0)));
    }
    return labelLike(firstCells);
  }

  /**
   * Whether cells look like labels rather than matrix cells: at least one is no matrix token, and
   * either most are not or no two are equal (labels are unique; matrix rows and columns repeat
   * their symbols, so a typo in one does not make it a label row).
   */
  static boolean labelLike(List<String> cells) {
    int nonTokens = 0;
    for (String s : cells) {
      if (!isMatrixToken(s)) {
        nonTokens++;
      }
    }
    return nonTokens > 0 && (nonTokens * 2 > cells.size() || distinct(cells));
  }

  private static boolean distinct(List<String> cells) {
    return new HashSet<>(cells).size() == cells.size();
  }

  /** V, A, X, O in either case, 0, 1, - or the empty cell. */
  static boolean isMatrixToken(String s) {
    return s.isEmpty() || s.equals("-") || s.equals("0") || s.equals("1") || relation(s) != null;
  }

  private static Relation relation(String s) {
    return s.length() == 1 ? Relation.ofSymbol(s.charAt(0)) : null;
  }

  private static String strip(Cell cell) {
    return cell.text().strip();
  }

  private SsimFormatException ragged(Row row, int width) {
    int cells = row.totalCells();
    String problem = (row.truncated() ? "row has more than " + (cells - 1) : "row has " + cells)
        + " cell" + (cells == 1 ? "" : "s") + ", expected " + width;
    if (cells > width) {
      Cell extra = row.cell(width);
      return error(extra, strip(extra), problem);
    }
    if (tokenizer.delimiter() == DelimitedTable.Delimiter.SPACES) {
      problem += " (a space-separated file has no empty cells: write - for an empty cell)";
    }
    Cell last = row.cell(cells - 1);
    return new SsimFormatException(last.line(), last.column() + 1, "", problem);
  }

  private SsimFormatException tooManyFactors(Row row, int column) {
    Cell cell = row.cell(column - 1);
    return new SsimFormatException(cell.line(), cell.column(), strip(cell),
        "too many factors: more than " + maxFactors, SsimFormatException.Remedy.RAISE_FACTOR_LIMIT);
  }

  private String pair(int i, int j) {
    return "(" + name(i) + ", " + name(j) + ")";
  }

  private String name(int i) {
    return labels[i] != null ? labels[i] : "factor " + (i + 1);
  }

  private static String quote(String s) {
    return s.isEmpty() ? "empty" : "'" + s + "'";
  }

  private static String at(Cell cell) {
    return cell.position();
  }

  private static SsimFormatException error(Cell cell, String token, String problem) {
    return new SsimFormatException(cell.line(), cell.column(), token, problem);
  }
}
