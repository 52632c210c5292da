package org.ism4j.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ism4j.audit.PublishedTables.Format;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.internal.BitMatrix;
import org.ism4j.ssim.DelimitedTable;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimFormatException;

/** Reads the published-table formats documented on {@link PublishedTables} from a tokenized table. */
final class TableReader {
  private final List<DelimitedTable.Row> rows;
  private final Labels factors;
  private final String source;

  private TableReader(DelimitedTable table, Labels factors, String source) {
    List<DelimitedTable.Row> r = new ArrayList<>();
    for (DelimitedTable.Row row : table.rows()) {
      if (!row.isBlank()) {
        r.add(row);
      }
    }
    this.rows = r;
    this.factors = factors;
    this.source = source;
  }

  static PublishedTables read(DelimitedTable table, Format format, Labels factors, String source) {
    TableReader r = new TableReader(table, factors, source);
    if (r.rows.isEmpty()) {
      throw new SsimFormatException(1, 1, "", "the file holds no table");
    }
    Format f = format == Format.AUTO ? r.detect() : format;
    switch (f) {
      case IRM:
        return r.matrix(Part.IRM);
      case FRM:
        return r.matrix(Part.FRM);
      case MATRIX:
        return r.matrix(null);
      case SETS:
        return r.sets();
      case LEVELS:
        return r.levels();
      case POWERS:
        return r.powers();
      default:
        throw new AssertionError(f);
    }
  }

  private static String lower(DelimitedTable.Cell c) {
    return c.text().strip().toLowerCase(Locale.ROOT);
  }

  private Format detect() {
    DelimitedTable.Row header = rows.get(0);
    boolean output = false;
    boolean input = false;
    for (int k = 1; k < header.size(); k++) {
      String h = lower(header.cell(k));
      output |= isOutput(h) && !isInput(h);
      input |= isInput(h);
    }
    if (output && input) {
      return Format.SETS;
    }
    if (header.size() >= 2) {
      String second = lower(header.cell(1));
      if (second.contains("driv") || second.contains("depend")) {
        return Format.POWERS;
      }
      if (header.size() == 2 && second.contains("level")) {
        return Format.LEVELS;
      }
    }
    return Format.MATRIX;
  }

  // ------------------------------------------------------------------ factors

  private final Map<String, DelimitedTable.Cell> firstCell = new HashMap<>();

  /** The factor a cell names: as printed, or the SSIM's label when factors were given. */
  private String factor(DelimitedTable.Cell c, String what) {
    return factor(c.text().strip(), c, what);
  }

  private String factor(String name, DelimitedTable.Cell c, String what) {
    if (name.isEmpty()) {
      throw new SsimFormatException(c.line(), c.column(), "", "empty " + what);
    }
    if (factors == null) {
      return name;
    }
    if (factors.contains(name)) {
      return name;
    }
    if (name.matches("[0-9]{1,9}")) {
      int k = Integer.parseInt(name);
      if (k >= 1 && k <= factors.size()) {
        return factors.get(k - 1);
      }
    }
    throw new SsimFormatException(c.line(), c.column(), name,
        "unknown factor '" + name + "' (the SSIM has no factor of that label or number)");
  }

  private void once(String factor, DelimitedTable.Cell c) {
    DelimitedTable.Cell first = firstCell.putIfAbsent(factor, c);
    if (first != null) {
      throw new SsimFormatException(c.line(), c.column(), c.text().strip(),
          "factor '" + factor + "' has a second row (the first is "
              + first.reference().map(r -> "in " + r).orElse("on line " + first.line()) + ")");
    }
  }

  private static int number(DelimitedTable.Cell c, String what, int min) {
    String t = c.text().strip();
    if (t.matches("[0-9]+")) {
      String digits = t.replaceFirst("^0+(?=.)", "");
      if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
        throw new SsimFormatException(c.line(), c.column(), t, what + " '" + t + "' is larger"
            + " than " + Integer.MAX_VALUE + ", the largest " + what + " ism4j reads");
      }
      int v = Integer.parseInt(digits);
      if (v >= min) {
        return v;
      }
    }
    throw new SsimFormatException(c.line(), c.column(), t, what + " '" + t + "' is not a whole"
        + " number" + (min > 0 ? " of at least " + min : ""));
  }

  /** The row's cells after the last non-empty one are dropped (trailing delimiters). */
  private static int width(DelimitedTable.Row row) {
    int w = row.size();
    while (w > 0 && row.cell(w - 1).text().isBlank()) {
      w--;
    }
    return w;
  }

  // ------------------------------------------------------------------ matrix

  private PublishedTables matrix(Part wanted) {
    DelimitedTable.Row header = rows.get(0);
    int hw = width(header);
    String corner = header.size() > 0 ? lower(header.cell(0)) : "";
    List<String> labels = new ArrayList<>();
    int drivingColumn = -1;
    for (int k = 1; k < hw; k++) {
      DelimitedTable.Cell c = header.cell(k);
      String h = lower(c);
      if (h.contains("driv")) {
        drivingColumn = k;
        if (k != hw - 1) {
          throw new SsimFormatException(c.line(), c.column(), c.text().strip(),
              "the driving power column must be the last one");
        }
        break;
      }
      String f = factor(c, "column label");
      if (labels.contains(f)) {
        throw new SsimFormatException(c.line(), c.column(), c.text().strip(),
            "factor '" + f + "' labels two columns");
      }
      labels.add(f);
    }
    int n = labels.size();
    if (n == 0) {
      throw new SsimFormatException(header.line(), 2, "",
          "the header row needs the factor labels, one per column after the first");
    }
    BitMatrix.Builder ones = BitMatrix.builder(n);
    BitMatrix.Builder starred = BitMatrix.builder(n);
    boolean anyStar = false;
    int[] driving = new int[n];
    int[] dependence = null;
    DelimitedTable.Cell dependenceLabel = null;
    int r = 0;
    for (int k = 1; k < rows.size(); k++) {
      DelimitedTable.Row row = rows.get(k);
      DelimitedTable.Cell first = row.cell(0);
      if (r == n && lower(first).contains("depend")) {
        dependenceLabel = first;
        dependence = new int[n];
        if (width(row) != n + 1) {
          throw new SsimFormatException(row.line(), Math.min(width(row), n + 1) + 1, "",
              "the dependence power row needs " + n + " numbers, found " + (width(row) - 1));
        }
        for (int j = 0; j < n; j++) {
          dependence[j] = number(row.cell(j + 1), "dependence power", 0);
        }
        continue;
      }
      if (r >= n || dependence != null) {
        throw new SsimFormatException(row.line(), 1, first.text().strip(),
            "more rows than the " + n + " factors of the header");
      }
      String label = factor(first, "row label");
      if (!label.equals(labels.get(r))) {
        throw new SsimFormatException(first.line(), first.column(), first.text().strip(),
            "row label '" + first.text().strip() + "' does not match column label '"
                + labels.get(r) + "' (rows and columns must list the factors in the same order)");
      }
      int expected = n + 1 + (drivingColumn >= 0 ? 1 : 0);
      int w = width(row);
      if (w != expected) {
        int col = Math.min(w, expected) + 1;
        throw new SsimFormatException(row.line(), w > expected ? expected + 1 : col,
            w > expected ? row.cell(expected).text().strip() : "",
            "row '" + label + "' has " + (w - 1) + (w - 1 == 1 ? " cell" : " cells")
                + " after its label, expected " + (expected - 1));
      }
      for (int j = 0; j < n; j++) {
        DelimitedTable.Cell c = row.cell(j + 1);
        String t = c.text().strip().replace(" ", "");
        switch (t) {
          case "0":
            break;
          case "1":
            ones.set(r, j);
            break;
          case "1*":
            ones.set(r, j);
            starred.set(r, j);
            anyStar = true;
            break;
          default:
            throw new SsimFormatException(c.line(), c.column(), c.text().strip(),
                "'" + c.text().strip() + "' is not a reachability cell (expected 0, 1 or 1*)");
        }
      }
      if (drivingColumn >= 0) {
        driving[r] = number(row.cell(drivingColumn), "driving power", 0);
      }
      r++;
    }
    if (r < n) {
      DelimitedTable.Row last = rows.get(rows.size() - 1);
      throw new SsimFormatException(last.line(), 1, "", "the matrix ends after " + r
          + (r == 1 ? " row" : " rows") + ", but the header names " + n + " factors");
    }
    if ((drivingColumn >= 0) != (dependence != null)) {
      DelimitedTable.Cell c = drivingColumn >= 0 ? header.cell(drivingColumn) : dependenceLabel;
      throw new SsimFormatException(c.line(), c.column(), c.text().strip(),
          "a driving power column and a dependence power row go together: the other is missing");
    }
    Part part = wanted;
    if (part == null) {
      if (corner.contains("irm") || corner.contains("initial")) {
        part = Part.IRM;
      } else if (corner.contains("frm") || corner.contains("final")) {
        part = Part.FRM;
      } else {
        part = anyStar ? Part.FRM : Part.IRM;
      }
    }
    PublishedMatrix m = new PublishedMatrix(labels, ones.build(), starred.build());
    PublishedTables.Builder b = PublishedTables.builder();
    if (part == Part.IRM) {
      b.irm(m);
    } else {
      b.frm(m);
    }
    if (source != null) {
      b.source(part, source);
    }
    if (dependence != null) {
      for (int i = 0; i < n; i++) {
        b.power(labels.get(i), driving[i], dependence[i]);
      }
      if (source != null) {
        b.source(Part.POWERS, source);
      }
    }
    return b.build();
  }

  // ------------------------------------------------------------------ sets

  private static boolean isOutput(String h) {
    return h.contains("reach") || h.contains("output");
  }

  private static boolean isInput(String h) {
    return h.contains("antecedent") || h.contains("input");
  }

  private static boolean isCommon(String h) {
    return h.contains("intersection") || h.contains("common") || h.contains("∩");
  }

  private PublishedTables sets() {
    DelimitedTable.Row header = rows.get(0);
    int out = -1;
    int in = -1;
    int common = -1;
    int level = -1;
    for (int k = 1; k < header.size(); k++) {
      String h = lower(header.cell(k));
      if (isCommon(h)) {
        common = claim(common, k, header, "intersection (common) set");
      } else if (isInput(h)) {
        in = claim(in, k, header, "antecedent (input) set");
      } else if (isOutput(h)) {
        out = claim(out, k, header, "reachability (output) set");
      } else if (h.contains("level")) {
        level = claim(level, k, header, "level");
      }
    }
    if (out < 0 || in < 0) {
      throw new SsimFormatException(header.line(), 1, "", "the sets table needs a header row with"
          + " a reachability (output) set column and an antecedent (input) set column");
    }
    int needed = Math.max(Math.max(out, in), Math.max(common, level)) + 1;
    PublishedTables.Builder b = PublishedTables.builder();
    for (int k = 1; k < rows.size(); k++) {
      DelimitedTable.Row row = rows.get(k);
      if (row.size() < needed) {
        throw new SsimFormatException(row.line(), row.size() + 1, "", "the row has " + row.size()
            + " cells, the header " + needed + " or more");
      }
      DelimitedTable.Cell first = row.cell(0);
      String f = factor(first, "factor");
      once(f, first);
      OptionalInt lv = OptionalInt.empty();
      if (level >= 0 && !row.cell(level).text().isBlank()) {
        lv = OptionalInt.of(number(row.cell(level), "level", 1));
      }
      b.setsRow(new PublishedTables.SetsRow(f, members(row.cell(out)), members(row.cell(in)),
          common >= 0 ? Optional.of(members(row.cell(common))) : Optional.empty(), lv));
    }
    if (source != null) {
      b.source(Part.SETS, source);
    }
    return b.build();
  }

  private static int claim(int current, int k, DelimitedTable.Row header, String what) {
    if (current >= 0) {
      DelimitedTable.Cell c = header.cell(k);
      throw new SsimFormatException(c.line(), c.column(), c.text().strip(),
          "a second " + what + " column (the first is column " + (current + 1) + ")");
    }
    return k;
  }

  private List<String> members(DelimitedTable.Cell c) {
    String t = c.text().strip();
    if (t.startsWith("{") && t.endsWith("}")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    List<String> out = new ArrayList<>();
    if (t.isEmpty() || t.equals("-") || t.equals("—") || t.equals("∅")) {
      return out;
    }
    for (String part : t.split(",", -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        throw new SsimFormatException(c.line(), c.column(), c.text().strip(),
            "empty factor in the set '" + c.text().strip() + "' (two commas in a row?)");
      }
      String f = factor(name, c, "factor");
      if (out.contains(f)) {
        throw new SsimFormatException(c.line(), c.column(), name,
            "factor '" + name + "' is listed twice in the set");
      }
      out.add(f);
    }
    return out;
  }

  // ------------------------------------------------------------------ levels and powers

  private PublishedTables levels() {
    DelimitedTable.Row header = rows.get(0);
    if (width(header) != 2 || !lower(header.cell(1)).contains("level")) {
      throw new SsimFormatException(header.line(), 1, header.cell(0).text().strip(),
          "the levels table needs a header row 'factor<TAB>level'");
    }
    PublishedTables.Builder b = PublishedTables.builder();
    for (int k = 1; k < rows.size(); k++) {
      DelimitedTable.Row row = rows.get(k);
      if (width(row) != 2) {
        throw new SsimFormatException(row.line(), Math.min(width(row), 2) + 1,
            width(row) > 2 ? row.cell(2).text().strip() : "",
            "expected 2 cells (factor, level), found " + width(row));
      }
      String f = factor(row.cell(0), "factor");
      once(f, row.cell(0));
      b.level(f, number(row.cell(1), "level", 1));
    }
    if (source != null) {
      b.source(Part.LEVELS, source);
    }
    return b.build();
  }

  private PublishedTables powers() {
    DelimitedTable.Row header = rows.get(0);
    int driving = -1;
    int dependence = -1;
    for (int k = 1; k < header.size(); k++) {
      String h = lower(header.cell(k));
      if (h.contains("driv")) {
        driving = claim(driving, k, header, "driving power");
      } else if (h.contains("depend")) {
        dependence = claim(dependence, k, header, "dependence power");
      }
    }
    if (driving < 0 || dependence < 0) {
      throw new SsimFormatException(header.line(), 1, "", "the powers table needs a header row"
          + " with a driving power column and a dependence power column");
    }
    int needed = Math.max(driving, dependence) + 1;
    PublishedTables.Builder b = PublishedTables.builder();
    for (int k = 1; k < rows.size(); k++) {
      DelimitedTable.Row row = rows.get(k);
      if (row.size() < needed) {
        throw new SsimFormatException(row.line(), row.size() + 1, "", "the row has " + row.size()
            + " cells, the header " + needed + " or more");
      }
      String f = factor(row.cell(0), "factor");
      once(f, row.cell(0));
      b.power(f, number(row.cell(driving), "driving power", 0),
          number(row.cell(dependence), "dependence power", 0));
    }
    if (source != null) {
      b.source(Part.POWERS, source);
    }
    return b.build();
  }
}
