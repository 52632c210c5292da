package org.ism4j.weighted;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ism4j.ssim.DelimitedTable;
import org.ism4j.ssim.DelimitedTable.Cell;
import org.ism4j.ssim.DelimitedTable.Row;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimFormatException;

/** Reads a {@link WeightedMatrix} from a tokenized table; the rules are on {@link WeightedMatrix}. */
final class WeightedReader {
  private static final Pattern NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final int LABEL_SAMPLE = 8;

  private WeightedReader() {}

  static WeightedMatrix read(DelimitedTable table, Scale given) {
    List<Row> all = table.rows();
    int start = 0;
    while (start < all.size() && all.get(start).isBlank()) {
      start++;
    }
    if (start == all.size()) {
      throw new SsimFormatException(1, 1, "", "empty file: expected a square matrix of weights");
    }
    List<Row> rows = all.subList(start, all.size());
    for (Row r : rows) {
      if (r.isBlank()) {
        throw new SsimFormatException(r.line(), 1, "", "blank line inside the matrix");
      }
    }
    Row first = rows.get(0);
    Row second = rows.size() > 1 ? rows.get(1) : null;
    List<String> column = new ArrayList<>();
    for (int r = 1; r < Math.min(LABEL_SAMPLE + 1, rows.size()); r++) {
      column.add(rows.get(r).cell(0).text().strip());
    }
    List<String> across = texts(first, 1, first.size());
    boolean header = labelLike(across)
        || (counts(across) && (counts(column) || labelLike(column)))
        || (second != null && first.size() == second.size() - 1
            && (labelLike(texts(first, 0, first.size())) || counts(texts(first, 0, first.size()))));
    List<Row> data = header ? rows.subList(1, rows.size()) : rows;
    if (data.isEmpty()) {
      throw new SsimFormatException(first.line(), 1, "", "no matrix rows after the header");
    }
    int width = data.get(0).size();
    boolean labelColumn;
    if (header && first.size() == width - 1) {
      labelColumn = true;
    } else if (header && first.cell(0).text().strip().isEmpty()) {
      labelColumn = true;
    } else {
      List<String> firstCells = new ArrayList<>();
      for (int r = 0; r < Math.min(LABEL_SAMPLE, data.size()); r++) {
        firstCells.add(data.get(r).cell(0).text().strip());
      }
      labelColumn = labelLike(firstCells) || (header && counts(firstCells));
    }
    int offset = labelColumn ? 1 : 0;
    int n = width - offset;
    if (n < 1) {
      throw new SsimFormatException(data.get(0).line(), 1, "", "a label but no weights in the row");
    }
    int headerOffset = 0;
    if (header) {
      headerOffset = first.size() - n;
      if (headerOffset != 0 && !(labelColumn && headerOffset == 1)) {
        int col = Math.min(first.size(), n + offset);
        throw new SsimFormatException(first.line(), col, first.cell(col - 1).text(), "the header names "
            + (first.size() - (labelColumn ? 1 : 0)) + " factors but the rows hold " + n + " weights");
      }
    }
    for (Row r : data) {
      if (r.size() != width) {
        int col = Math.min(r.size(), width + 1);
        throw new SsimFormatException(r.line(), col, r.cell(col - 1).text(),
            "row has " + r.size() + " cells, expected " + width + " (as in line " + data.get(0).line() + ")");
      }
    }
    if (data.size() > n) {
      Row extra = data.get(n);
      throw new SsimFormatException(extra.line(), 1, extra.cell(0).text(),
          "more rows than factors (" + n + " weights per row)");
    }
    if (data.size() < n) {
      Row last = data.get(data.size() - 1);
      throw new SsimFormatException(last.line(), 1, last.cell(0).text(),
          "only " + data.size() + " rows for " + n + " factors (a square matrix has as many rows as weights per row)");
    }

    String[] labels = new String[n];
    Map<String, Cell> seen = new HashMap<>();
    if (header) {
      for (int j = 0; j < n; j++) {
        labels[j] = label(first.cell(headerOffset + j), j, seen);
      }
    }
    if (labelColumn) {
      Map<String, Cell> seenRows = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Cell c = data.get(i).cell(0);
        String label = label(c, i, seenRows);
        if (header && !label.equals(labels[i])) {
          Cell h = first.cell(headerOffset + i);
          throw new SsimFormatException(c.line(), c.column(), label, "label '" + label + "' differs from the header's '"
              + labels[i] + "' (line " + h.line() + ", column " + h.column() + ")");
        }
        labels[i] = label;
      }
    }
    if (!header && !labelColumn) {
      for (int j = 0; j < n; j++) {
        labels[j] = Integer.toString(j + 1);
      }
    }

    Scale scale = given != null ? given : detect(data, offset, n);
    double[] w = new double[n * n];
    boolean[] potential = null;
    for (int i = 0; i < n; i++) {
      Row r = data.get(i);
      for (int j = 0; j < n; j++) {
        Cell c = r.cell(offset + j);
        String t = c.text().strip();
        if (i == j) {
          if (!t.isEmpty() && !t.equals("-") && !isWeightToken(t)) {
            throw new SsimFormatException(c.line(), c.column(), t,
                "diagonal cell '" + t + "' is not a weight (expected empty, -, or " + scale.expected() + "; it is ignored)");
          }
          continue;
        }
        if (t.isEmpty() || t.equals("-")) {
          throw new SsimFormatException(c.line(), c.column(), t, (t.isEmpty() ? "empty cell" : "'-' off the diagonal")
              + " (expected " + scale.expected() + "; write 0 for no influence)");
        }
        if (t.equalsIgnoreCase("P")) {
          if (scale != Scale.GODET) {
            throw new SsimFormatException(c.line(), c.column(), t, "potential link 'P' on the " + scale
                + " scale (expected " + scale.expected() + "; P belongs to the godet scale)");
          }
          if (potential == null) {
            potential = new boolean[n * n];
          }
          potential[i * n + j] = true;
          continue;
        }
        double x = value(t);
        if (Double.isNaN(x)) {
          throw new SsimFormatException(c.line(), c.column(), t,
              "not a weight '" + t + "' (expected " + scale.expected() + ")");
        }
        if (Scale.fuzzyWord(t) >= 0 && scale != Scale.FUZZY) {
          throw new SsimFormatException(c.line(), c.column(), t, "fuzzy word '" + t + "' on the " + scale
              + " scale (expected " + scale.expected() + ")");
        }
        String problem = x < 0 ? "negative weight '" + t + "'" : WeightedMatrix.problem(x, scale) == null ? null
            : "weight '" + t + "' is not on the " + scale + " scale";
        if (problem != null) {
          throw new SsimFormatException(c.line(), c.column(), t, problem + " (expected " + scale.expected() + ")");
        }
        w[i * n + j] = x;
      }
    }
    return new WeightedMatrix(Labels.of(labels), scale, w, potential, 1);
  }

  private static String label(Cell c, int index, Map<String, Cell> seen) {
    String label = c.text().strip();
    if (label.isEmpty()) {
      throw new SsimFormatException(c.line(), c.column(), "", "empty label (factor " + (index + 1) + ")");
    }
    Cell previous = seen.putIfAbsent(label, c);
    if (previous != null) {
      throw new SsimFormatException(c.line(), c.column(), label, "duplicate label '" + label + "' (also at line "
          + previous.line() + ", column " + previous.column() + ")");
    }
    return label;
  }

  /** The scale the off-diagonal cells imply; see {@link WeightedMatrix}. */
  private static Scale detect(List<Row> data, int offset, int n) {
    Cell potential = null;
    Cell word = null;
    boolean fraction = false;
    double max = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        Cell c = data.get(i).cell(offset + j);
        String t = c.text().strip();
        if (t.equalsIgnoreCase("P")) {
          if (word != null) {
            throw mixed(c, t, word);
          }
          potential = potential == null ? c : potential;
        } else if (Scale.fuzzyWord(t) >= 0) {
          if (potential != null) {
            throw mixed(c, t, potential);
          }
          word = word == null ? c : word;
        } else if (NUMBER.matcher(t).matches()) {
          double x = Double.parseDouble(t);
          fraction |= x != Math.rint(x);
          max = Math.max(max, x);
        }
      }
    }
    if (potential != null) {
      return Scale.GODET;
    }
    if (word != null) {
      return Scale.FUZZY;
    }
    if (fraction) {
      return max <= 1 ? Scale.FUZZY : Scale.DEMATEL;
    }
    return max <= 3 ? Scale.GODET : Scale.DEMATEL;
  }

  private static SsimFormatException mixed(Cell c, String t, Cell other) {
    return new SsimFormatException(c.line(), c.column(), t, "'" + t + "' mixes scales with '" + other.text().strip()
        + "' at line " + other.line() + ", column " + other.column() + " (P is godet, words are fuzzy)");
  }

  /** A number or a fuzzy word's value; NaN for anything else. */
  private static double value(String t) {
    if (NUMBER.matcher(t).matches()) {
      return Double.parseDouble(t);
    }
    double w = Scale.fuzzyWord(t);
    return w >= 0 ? w : Double.NaN;
  }

  private static boolean isWeightToken(String t) {
    return t.isEmpty() || t.equals("-") || t.equalsIgnoreCase("P") || NUMBER.matcher(t).matches()
        || Scale.fuzzyWord(t) >= 0;
  }

  /** Whether cells look like labels: one is no weight token. */
  static boolean labelLike(List<String> cells) {
    for (String c : cells) {
      if (!isWeightToken(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether there are at least two cells and they count 0, 1, 2, … or 1, 2, 3, …. */
  static boolean counts(List<String> cells) {
    if (cells.size() < 2) {
      return false;
    }
    for (int base = 0; base <= 1; base++) {
      boolean counts = true;
      for (int k = 0; k < cells.size() && counts; k++) {
        counts = cells.get(k).equals(Integer.toString(base + k));
      }
      if (counts) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(Row row, int from, int to) {
    List<String> t = new ArrayList<>();
    for (int k = from; k < to; k++) {
      t.add(row.cell(k).text().strip());
    }
    return t;
  }
}
