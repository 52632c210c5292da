package org.ism4j.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ism4j.IsmModel;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.level.Iteration;
import org.ism4j.micmac.Micmac;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Labels;

/**
 * Writes an analysed model as one Excel workbook ({@code .xlsx}), one table per sheet: SSIM, IRM,
 * FRM (transitive links {@code 1*}, shaded), Iterations (the textbook level-partition tables),
 * Levels, MICMAC, Conical matrix and Digraph links, and Factors when display names are given.
 * Immutable and thread-safe; written with fastexcel.
 *
 * <pre>{@code
 * XlsxExporter.create().withNames(names).export(model, Path.of("model.xlsx"));
 * }</pre>
 *
 * <p>Every sheet reads back with {@link org.ism4j.ssim.Workbook}: the SSIM sheet gives the same
 * {@code Ssim}, the IRM sheet the same IRM. Labels and names are always string cells, never
 * formulas or numbers, so a label such as {@code =1+1} or {@code 007} stays as written; the 0/1
 * cells and the powers are numbers.
 */
public final class XlsxExporter implements BinaryExporter<IsmModel> {
  private static final XlsxExporter DEFAULT = new XlsxExporter(FactorNames.none());
  /** The fill of transitive links in the FRM and the conical matrix. */
  private static final String SHADE = "D9D9D9";

  private final FactorNames names;

  private XlsxExporter(FactorNames names) {
    this.names = names;
  }

  /**
   * Returns the exporter without display names.
   *
   * @return the exporter
   */
  public static XlsxExporter create() {
    return DEFAULT;
  }

  /**
   * Returns an exporter that adds a Factors sheet of label and display name.
   *
   * @param names the display names
   * @return a new exporter
   */
  public XlsxExporter withNames(FactorNames names) {
    return new XlsxExporter(Objects.requireNonNull(names, "names"));
  }

  @Override
  public void export(IsmModel model, OutputStream out) throws IOException {
    Objects.requireNonNull(model, "model");
    Workbook wb = new Workbook(out, "ism4j", "1.0");
    ssim(model, wb.newWorksheet("SSIM"));
    matrix(model, model.initialReachability(), wb.newWorksheet("IRM"));
    matrix(model, model.finalReachability(), wb.newWorksheet("FRM"));
    iterations(model, wb.newWorksheet("Iterations"));
    levels(model, wb.newWorksheet("Levels"));
    micmac(model, wb.newWorksheet("MICMAC"));
    conical(model, wb.newWorksheet("Conical matrix"));
    links(model, wb.newWorksheet("Digraph links"));
    if (!names.isEmpty()) {
      Worksheet ws = wb.newWorksheet("Factors");
      XlsxSheets.header(ws, 0, "factor", "name");
      int r = 1;
      for (String label : model.labels()) {
        ws.value(r, 0, label);
        ws.value(r++, 1, names.nameOf(label));
      }
    }
    wb.finish();
    out.flush();
  }

  private static void ssim(IsmModel model, Worksheet ws) {
    int n = model.size();
    XlsxSheets.labels(ws, model.labels());
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        ws.value(i + 1, j + 1, String.valueOf(model.ssim().relation(i, j).symbol()));
      }
    }
  }

  private static void matrix(IsmModel model, ReachabilityMatrix m, Worksheet ws) {
    int n = model.size();
    XlsxSheets.labels(ws, model.labels());
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        cell(ws, i + 1, j + 1, m, i, j);
      }
    }
  }

  /** A reachability cell: the number 0 or 1, or the text {@code 1*} shaded. */
  private static void cell(Worksheet ws, int r, int c, ReachabilityMatrix m, int i, int j) {
    if (m.isTransitiveLink(i, j)) {
      ws.value(r, c, "1*");
      ws.style(r, c).fillColor(SHADE).horizontalAlignment("right").set();
    } else {
      ws.value(r, c, m.reaches(i, j) ? 1 : 0);
    }
  }

  private static void iterations(IsmModel model, Worksheet ws) {
    int r = 0;
    for (Iteration it : model.levels().iterations()) {
      ws.value(r, 0, "Iteration " + it.number());
      ws.style(r, 0).bold().set();
      XlsxSheets.header(ws, r + 1, "factor", "R(i)", "A(i)", "R(i) ∩ A(i)", "level");
      r += 2;
      for (Iteration.Row row : it.rows()) {
        ws.value(r, 0, row.factor());
        ws.value(r, 1, String.join(", ", row.reachabilitySet()));
        ws.value(r, 2, String.join(", ", row.antecedentSet()));
        ws.value(r, 3, String.join(", ", row.intersection()));
        if (row.level().isPresent()) {
          ws.value(r, 4, row.level().getAsInt());
        }
        r++;
      }
      r++;
    }
  }

  private static void levels(IsmModel model, Worksheet ws) {
    XlsxSheets.header(ws, 0, "factor", "level");
    int r = 1;
    Labels labels = model.labels();
    for (int level = 1; level <= model.levels().levelCount(); level++) {
      for (int i = 0; i < labels.size(); i++) {
        if (model.levels().levelOf(i) == level) {
          ws.value(r, 0, labels.get(i));
          ws.value(r++, 1, level);
        }
      }
    }
  }

  private static void micmac(IsmModel model, Worksheet ws) {
    Micmac m = model.micmac();
    XlsxSheets.header(ws, 0, "factor", "driving power", "dependence power", "cluster");
    int r = 1;
    for (int i = 0; i < model.size(); i++) {
      ws.value(r, 0, model.labels().get(i));
      ws.value(r, 1, m.drivingPower(i));
      ws.value(r, 2, m.dependencePower(i));
      ws.value(r++, 3, m.cluster(i).roman() + " " + m.cluster(i).displayName());
    }
    r++;
    ws.value(r, 0, "split rule");
    ws.value(r++, 1, m.splitRule().label());
    ws.value(r, 0, "driving threshold");
    ws.value(r++, 1, m.drivingThreshold());
    ws.value(r, 0, "dependence threshold");
    ws.value(r, 1, m.dependenceThreshold());
  }

  private static void conical(IsmModel model, Worksheet ws) {
    int[] order = ConicalMatrixCsv.order(model);
    ReachabilityMatrix frm = model.finalReachability();
    int n = order.length;
    ws.value(0, 0, "factor");
    for (int k = 0; k < n; k++) {
      ws.value(0, k + 1, model.labels().get(order[k]));
      ws.value(k + 1, 0, model.labels().get(order[k]));
    }
    ws.value(0, n + 1, "driving power");
    ws.value(0, n + 2, "level");
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        cell(ws, a + 1, b + 1, frm, order[a], order[b]);
      }
      ws.value(a + 1, n + 1, model.micmac().drivingPower(order[a]));
      ws.value(a + 1, n + 2, model.levels().levelOf(order[a]));
    }
    ws.value(n + 1, 0, "dependence power");
    for (int b = 0; b < n; b++) {
      ws.value(n + 1, b + 1, model.micmac().dependencePower(order[b]));
    }
  }

  private static void links(IsmModel model, Worksheet ws) {
    XlsxSheets.header(ws, 0, "from", "to", "from level", "to level", "kind");
    int r = 1;
    for (LayeredDigraph.Edge e : model.digraph().edges()) {
      ws.value(r, 0, e.source().name());
      ws.value(r, 1, e.target().name());
      ws.value(r, 2, e.source().level());
      ws.value(r, 3, e.target().level());
      ws.value(r++, 4, e.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Override
  public String toString() {
    return "XlsxExporter[names=" + names.asMap().size() + "]";
  }
}
