package org.ism4j.ssim;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Display names for factors: a map from a factor's label (often a number, as papers print SSIMs) to
 * a readable name. Immutable and thread-safe.
 *
 * <p>Read a names table with {@link #parse(String)}: a header row, then one {@code label, name} row
 * per factor, split into cells by {@link DelimitedTable} (the SSIM parser's tokenizer: tab, comma,
 * semicolon or spaces, CSV quoting). Extra columns are ignored, except in a space-separated table,
 * where the rest of the row is the name; blank lines are skipped. A label the model lacks is
 * reported by {@link #checkAgainst(Labels)}, and so is a table without its header row (its first
 * row, read as the header, starts with one of the model's labels). A matrix given as a names table
 * (an SSIM, say: the labels across its first row are the labels down its first column) is refused.
 *
 * <p>This is the one names type of every writer (reports, exports, drawings); those that show a
 * factor together with its name use {@link #display(String)}: {@code label: name}.
 *
 * <pre>{@code
 * id	name
 * 1	Infrastructure
 * 2	Brand-related Factors
 * }</pre>
 */
public final class FactorNames {
  private static final FactorNames NONE = new FactorNames(ImmutableMap.of(), ImmutableMap.of(), null, null);

  private final ImmutableMap<String, String> names;
  /** The cell each label was read from, for error messages; empty for names not read from a table. */
  private final ImmutableMap<String, DelimitedTable.Cell> cells;
  /** The table read, to position errors in its sheet; null for names not read from a table. */
  private final DelimitedTable table;
  /** The first cell of the header row, to tell a missing header; null for names not read from a table. */
  private final DelimitedTable.Cell headerCell;

  private FactorNames(ImmutableMap<String, String> names, ImmutableMap<String, DelimitedTable.Cell> cells,
      DelimitedTable table, DelimitedTable.Cell headerCell) {
    this.names = names;
    this.cells = cells;
    this.table = table;
    this.headerCell = headerCell;
  }

  /**
   * Returns the empty table: every factor is shown by its label.
   *
   * @return no names
   */
  public static FactorNames none() {
    return NONE;
  }

  /**
   * Returns a table from a map.
   *
   * @param names label to display name; names are trimmed, empty names are dropped
   * @return the table
   */
  public static FactorNames of(Map<String, String> names) {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    names.forEach((label, name) -> {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(name, "name of " + label);
      if (!name.strip().isEmpty()) {
        b.put(label.strip(), name.strip());
      }
    });
    return new FactorNames(b.buildOrThrow(), ImmutableMap.of(), null, null);
  }

  /**
   * Reads a names table from a file (UTF-8, or UTF-16 with a byte order mark).
   *
   * @param file a delimited table with a header row
   * @return the table
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException when a row is malformed or a label repeats, with its line and column
   */
  public static FactorNames parse(Path file) throws IOException {
    return of(DelimitedTable.read(file));
  }

  /**
   * Reads a names table from text.
   *
   * @param text a delimited table with a header row
   * @return the table
   * @throws SsimFormatException when a row is malformed or a label repeats, with its line and column
   */
  public static FactorNames parse(String text) {
    return of(DelimitedTable.read(text));
  }

  /**
   * Reads a names table from bytes decoded as a file is (UTF-8, or UTF-16 with a byte order mark);
   * the stream is read to its end and not closed.
   *
   * @param in a delimited table with a header row, such as standard input
   * @return the table
   * @throws IOException when the stream fails
   * @throws SsimFormatException when the bytes are not UTF-8, a row is malformed or a label repeats,
   *     with its line and column
   */
  public static FactorNames parse(InputStream in) throws IOException {
    return of(DelimitedTable.read(in));
  }

  /**
   * Reads a names table from a table already split into cells, such as a worksheet
   * ({@link Workbook#sheet(String)}): a header row, then label and name in the first two cells of
   * each row.
   *
   * @param table the table
   * @return the names
   * @throws SsimFormatException when a row is malformed or a label repeats, with its position (a
   *     worksheet's sheet and cell)
   */
  public static FactorNames parse(DelimitedTable table) {
    Objects.requireNonNull(table, "table");
    try {
      return of(table);
    } catch (SsimFormatException e) {
      throw table.locate(e);
    }
  }

  private static FactorNames of(DelimitedTable table) {
    boolean spaces = table.delimiter() == DelimitedTable.Delimiter.SPACES;
    boolean sheet = table.sheet().isPresent();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, DelimitedTable.Cell> cellOf = new LinkedHashMap<>();
    boolean header = true;
    DelimitedTable.Row headerRow = null;
    List<DelimitedTable.Row> firstRows = new ArrayList<>();
    for (DelimitedTable.Row row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        headerRow = row;
        continue;
      }
      if (firstRows.size() < 8) {
        firstRows.add(row);
      }
      DelimitedTable.Cell first = row.cell(0);
      String label = first.text().strip();
      if (label.isEmpty()) {
        throw new SsimFormatException(first.line(), first.column(), "", "empty factor label");
      }
      if (row.size() < 2) {
        throw new SsimFormatException(first.line(), 2, "", "missing name for factor '" + label
            + (sheet ? "' (expected label and name in two cells)"
                : "' (expected label" + describe(table.delimiter()) + "name)"));
      }
      DelimitedTable.Cell previous = cellOf.putIfAbsent(label, first);
      if (previous != null) {
        throw new SsimFormatException(first.line(), first.column(), label,
            "duplicate label '" + label + "' in " + (previous.reference().isPresent()
                ? previous.position() + " and " + first.position()
                : "lines " + previous.line() + " and " + first.line()));
      }
      String name;
      if (spaces) {
        // names with spaces in a space-separated file: the rest of the row is the name
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c < row.size(); c++) {
          sb.append(c > 1 ? " " : "").append(row.cell(c).text().strip());
        }
        name = sb.toString();
      } else {
        name = row.cell(1).text().strip();
      }
      if (!name.isEmpty()) {
        names.put(label, name);
      }
    }
    if (header) {
      throw new SsimFormatException(1, 1, "", "empty names table (expected a header row, then label and name)");
    }
    if (looksLikeMatrix(headerRow, firstRows)) {
      DelimitedTable.Cell c = headerRow.cell(0);
      throw new SsimFormatException(c.line(), c.column(), c.text().strip(),
          "a matrix, not a names table: the labels across the first row are the labels down the"
              + " first column (expected a header row, then label" + describe(table.delimiter())
              + "name per factor)");
    }
    return new FactorNames(ImmutableMap.copyOf(names), ImmutableMap.copyOf(cellOf), table,
        headerRow.cell(0));
  }

  /**
   * Whether a table is an SSIM or another matrix rather than names: the header (after a corner cell,
   * or without one) lists one label per data row, and the first data rows start with those labels.
   */
  private static boolean looksLikeMatrix(DelimitedTable.Row header, List<DelimitedTable.Row> rows) {
    if (rows.isEmpty()) {
      return false;
    }
    for (int offset = 0; offset <= 1; offset++) {
      int n = header.size() - offset;
      if (n < 1 || (n < 2 && offset == 0)) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < rows.size() && all; k++) {
        all = k < n && rows.get(k).cell(0).text().strip().equals(header.cell(offset + k).text().strip());
      }
      if (all && (n == rows.size() || rows.size() == 8)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(DelimitedTable.Delimiter delimiter) {
    switch (delimiter) {
      case COMMA:
        return ",";
      case SEMICOLON:
        return ";";
      case SPACES:
        return " ";
      default:
        return "<TAB>";
    }
  }

  /**
   * Checks that every label in this table is a factor of a model.
   *
   * @param labels the model's factors
   * @return this table
   * @throws SsimFormatException naming the line (or the worksheet cell) of the first label that is
   *     no factor (line 1 when the table was not read from text), or of the header row when it
   *     starts with a factor's label (the table has no header row)
   */
  public FactorNames checkAgainst(Labels labels) {
    if (headerCell != null && labels.contains(headerCell.text().strip())
        && !cells.containsKey(headerCell.text().strip())) {
      SsimFormatException e = new SsimFormatException(headerCell.line(), headerCell.column(),
          headerCell.text().strip(), "the first row names the factor '" + headerCell.text().strip()
              + "', but a names table starts with a header row (such as label" + describe(
                  table.delimiter()) + "name), which is not read as a name: add one");
      throw table.locate(e);
    }
    for (String label : cells.isEmpty() ? names.keySet() : cells.keySet()) {
      if (!labels.contains(label)) {
        DelimitedTable.Cell c = cells.get(label);
        SsimFormatException e = new SsimFormatException(c == null ? 1 : c.line(),
            c == null ? 1 : c.column(), label,
            "unknown factor '" + label + "' (the model has no factor with this label)");
        throw table == null ? e : table.locate(e);
      }
    }
    return this;
  }

  /**
   * Returns the display name of a factor.
   *
   * @param label a factor label
   * @return its name, or the label itself when the table has none
   */
  public String nameOf(String label) {
    Objects.requireNonNull(label, "label");
    return names.getOrDefault(label, label);
  }

  /**
   * Returns what a drawing or a graph export shows for a factor: {@code label: name}, or the label
   * alone when the factor has no name or its name is its label.
   *
   * @param label a factor label
   * @return {@code label} or {@code label: name}
   */
  public String display(String label) {
    Objects.requireNonNull(label, "label");
    String name = names.get(label);
    return name == null || name.equals(label) ? label : label + ": " + name;
  }

  /**
   * Returns what {@link #display(String)} shows for each of several factors. Immutable: a snapshot that never changes.
   *
   * @param labels factor labels
   * @return a new list, one entry per label
   */
  public List<String> display(List<String> labels) {
    List<String> out = new ArrayList<>(labels.size());
    for (String label : labels) {
      out.add(display(label));
    }
    return out;
  }

  /**
   * Returns whether the table names a factor.
   *
   * @param label a factor label
   * @return whether {@link #nameOf(String)} differs from looking the label up in an empty table
   */
  public boolean hasName(String label) {
    Objects.requireNonNull(label, "label");
    return names.containsKey(label);
  }

  /**
   * Returns whether the table is empty.
   *
   * @return true when no factor has a name
   */
  public boolean isEmpty() {
    return names.isEmpty();
  }

  /**
   * Returns the names as a map. Immutable: a snapshot that never changes.
   *
   * @return label to name, in the order read
   */
  public Map<String, String> asMap() {
    return names;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactorNames && ((FactorNames) o).names.equals(names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return "FactorNames" + names;
  }
}
