package org.ism4j.cli;

/**
 * A problem the user can fix (bad input, a missing file, an unknown example); its message is the
 * one line printed on standard error, such as {@code model.tsv:4:7: unknown relation 'Q' (expected V,
 * A, X or O)}. The command exits with code 2.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message, null, false, false);
  }

  UserError(String message, Throwable cause) {
    super(message, cause, false, true);
  }
}
