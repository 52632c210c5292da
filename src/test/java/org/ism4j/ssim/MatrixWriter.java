package org.ism4j.ssim;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Tuple;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.DelimitedTable.Delimiter;

/** Writes SSIMs and IRMs in the layouts researchers use, for round-trip and mutation tests. */
final class MatrixWriter {
  enum Corner {
    EMPTY,
    OMITTED,
    TEXT
  }

  /** One way of writing a matrix; {@link #toString()} says which, for failure reports. */
  static final class Format {
    Delimiter delimiter = Delimiter.TAB;
    boolean header = true;
    boolean labelColumn = true;
    Corner corner = Corner.EMPTY;
    /** Whether an SSIM's lower triangle is written (mirrored) or left empty. */
    boolean full;
    String diagonal = "";
    String lowerBlank = "";
    boolean lowerCase;
    String lineEnd = "\n";
    boolean finalLineEnd = true;
    int trailingBlankLines;
    boolean bom;
    boolean quoteAll;

    /**
     * Every format, drawn from shrinkable parts; shrinks toward the plain TSV (tab, header, label
     * column, empty corner, upper triangle, nothing on the diagonal, "\n", no BOM).
     */
    static Arbitrary<Format> all() {
      return Builders.withBuilder(Format::new)
          .use(Arbitraries.of(Delimiter.TAB, Delimiter.COMMA, Delimiter.SEMICOLON, Delimiter.SPACES))
          .inSetter((f, d) -> f.delimiter = d)
          .use(Arbitraries.integers().between(0, 2)).inSetter((f, which) -> {
            f.header = which != 2;
            f.labelColumn = which != 1;
          })
          .use(Arbitraries.of(Corner.values())).inSetter((f, c) -> f.corner = c)
          .use(Arbitraries.of(false, true)).inSetter((f, b) -> f.full = b)
          .use(Arbitraries.of("", "-", "X", "x", "1")).inSetter((f, d) -> f.diagonal = d)
          .use(Arbitraries.of("", "-")).inSetter((f, b) -> f.lowerBlank = b)
          .use(Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true))).inSetter((f, b) -> f.lowerCase = b)
          .use(Arbitraries.of("\n", "\r\n", "\r")).inSetter((f, e) -> f.lineEnd = e)
          .use(Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false))).inSetter((f, b) -> f.finalLineEnd = b)
          .use(Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2)))
          .inSetter((f, k) -> f.trailingBlankLines = k)
          .use(Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true))).inSetter((f, b) -> f.bom = b)
          .use(Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true))).inSetter((f, b) -> f.quoteAll = b)
          .build(Format::valid);
    }

    /** Cells separated by runs of spaces cannot be empty: a dash on the diagonal and below it. */
    private Format valid() {
      if (delimiter == Delimiter.SPACES) {
        diagonal = diagonal.isEmpty() ? "-" : diagonal;
        lowerBlank = "-";
      }
      return this;
    }

    /** This format without labels: no header, no label column (the factors are numbered). */
    Format numbered() {
      Format f = copy();
      f.header = false;
      f.labelColumn = false;
      return f;
    }

    private Format copy() {
      Format f = new Format();
      f.delimiter = delimiter;
      f.header = header;
      f.labelColumn = labelColumn;
      f.corner = corner;
      f.full = full;
      f.diagonal = diagonal;
      f.lowerBlank = lowerBlank;
      f.lowerCase = lowerCase;
      f.lineEnd = lineEnd;
      f.finalLineEnd = finalLineEnd;
      f.trailingBlankLines = trailingBlankLines;
      f.bom = bom;
      f.quoteAll = quoteAll;
      return f;
    }

    @Override
    public String toString() {
      return "Format[" + delimiter + (header ? " header" : "") + (labelColumn ? " labelColumn" : "")
          + " corner=" + corner + (full ? " full" : " upper") + " diagonal='" + diagonal
          + "' lowerBlank='" + lowerBlank + "'" + (lowerCase ? " lowercase" : "")
          + " lineEnd=" + lineEnd.replace("\r", "CR").replace("\n", "LF")
          + (finalLineEnd ? "" : " noFinalLineEnd") + " trailingBlank=" + trailingBlankLines
          + (bom ? " BOM" : "") + (quoteAll ? " quoteAll" : "") + "]";
    }
  }

  private MatrixWriter() {}

  static String write(Ssim ssim, Format f) {
    int n = ssim.size();
    List<List<String>> body = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> row = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        String cell;
        if (i == j) {
          cell = f.diagonal;
        } else if (j > i || f.full) {
          cell = String.valueOf(ssim.relation(i, j).symbol());
          if (f.lowerCase) {
            cell = cell.toLowerCase(java.util.Locale.ROOT);
          }
        } else {
          cell = f.lowerBlank;
        }
        row.add(cell);
      }
      body.add(row);
    }
    return write(ssim.labels(), body, f);
  }

  static String writeIrm(ReachabilityMatrix irm, Format f) {
    int n = irm.size();
    List<List<String>> body = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> row = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        row.add(irm.reaches(i, j) ? "1" : "0");
      }
      body.add(row);
    }
    return write(irm.labels(), body, f);
  }

  private static String write(List<String> labels, List<List<String>> body, Format f) {
    List<List<String>> rows = new ArrayList<>();
    if (f.header) {
      List<String> h = new ArrayList<>();
      if (f.labelColumn) {
        if (f.corner == Corner.EMPTY) {
          h.add("");
        } else if (f.corner == Corner.TEXT) {
          h.add("Factor");
        }
      }
      h.addAll(labels);
      rows.add(h);
    }
    for (int i = 0; i < body.size(); i++) {
      List<String> row = new ArrayList<>();
      if (f.labelColumn) {
        row.add(labels.get(i));
      }
      row.addAll(body.get(i));
      rows.add(row);
    }
    StringBuilder sb = new StringBuilder();
    if (f.bom) {
      sb.append('\uFEFF');
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          sb.append(f.delimiter.character());
        }
        sb.append(cell(row.get(c), f));
      }
      if (r < rows.size() - 1 || f.finalLineEnd || f.trailingBlankLines > 0) {
        sb.append(f.lineEnd);
      }
    }
    for (int k = 0; k < f.trailingBlankLines; k++) {
      sb.append(k == 0 ? "" : "  ").append(f.lineEnd);
    }
    return sb.toString();
  }

  /** Quotes a cell as a spreadsheet would, and more: whenever a delimiter character is in it. */
  static String cell(String text, Format f) {
    boolean spaces = f.delimiter == Delimiter.SPACES;
    boolean quote = f.quoteAll
        || (spaces && text.isEmpty())
        || text.startsWith("\"")
        || text.chars().anyMatch(ch -> ch == ',' || ch == ';' || ch == '\t' || ch == '"'
            || ch == '\n' || ch == '\r' || (spaces && ch == ' '));
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
