package org.ism4j.ssim;

/**
 * A malformed SSIM or reachability-matrix input, with the position of the offending token.
 *
 * <p>The message reads like {@code line 4, column 7: unknown relation 'Q' (expected V, A, X or O)}.
 * Lines and columns are 1-based; the column counts cells (fields), not characters, for delimited
 * files. A problem that has no single position (an empty file, say) reports line 1, column 1.
 */
public class SsimFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the problem. */
  private final int line;
  /** The 1-based column (cell) of the problem. */
  private final int column;
  /** The offending text, possibly empty. */
  private final String token;
  /** What is wrong, without the position. */
  private final String problem;

  /**
   * Creates an exception.
   *
   * @param line 1-based line of the problem
   * @param column 1-based column (cell) of the problem
   * @param token the offending text, or the empty string when there is none
   * @param problem what is wrong and what was expected, without the position
   */
  public SsimFormatException(int line, int column, String token, String problem) {
    super("line " + line + ", column " + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.token = token == null ? "" : token;
    this.problem = problem;
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
    return problem;
  }
}
