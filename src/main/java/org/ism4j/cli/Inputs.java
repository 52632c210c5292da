package org.ism4j.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.ism4j.ssim.DelimitedTable;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.ssim.Workbook;

/**
 * Reads the files the commands take, turning every problem into a one-line {@link UserError}:
 * {@code FILE:LINE:COLUMN: problem} for malformed text, {@code FILE[SHEET]!F7: problem} for a
 * malformed worksheet cell, {@code FILE: no such file} and the like for files that cannot be read.
 *
 * <p>A table-shaped input (an SSIM, a 0/1 matrix, a names table, a published table) is a workbook
 * when its name ends with {@code .xlsx}, {@code .xlsm} or {@code .xls}, when it names a sheet
 * ({@code FILE.xlsx#Sheet name}, or {@code --sheet}), or when its first bytes are those of a zip
 * archive or an OLE2 container (standard input too); it is read with {@link Workbook}, and the
 * sheet (the first one unless named) with the same reader of tables as text.
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

  /**
   * Returns the one-line error {@code FILE:LINE:COLUMN: problem}, or {@code FILE[SHEET]!F7: problem}
   * for a worksheet cell.
   */
  static UserError formatError(String name, SsimFormatException e) {
    // the parser names its Java API for a remedy; on the command line it is an option
    String problem = e.problem("--max-factors");
    if (e.sheet().isPresent()) {
      return new UserError(name + e.position() + ": " + problem, e);
    }
    return new UserError(name + ":" + e.line() + ":" + e.column() + ": " + problem, e);
  }

  /** Reads a names table, text or a worksheet. */
  static FactorNames names(String given, InputStream stdin) {
    return table(given, null, FactorNames::parse, FactorNames::parse, stdin);
  }

  /** Reads a table that is already split into cells (a worksheet). */
  interface TableReader<T> {
    T read(DelimitedTable table);
  }

  /** The first bytes of a zip archive (an xlsx workbook) and of an OLE2 container (.xls). */
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  /**
   * Reads a table-shaped input: with {@code text} when it is delimited text, with {@code table}
   * from its sheet when it is a workbook (see the class comment). {@code sheet} is the
   * {@code --sheet} option, or null.
   */
  static <T> T table(String given, String sheet, Reader<T> text, TableReader<T> table,
      InputStream stdin) {
    String path = given;
    String named = sheet;
    if (!given.equals("-") && !Files.exists(Path.of(given)) && given.lastIndexOf('#') > 0) {
      int hash = given.lastIndexOf('#');
      path = given.substring(0, hash);
      if (sheet != null && !sheet.equals(given.substring(hash + 1))) {
        throw new UserError(given + ": names the sheet '" + given.substring(hash + 1)
            + "', --sheet names '" + sheet + "': give the sheet once");
      }
      named = given.substring(hash + 1);
    }
    String lower = path.toLowerCase(Locale.ROOT);
    boolean byName = named != null || lower.endsWith(".xlsx") || lower.endsWith(".xlsm")
        || lower.endsWith(".xls");
    String sheetName = named;
    String name = path.equals("-") ? STDIN : path;
    if (path.equals("-")) {
      BufferedInputStream in = new BufferedInputStream(stdin);
      boolean workbook = byName || sniff(in);
      return read(path, workbook ? wb -> sheet(name, Workbook.read(wb), sheetName, table) : text, in);
    }
    Path file = Path.of(path);
    if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
      // a FIFO or a device (ism analyze <(cmd)): it can be opened once only, so sniff and read
      // one stream, as for standard input
      return readOnce(path, byName, in -> sheet(name, Workbook.read(in), sheetName, table), text);
    }
    boolean workbook = byName || sniff(file);
    return read(path, workbook ? in -> sheet(name, Workbook.read(in), sheetName, table) : text, stdin);
  }

  /** Reads a file that cannot be opened twice (a FIFO): one stream, sniffed through its buffer. */
  private static <T> T readOnce(String given, boolean byName, Reader<T> workbook, Reader<T> text) {
    if (!Files.isReadable(Path.of(given))) {
      throw new UserError(given + ": permission denied");
    }
    return parse(given, () -> {
      // FileInputStream, not Files.newInputStream: a channel's available() seeks, which a FIFO refuses
      try (InputStream raw = new java.io.FileInputStream(given);
          BufferedInputStream in = new BufferedInputStream(raw)) {
        return (byName || sniff(in) ? workbook : text).read(in);
      } catch (CharacterCodingException e) {
        throw new UserError(given + ": not UTF-8 text", e);
      } catch (IOException e) {
        throw new UserError(given + ": cannot read (" + e.getMessage() + ")", e);
      }
    });
  }

  private static <T> T sheet(String name, Workbook book, String sheet, TableReader<T> reader) {
    return reader.read(sheet == null ? book.firstSheet() : book.sheet(sheet));
  }

  private static boolean sniff(BufferedInputStream in) {
    try {
      in.mark(OLE2.length);
      byte[] head = in.readNBytes(OLE2.length);
      in.reset();
      return isWorkbook(head);
    } catch (IOException e) {
      return false; // the reader reports the failure
    }
  }

  private static boolean sniff(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return isWorkbook(in.readNBytes(OLE2.length));
    } catch (IOException e) {
      return false; // the reader reports the failure
    }
  }

  private static boolean isWorkbook(byte[] head) {
    return head.length >= OLE2.length && (Arrays.equals(head, ZIP)
        || Arrays.equals(head, OLE2));
  }
}
