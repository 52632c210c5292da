package org.ism4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.ism4j.internal.TextMetrics;

/**
 * Plain-text layout helpers for the reports: word wrapping to a number of terminal columns
 * ({@link TextMetrics#columns(String)}: wide East Asian characters count two, combining marks
 * none), aligned tables and matrices split into column blocks that fit a terminal.
 */
final class TextLayout {
  private TextLayout() {}

  private static int width(String s) {
    return TextMetrics.columns(s);
  }

  /** Pads on the right to a display width; line breaks and controls are escaped first ({@link Escape#text}). */
  static String padRight(String text, int w) {
    String s = Escape.text(text);
    int pad = w - width(s);
    return pad <= 0 ? s : s + " ".repeat(pad);
  }

  /** Pads on the left to a display width; line breaks and controls are escaped first. */
  static String padLeft(String text, int w) {
    String s = Escape.text(text);
    int pad = w - width(s);
    return pad <= 0 ? s : " ".repeat(pad) + s;
  }

  /**
   * Wraps text to a display width, breaking at spaces (so after {@code ", "} too), and inside a
   * word only when the word alone is too wide; text that fits is returned as it is.
   */
  static List<String> wrap(String raw, int width) {
    String text = Escape.text(raw);
    if (width < 1 || width(text) <= width) {
      return List.of(text);
    }
    List<String> words = new ArrayList<>();
    for (String w : text.split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return TextMetrics.flow(words, " ", TextMetrics::columns, width);
  }

  /** An aligned text table whose wide columns wrap to fit a total width. */
  static final class Table {
    private static final int GAP = 2;
    private static final int MIN_WRAP = 12;

    private final String[] headers;
    private final boolean[] right;
    private final boolean[] wraps;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
      this.headers = headers;
      this.right = new boolean[headers.length];
      this.wraps = new boolean[headers.length];
    }

    /** Right-aligns a column (numbers). */
    Table alignRight(int column) {
      right[column] = true;
      return this;
    }

    /** Lets a column wrap when the table is too wide. */
    Table wrap(int column) {
      wraps[column] = true;
      return this;
    }

    /** Adds a row; missing cells are empty. */
    Table row(String... cells) {
      String[] r = new String[headers.length];
      for (int c = 0; c < r.length; c++) {
        // a label's line break or tab would break the row or the columns
        r[c] = c < cells.length && cells[c] != null ? Escape.text(cells[c]) : "";
      }
      rows.add(r);
      return this;
    }

    /** Renders the table, each line starting with {@code indent}, at most {@code maxWidth} wide where wrapping allows. */
    void render(StringBuilder out, String indent, int maxWidth) {
      int cols = headers.length;
      int[] w = new int[cols];
      for (int c = 0; c < cols; c++) {
        w[c] = width(headers[c]);
      }
      for (String[] r : rows) {
        for (int c = 0; c < cols; c++) {
          w[c] = Math.max(w[c], width(r[c]));
        }
      }
      int total = indent.length() + GAP * (cols - 1);
      int fixed = total;
      List<Integer> wrapColumns = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        total += w[c];
        if (wraps[c]) {
          wrapColumns.add(c);
        } else {
          fixed += w[c];
        }
      }
      if (total > maxWidth && !wrapColumns.isEmpty()) {
        wrapColumns.sort((a, b) -> Integer.compare(w[a], w[b]));
        int budget = maxWidth - fixed;
        for (int k = 0; k < wrapColumns.size(); k++) {
          int c = wrapColumns.get(k);
          int share = budget / (wrapColumns.size() - k);
          int min = Math.max(MIN_WRAP, width(headers[c]));
          w[c] = Math.min(w[c], Math.max(share, min));
          budget -= w[c];
        }
      }
      line(out, indent, headers, w, false);
      String[] rule = new String[cols];
      for (int c = 0; c < cols; c++) {
        rule[c] = "-".repeat(w[c]);
      }
      line(out, indent, rule, w, false);
      for (String[] r : rows) {
        line(out, indent, r, w, true);
      }
    }

    private void line(StringBuilder out, String indent, String[] cells, int[] w, boolean align) {
      int cols = cells.length;
      List<List<String>> wrapped = new ArrayList<>(cols);
      int height = 1;
      for (int c = 0; c < cols; c++) {
        List<String> lines = wraps[c] ? TextLayout.wrap(cells[c], w[c]) : List.of(cells[c]);
        wrapped.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int k = 0; k < height; k++) {
        StringBuilder sb = new StringBuilder(indent);
        for (int c = 0; c < cols; c++) {
          if (c > 0) {
            sb.append(" ".repeat(GAP));
          }
          String s = k < wrapped.get(c).size() ? wrapped.get(c).get(k) : "";
          sb.append(align && right[c] ? padLeft(s, w[c]) : padRight(s, w[c]));
        }
        out.append(sb.toString().stripTrailing()).append('\n');
      }
    }
  }

  /**
   * Renders an n×n matrix with the given row and column keys, splitting its columns into blocks
   * that fit {@code maxWidth}. Cells are left-aligned so that {@code 1*} stands out.
   */
  static void matrix(StringBuilder out, String indent, List<String> rawKeys, int maxCell,
      CellText cell, int maxWidth) {
    List<String> keys = new ArrayList<>(rawKeys.size());
    for (String k : rawKeys) {
      keys.add(Escape.text(k));
    }
    int n = keys.size();
    int keyWidth = 0;
    for (String k : keys) {
      keyWidth = Math.max(keyWidth, width(k));
    }
    int cw = Math.max(maxCell, keyWidth);
    int perBlock = Math.max(1, (maxWidth - indent.length() - keyWidth) / (cw + 1));
    for (int from = 0; from < n; from += perBlock) {
      int to = Math.min(n, from + perBlock);
      if (perBlock < n) {
        if (from > 0) {
          out.append('\n');
        }
        out.append(indent).append("columns ").append(keys.get(from)).append(" to ")
            .append(keys.get(to - 1)).append(":\n");
      }
      StringBuilder header = new StringBuilder(indent).append(" ".repeat(keyWidth));
      for (int j = from; j < to; j++) {
        header.append(' ').append(padRight(keys.get(j), cw));
      }
      out.append(header.toString().stripTrailing()).append('\n');
      for (int i = 0; i < n; i++) {
        StringBuilder row = new StringBuilder(indent).append(padRight(keys.get(i), keyWidth));
        for (int j = from; j < to; j++) {
          row.append(' ').append(padRight(cell.at(i, j), cw));
        }
        out.append(row.toString().stripTrailing()).append('\n');
      }
    }
  }

  /** The text of one matrix cell. */
  interface CellText {
    /** Returns the text of cell (i, j). */
    String at(int i, int j);
  }

  /** Joins strings with {@code ", "}. */
  static String list(List<String> items) {
    return String.join(", ", items);
  }

  /** Joins the items given by index with {@code ", "}. */
  static String list(int[] indices, IntFunction<String> key) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < indices.length; k++) {
      if (k > 0) {
        sb.append(", ");
      }
      sb.append(key.apply(indices[k]));
    }
    return sb.toString();
  }
}
