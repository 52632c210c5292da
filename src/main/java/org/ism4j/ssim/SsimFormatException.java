package org.ism4j.ssim;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A malformed SSIM or reachability-matrix input, with the position of the offending token.
 *
 * <p>The message reads like {@code line 4, column 7: unknown relation 'Q' (expected V, A, X or O)}.
 * Lines and columns are 1-based; the column counts cells (fields), not characters, for delimited
 * files. A problem that has no single position (an empty file, say) reports line 1, column 1. The
 * message is always one line: a label or token quoted in it has its line breaks and tabs written
 * {@code \n}, {@code \r}, {@code \t} and other control characters as {@code U+XXXX};
 * {@link #token()} keeps the text as read.
 *
 * <p>In a worksheet ({@link Workbook}) the position is a cell: {@link #sheet()} names the sheet,
 * {@link #cell()} the cell ({@code F7}), {@link #line()} is the sheet's row number and
 * {@link #column()} its column number ({@code A} is 1), and the message reads
 * {@code [Expert 3]!F7: unknown relation 'Q' in cell (B3, B6) (expected V, A, X or O)}.
 */
public class SsimFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the problem. */
  private final int line;
  /** The 1-based column (cell) of the problem. */
  private final int column;
  /** The offending text, possibly empty. */
  private final String token;
  /** What is wrong, without the position and the remedy. */
  private final String problem;
  /** What the user can change, or null. */
  private final Remedy remedy;
  /** The worksheet, or null for text. */
  private final String sheet;

  /** A setting the user can change to get past the problem, named by the API or by the CLI. */
  public enum Remedy {
    /** The file has more factors than the limit; raise the limit. */
    RAISE_FACTOR_LIMIT("SsimParser.builder().maxFactors(int)");

    private final String api;

    Remedy(String api) {
      this.api = api;
    }

    /**
     * Returns the Java method that changes the setting.
     *
     * @return e.g. {@code SsimParser.builder().maxFactors(int)}
     */
    public String api() {
      return api;
    }
  }

  /**
   * Creates an exception.
   *
   * @param line 1-based line of the problem
   * @param column 1-based column (cell) of the problem
   * @param token the offending text, or the empty string (or null) when there is none
   * @param problem what is wrong and what was expected, without the position
   */
  public SsimFormatException(int line, int column, @Nullable String token, String problem) {
    this(line, column, token, problem, null);
  }

  /**
   * Creates an exception whose problem a setting can remedy.
   *
   * @param line 1-based line of the problem
   * @param column 1-based column (cell) of the problem
   * @param token the offending text, or the empty string (or null) when there is none
   * @param problem what is wrong, without the position and without the remedy
   * @param remedy the setting that gets past it, or null for none
   */
  public SsimFormatException(int line, int column, @Nullable String token, String problem,
      @Nullable Remedy remedy) {
    this(line, column, token, problem, remedy, null);
  }

  /** An exception at a worksheet cell when {@code sheet} is not null; see {@link DelimitedTable#locate}. */
  SsimFormatException(int line, int column, @Nullable String token, String problem,
      @Nullable Remedy remedy, @Nullable String sheet) {
    super(position(line, column, sheet) + ": "
        + withRemedy(oneLine(Objects.requireNonNull(problem, "problem")), remedy,
            remedy == null ? null : remedy.api()));
    this.line = line;
    this.column = column;
    this.token = token == null ? "" : token;
    this.problem = oneLine(problem);
    this.remedy = remedy;
    this.sheet = sheet;
  }

  /**
   * Returns text that stays on one line in a message: line feed, carriage return and tab written
   * {@code \n}, {@code \r}, {@code \t}; other controls, line and paragraph separators and the byte
   * order mark as {@code U+XXXX}. Labels and tokens quoted in messages go through it.
   */
  static String oneLine(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape;
      if (c == '\n') {
        escape = "\\n";
      } else if (c == '\r') {
        escape = "\\r";
      } else if (c == '\t') {
        escape = "\\t";
      } else if (Tokenizer.isControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
        escape = String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
      } else {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      sb.append(escape);
    }
    return sb == null ? text : sb.toString();
  }

  private static String position(int line, int column, String sheet) {
    return sheet == null ? "line " + line + ", column " + column
        : "[" + sheet + "]!" + Workbook.cellReference(line, column);
  }

  /** This problem at another position, in a worksheet. */
  SsimFormatException at(int line, int column, String sheet) {
    SsimFormatException e = new SsimFormatException(line, column, token, problem, remedy, sheet);
    e.setStackTrace(getStackTrace());
    return e;
  }

  private static String withRemedy(String problem, Remedy remedy, String how) {
    return remedy == null ? problem : problem + " (the limit; raise it with " + how + ")";
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column (cell) of the problem.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the worksheet of the problem.
   *
   * @return the sheet's name, or empty for text
   */
  public java.util.Optional<String> sheet() {
    return java.util.Optional.ofNullable(sheet);
  }

  /**
   * Returns the worksheet cell of the problem.
   *
   * @return the cell reference such as {@code F7}, or empty for text
   */
  public java.util.Optional<String> cell() {
    return sheet == null ? java.util.Optional.empty()
        : java.util.Optional.of(Workbook.cellReference(line, column));
  }

  /**
   * Returns the position as the message starts with it.
   *
   * @return {@code line 4, column 7} for text, {@code [Expert 3]!F7} for a worksheet cell
   */
  public String position() {
    return position(line, column, sheet);
  }

  /**
   * Returns the offending text.
   *
   * @return the token, possibly empty, never null
   */
  public String token() {
    return token;
  }

  /**
   * Returns the problem without its position, e.g. {@code unknown relation 'Q' (expected V, A, X or O)}.
   *
   * @return the problem
   */
  public String problem() {
    return withRemedy(problem, remedy, remedy == null ? null : remedy.api());
  }

  /**
   * Returns the problem without its position, naming the remedy in the caller's own words (the
   * command line says {@code --max-factors} where the API says
   * {@code SsimParser.builder().maxFactors(int)}).
   *
   * @param how how the caller's user applies the remedy, e.g. {@code --max-factors}
   * @return the problem, with {@code how} when there is a remedy
   */
  public String problem(String how) {
    return withRemedy(problem, remedy, how);
  }

  /**
   * Returns the setting that gets past the problem, if any.
   *
   * @return the remedy, or empty
   */
  public java.util.Optional<Remedy> remedy() {
    return java.util.Optional.ofNullable(remedy);
  }
}
