package org.ism4j.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ism4j.panel.Agreement;
import org.ism4j.panel.CellAgreement;
import org.ism4j.panel.ExpertAgreement;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/**
 * An expert panel's aggregate as one xlsx workbook: sheet <b>SSIM</b> (the aggregated SSIM, upper
 * triangle, so it reads back as an SSIM), <b>Agreement</b> (per cell the counts of V, A, X, O, the
 * aggregated symbol and its share), <b>Experts</b> (each expert's share of cells equal to the
 * aggregate) and <b>Summary</b> (rule, Fleiss' kappa and its reading). Immutable and thread-safe.
 */
public final class PanelXlsx implements BinaryExporter<Agreement> {
  private static final PanelXlsx DEFAULT = new PanelXlsx();

  private PanelXlsx() {}

  /**
   * Returns the exporter.
   *
   * @return the exporter
   */
  public static PanelXlsx create() {
    return DEFAULT;
  }

  @Override
  public void export(Agreement agreement, OutputStream out) throws IOException {
    Objects.requireNonNull(agreement, "agreement");
    Objects.requireNonNull(out, "out");
    Workbook wb = new Workbook(out, "ism4j", "1.0");
    Ssim ssim = agreement.ssim();
    Worksheet sheet = wb.newWorksheet("SSIM");
    XlsxSheets.labels(sheet, ssim.labels());
    for (int i = 0; i < ssim.size(); i++) {
      for (int j = i + 1; j < ssim.size(); j++) {
        sheet.value(i + 1, j + 1, String.valueOf(ssim.relation(i, j).symbol()));
      }
    }
    Worksheet cells = wb.newWorksheet("Agreement");
    XlsxSheets.header(cells, 0, "from", "to", "symbol", "share", "V", "A", "X", "O", "tied");
    int r = 1;
    for (CellAgreement c : agreement.cells()) {
      cells.value(r, 0, c.from());
      cells.value(r, 1, c.to());
      cells.value(r, 2, String.valueOf(c.symbol().symbol()));
      cells.value(r, 3, c.share());
      int k = 4;
      for (Relation rel : Relation.values()) {
        cells.value(r, k++, c.count(rel));
      }
      cells.value(r, 8, c.tied() ? "tied" : "");
      r++;
    }
    Worksheet experts = wb.newWorksheet("Experts");
    XlsxSheets.header(experts, 0, "expert", "agreement");
    r = 1;
    for (ExpertAgreement e : agreement.expertAgreement()) {
      experts.value(r, 0, e.expert());
      experts.value(r++, 1, e.agreement());
    }
    Worksheet summary = wb.newWorksheet("Summary");
    XlsxSheets.header(summary, 0, "rule", "experts", "fleissKappa", "reading");
    summary.value(1, 0, agreement.rule().toString());
    summary.value(1, 1, agreement.experts().size());
    summary.value(1, 2, agreement.fleissKappa());
    summary.value(1, 3, agreement.kappaReading());
    wb.finish();
    out.flush();
  }

  @Override
  public String toString() {
    return "PanelXlsx";
  }
}
