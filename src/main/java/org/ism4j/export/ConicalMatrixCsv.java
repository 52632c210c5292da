package org.ism4j.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ism4j.IsmModel;
import org.ism4j.reach.ReachabilityMatrix;

/**
 * Writes the conical matrix as CSV (RFC 4180, {@code \r\n} line ends): the final reachability
 * matrix with rows and columns reordered by level, level 1 first, factors of one level in input
 * order. Transitive links are written {@code 1*} (or {@code 1} when asked), so the file reads like
 * the table in an ISM paper.
 *
 * <pre>
 * factor,D,C,B,A,driving power,level
 * D,1,0,0,0,1,1
 * C,1,1,0,0,2,2
 * …
 * dependence power,4,3,2,1,,
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConicalMatrixCsv implements ModelExporter<IsmModel> {
  private static final ConicalMatrixCsv MARKED = new ConicalMatrixCsv(true);
  private static final ConicalMatrixCsv UNMARKED = new ConicalMatrixCsv(false);

  private final boolean markTransitiveLinks;

  private ConicalMatrixCsv(boolean markTransitiveLinks) {
    this.markTransitiveLinks = markTransitiveLinks;
  }

  /**
   * Returns an exporter that writes transitive links {@code 1*}.
   *
   * @return the exporter
   */
  public static ConicalMatrixCsv create() {
    return MARKED;
  }

  /**
   * Returns this exporter marking transitive links or not.
   *
   * @param mark whether a transitive link is written {@code 1*} rather than {@code 1}
   * @return an exporter
   */
  public ConicalMatrixCsv withTransitiveLinksMarked(boolean mark) {
    return mark ? MARKED : UNMARKED;
  }

  /**
   * Writes the conical matrix of a model as CSV.
   *
   * @param model an analysed model
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  @Override
  public void export(IsmModel model, Writer out) throws IOException {
    int[] order = order(model);
    ReachabilityMatrix frm = model.finalReachability();
    StringBuilder sb = new StringBuilder();
    sb.append("factor");
    for (int j : order) {
      sb.append(',').append(field(model.labels().get(j)));
    }
    sb.append(",driving power,level\r\n");
    for (int i : order) {
      sb.append(field(model.labels().get(i)));
      for (int j : order) {
        String cell = frm.cell(i, j);
        sb.append(',').append(markTransitiveLinks ? cell : cell.substring(0, 1));
      }
      sb.append(',').append(model.micmac().drivingPower(i));
      sb.append(',').append(model.levels().levelOf(i)).append("\r\n");
    }
    sb.append("dependence power");
    for (int j : order) {
      sb.append(',').append(model.micmac().dependencePower(j));
    }
    sb.append(",,\r\n");
    out.append(sb);
    out.flush();
  }

  /** Returns the factor order of the conical matrix: by level, level 1 first, then input order. */
  static int[] order(IsmModel model) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < model.size(); i++) {
      idx.add(i);
    }
    idx.sort(Comparator.<Integer>comparingInt(i -> model.levels().levelOf(i)).thenComparingInt(i -> i));
    return idx.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Quotes a CSV field when it holds a comma, a quote, a line break or leading or trailing space.
   *
   * @param s the field
   * @return the field as written
   */
  static String field(String label) {
    // CSV injection: a spreadsheet takes a field starting with = + - @ (or tab, carriage return)
    // for a formula. A leading apostrophe makes it text there: OWASP's advice, and the one prefix
    // every spreadsheet reads as "text". (A leading tab is no guard everywhere: some importers trim
    // it.) The label then reads back with the apostrophe; only such labels change.
    String s = label.isEmpty() || "=+-@\t\r".indexOf(label.charAt(0)) < 0 ? label : "'" + label;
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0 || !s.equals(s.strip());
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
