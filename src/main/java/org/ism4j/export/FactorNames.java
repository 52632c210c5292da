package org.ism4j.export;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimFormatException;

/**
 * Display names for factors: a map from a factor's label (often a number, as papers print SSIMs) to
 * a readable name. Immutable and thread-safe.
 *
 * <p>Read a names table with {@link #parse(String)}: a header row, then one {@code label, name} row
 * per factor, separated by tabs (when the header has a tab) or commas (CSV with {@code "…"}
 * quoting). Extra columns are ignored; blank lines and lines starting with {@code #} are skipped.
 *
 * <pre>{@code
 * id	name
 * 1	Infrastructure
 * 2	Brand-related Factors
 * }</pre>
 */
public final class FactorNames {
  private static final FactorNames NONE = new FactorNames(ImmutableMap.of(), ImmutableMap.of());

  private final ImmutableMap<String, String> names;
  /** The line each label was read from, for error messages; empty for names not read from text. */
  private final ImmutableMap<String, Integer> lines;

  private FactorNames(ImmutableMap<String, String> names, ImmutableMap<String, Integer> lines) {
    this.names = names;
    this.lines = lines;
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
    return new FactorNames(b.buildOrThrow(), ImmutableMap.of());
  }

  /**
   * Reads a names table from a UTF-8 file.
   *
   * @param file a tab- or comma-separated file with a header row
   * @return the table
   * @throws IOException when the file cannot be read
   * @throws SsimFormatException when a row is malformed or a label repeats, with its line and column
   */
  public static FactorNames parse(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads a names table from text.
   *
   * @param text a tab- or comma-separated table with a header row
   * @return the table
   * @throws SsimFormatException when a row is malformed or a label repeats, with its line and column
   */
  public static FactorNames parse(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
      lines[0] = lines[0].substring(1);
    }
    int header = -1;
    for (int k = 0; k < lines.length; k++) {
      if (!skipped(lines[k])) {
        header = k;
        break;
      }
    }
    if (header < 0) {
      throw new SsimFormatException(1, 1, "", "empty names table (expected a header row, then label and name)");
    }
    char delimiter = lines[header].indexOf('\t') >= 0 ? '\t' : ',';
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (int k = header + 1; k < lines.length; k++) {
      if (skipped(lines[k])) {
        continue;
      }
      int line = k + 1;
      List<String> fields = split(lines[k], delimiter, line);
      String label = fields.get(0).strip();
      if (label.isEmpty()) {
        throw new SsimFormatException(line, 1, "", "empty factor label");
      }
      if (fields.size() < 2) {
        throw new SsimFormatException(line, 2, "",
            "missing name for factor '" + label + "' (expected label" + describe(delimiter) + "name)");
      }
      Integer previous = lineOf.putIfAbsent(label, line);
      if (previous != null) {
        throw new SsimFormatException(line, 1, label,
            "duplicate factor '" + label + "' (first named on line " + previous + ")");
      }
      String name = fields.get(1).strip();
      if (!name.isEmpty()) {
        names.put(label, name);
      }
    }
    return new FactorNames(ImmutableMap.copyOf(names), ImmutableMap.copyOf(lineOf));
  }

  private static boolean skipped(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  private static String describe(char delimiter) {
    return delimiter == '\t' ? "<TAB>" : ",";
  }

  /** Splits one line; for commas, fields may be quoted with {@code "} and {@code ""} escapes a quote. */
  private static List<String> split(String line, char delimiter, int lineNumber) {
    List<String> fields = new ArrayList<>();
    if (delimiter == '\t') {
      for (String f : line.split("\t", -1)) {
        fields.add(f);
      }
      return fields;
    }
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      int start = i;
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      if (i < n && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              closed = true;
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (!closed) {
          throw new SsimFormatException(lineNumber, fields.size() + 1, line.substring(start),
              "unterminated quoted field");
        }
        while (i < n && line.charAt(i) != delimiter) {
          if (line.charAt(i) != ' ') {
            throw new SsimFormatException(lineNumber, fields.size() + 1, line.substring(start, i + 1),
                "text after a closing quote (expected " + describe(delimiter) + " or the end of the line)");
          }
          i++;
        }
      } else {
        i = start;
        while (i < n && line.charAt(i) != delimiter) {
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return fields;
      }
      i++; // the delimiter
    }
  }

  /**
   * Checks that every label in this table is a factor of a model.
   *
   * @param labels the model's factors
   * @return this table
   * @throws SsimFormatException naming the line of the first label that is no factor (line 1 when
   *     the table was not read from text)
   */
  public FactorNames checkAgainst(Labels labels) {
    for (String label : lines.isEmpty() ? names.keySet() : lines.keySet()) {
      if (!labels.contains(label)) {
        throw new SsimFormatException(lines.getOrDefault(label, 1), 1, label,
            "unknown factor '" + label + "' (the model has no factor with this label)");
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
    return names.getOrDefault(label, label);
  }

  /**
   * Returns whether the table names a factor.
   *
   * @param label a factor label
   * @return whether {@link #nameOf(String)} differs from looking the label up in an empty table
   */
  public boolean hasName(String label) {
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
   * Returns the names as a map.
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
