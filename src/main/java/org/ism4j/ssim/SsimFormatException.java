package org.ism4j.ssim;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
  /** What is wrong, without the position and the remedy. */
  private final String problem;
  /** What the user can change, or null. */
  private final Remedy remedy;

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
    super("line " + line + ", column " + column + ": "
        + withRemedy(Objects.requireNonNull(problem, "problem"), remedy, remedy == null ? null : remedy.api()));
    this.line = line;
    this.column = column;
    this.token = token == null ? "" : token;
    this.problem = problem;
    this.remedy = remedy;
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
