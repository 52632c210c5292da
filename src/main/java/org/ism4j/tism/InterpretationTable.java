package org.ism4j.tism;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ism4j.ssim.DelimitedTable;
import org.ism4j.ssim.SsimFormatException;

/**
 * A table of link interpretations as read, before it is checked against a model: one row per link,
 * {@code from<TAB>to<TAB>interpretation} (or comma-separated), or, for a significance table,
 * {@code from<TAB>to<TAB>significant<TAB>interpretation} with {@code significant} one of
 * {@code yes}/{@code no}, {@code true}/{@code false}, {@code y}/{@code n}, {@code 1}/{@code 0}.
 * Blank lines are skipped, and a first row whose first two cells read {@code from} and {@code to}
 * is a header. Immutable.
 */
public final class InterpretationTable {
  private final Map<Key, Row> rows;

  /** A link by its labels. */
  record Key(String from, String to) {}

  /**
   * One row of the table.
   *
   * @param from the influencing factor's label
   * @param to the influenced factor's label
   * @param significant whether the link stays in the model (always true in an interpretation table)
   * @param interpretation why the link holds, possibly empty
   * @param line the 1-based line of the row
   * @param column the 1-based column of the {@code from} cell
   */
  public record Row(String from, String to, boolean significant, String interpretation, int line,
      int column) {
    /**
     * Checks the fields.
     *
     * @param from the influencing factor
     * @param to the influenced factor
     * @param significant whether the link stays
     * @param interpretation the text
     * @param line the line
     * @param column the column
     */
    public Row {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(interpretation, "interpretation");
    }
  }

  private InterpretationTable(Map<Key, Row> rows) {
    this.rows = ImmutableMap.copyOf(rows);
  }

  /**
   * Reads an interpretation table: {@code from<TAB>to<TAB>interpretation} per direct link.
   *
   * @param text the table
   * @return the table
   * @throws SsimFormatException at the line of a row with fewer than three cells or a repeated link
   */
  public static InterpretationTable parseInterpretations(String text) {
    return parse(DelimitedTable.read(text), false);
  }

  /**
   * Reads an interpretation table from a UTF-8 file.
   *
   * @param file the file
   * @return the table
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException at the line of a malformed row
   */
  public static InterpretationTable parseInterpretations(Path file) throws IOException {
    return parse(DelimitedTable.read(file), false);
  }

  /**
   * Reads the table from bytes, decoded exactly as a file is (strict UTF-8, or UTF-16 after its
   * byte order mark); the stream is read to its end and not closed.
   *
   * @param in the content of the table file, such as standard input
   * @return the table
   * @throws IOException when the stream fails
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static InterpretationTable parseInterpretations(java.io.InputStream in) throws IOException {
    return parse(DelimitedTable.read(in), false);
  }

  /**
   * Reads a significance table: {@code from<TAB>to<TAB>significant<TAB>interpretation} per
   * transitive link.
   *
   * @param text the table
   * @return the table
   * @throws SsimFormatException at the cell of a malformed row or an unreadable {@code significant}
   */
  public static InterpretationTable parseSignificance(String text) {
    return parse(DelimitedTable.read(text), true);
  }

  /**
   * Reads a significance table from a UTF-8 file.
   *
   * @param file the file
   * @return the table
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException at the cell of a malformed row
   */
  public static InterpretationTable parseSignificance(Path file) throws IOException {
    return parse(DelimitedTable.read(file), true);
  }

  /**
   * Reads the table from bytes, decoded exactly as a file is (strict UTF-8, or UTF-16 after its
   * byte order mark); the stream is read to its end and not closed.
   *
   * @param in the content of the table file, such as standard input
   * @return the table
   * @throws IOException when the stream fails
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static InterpretationTable parseSignificance(java.io.InputStream in) throws IOException {
    return parse(DelimitedTable.read(in), true);
  }

  /**
   * Reads an interpretation table from cells already split, such as a worksheet
   * ({@link org.ism4j.ssim.Workbook#sheet(String)}); an error names the sheet's cell.
   *
   * @param table the cells
   * @return the table
   * @throws SsimFormatException at the cell of a row with fewer than three cells or a repeated link
   */
  public static InterpretationTable parseInterpretations(DelimitedTable table) {
    try {
      return parse(table, false);
    } catch (SsimFormatException e) {
      throw table.locate(e);
    }
  }

  /**
   * Reads a significance table from cells already split, such as a worksheet; an error names the
   * sheet's cell.
   *
   * @param table the cells
   * @return the table
   * @throws SsimFormatException at the cell of a malformed row
   */
  public static InterpretationTable parseSignificance(DelimitedTable table) {
    try {
      return parse(table, true);
    } catch (SsimFormatException e) {
      throw table.locate(e);
    }
  }

  private static InterpretationTable parse(DelimitedTable table, boolean significance) {
    Map<Key, Row> rows = new LinkedHashMap<>();
    boolean first = true;
    for (DelimitedTable.Row row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      List<String> t = row.texts();
      if (first && t.size() >= 2 && t.get(0).strip().equalsIgnoreCase("from")
          && t.get(1).strip().equalsIgnoreCase("to")) {
        first = false;
        continue;
      }
      first = false;
      int needed = significance ? 3 : 2;
      if (t.size() < needed) {
        throw new SsimFormatException(row.line(), t.size() + 1, "", "expected " + (significance
            ? "from, to, significant and interpretation" : "from, to and interpretation")
            + " (tab-separated), found " + t.size() + (t.size() == 1 ? " cell" : " cells"));
      }
      String from = t.get(0).strip();
      String to = t.get(1).strip();
      boolean significant = true;
      int textColumn = 2;
      if (significance) {
        significant = yesNo(row.cell(2));
        textColumn = 3;
      }
      String interpretation = t.size() > textColumn
          ? String.join(", ", t.subList(textColumn, t.size())).strip() : "";
      Row r = new Row(from, to, significant, interpretation, row.line(), row.cell(0).column());
      Row before = rows.putIfAbsent(new Key(from, to), r);
      if (before != null) {
        throw new SsimFormatException(row.line(), row.cell(0).column(), from, "link " + from
            + " \u2192 " + to + " is listed twice (first on line " + before.line() + ")");
      }
    }
    return new InterpretationTable(rows);
  }

  private static boolean yesNo(DelimitedTable.Cell cell) {
    switch (cell.text().strip().toLowerCase(Locale.ROOT)) {
      case "yes": case "y": case "true": case "1": case "significant":
        return true;
      case "no": case "n": case "false": case "0": case "":
        return false;
      default:
        throw new SsimFormatException(cell.line(), cell.column(), cell.text(),
            "cannot read '" + cell.text() + "' as significant (expected yes or no)");
    }
  }

  /**
   * Returns the rows in file order.
   *
   * @return an immutable list
   */
  public List<Row> rows() {
    return List.copyOf(rows.values());
  }

  Row row(String from, String to) {
    return rows.get(new Key(from, to));
  }
}
