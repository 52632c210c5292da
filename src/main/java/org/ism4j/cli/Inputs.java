package org.ism4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.SsimFormatException;

/**
 * Reads the files the commands take, turning every problem into a one-line {@link UserError}:
 * {@code FILE:LINE:COLUMN: problem} for malformed content, {@code FILE: no such file} and the like
 * for files that cannot be read.
 */
final class Inputs {
  /** The name standard input goes by in messages. */
  static final String STDIN = "<stdin>";

  private Inputs() {}

  /**
   * Something that reads bytes and may fail; it decodes them strictly (as the library's readers of
   * {@code InputStream}s do), so that a file and standard input give the same result and messages.
   */
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * Reads a file with {@code reader}, or standard input when the file is {@code -}, mapping
   * failures to one-line errors that name the file as the user gave it ({@link #STDIN} for
   * standard input).
   */
  static <T> T read(String given, Reader<T> reader, InputStream stdin) {
    if (given.equals("-")) {
      return parse(STDIN, () -> {
        try {
          return reader.read(stdin);
        } catch (CharacterCodingException e) {
          throw new UserError(STDIN + ": not UTF-8 text", e);
        } catch (IOException e) {
          throw new UserError(STDIN + ": cannot read (" + e.getMessage() + ")", e);
        }
      });
    }
    Path file = Path.of(given);
    if (Files.isDirectory(file)) {
      throw new UserError(given + ": is a directory");
    }
    if (!Files.exists(file)) {
      throw new UserError(given + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new UserError(given + ": permission denied");
    }
    return parse(given, () -> {
      try (InputStream in = Files.newInputStream(file)) {
        return reader.read(in);
      } catch (NoSuchFileException e) {
        throw new UserError(given + ": no such file", e);
      } catch (AccessDeniedException e) {
        throw new UserError(given + ": permission denied", e);
      } catch (CharacterCodingException e) {
        throw new UserError(given + ": not UTF-8 text", e);
      } catch (IOException e) {
        throw new UserError(given + ": cannot read (" + e.getMessage() + ")", e);
      }
    });
  }

  private interface Parse<T> {
    T run();
  }

  private static <T> T parse(String name, Parse<T> parse) {
    try {
      return parse.run();
    } catch (SsimFormatException e) {
      throw formatError(name, e);
    } catch (UserError e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // the input was well-formed text but not a valid model (a duplicate label, say)
      throw new UserError(name + ": " + e.getMessage(), e);
    }
  }

  /** Returns the one-line error {@code FILE:LINE:COLUMN: problem}. */
  static UserError formatError(String name, SsimFormatException e) {
    // the parser names its Java API for a remedy; on the command line it is an option
    String problem = e.problem("--max-factors");
    return new UserError(name + ":" + e.line() + ":" + e.column() + ": " + problem, e);
  }

  /** Reads a names table. */
  static FactorNames names(String given, InputStream stdin) {
    return read(given, FactorNames::parse, stdin);
  }
}
