package org.ism4j.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ism4j.audit.Audit;
import org.ism4j.audit.Cause;
import org.ism4j.audit.Finding;

/**
 * A reproduction audit as one xlsx workbook: sheet <b>Summary</b> (verdict and summary),
 * <b>Diagnosis</b> (the ranked root causes), <b>Findings</b> (kind, factors, cells, published,
 * computed, explanation) and <b>Levels</b> (per factor the published level, the computed one and
 * the one the IRM gives without closure, side by side). Labels are string cells, never formulas.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * AuditXlsx.create().export(Audit.of(ssim, published), Path.of("audit.xlsx"));
 * }</pre>
 */
public final class AuditXlsx implements BinaryExporter<Audit> {
  private static final AuditXlsx DEFAULT = new AuditXlsx();

  private AuditXlsx() {}

  /**
   * Returns the exporter.
   *
   * @return the exporter
   */
  public static AuditXlsx create() {
    return DEFAULT;
  }

  @Override
  public void export(Audit audit, OutputStream out) throws IOException {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(out, "out");
    Workbook wb = new Workbook(out, "ism4j", "1.0");
    Worksheet summary = wb.newWorksheet("Summary");
    XlsxSheets.header(summary, 0, "verdict", "findings", "summary");
    summary.value(1, 0, audit.verdict().toString());
    summary.value(1, 1, audit.findings().size());
    summary.value(1, 2, audit.summary());

    Worksheet diagnosis = wb.newWorksheet("Diagnosis");
    XlsxSheets.header(diagnosis, 0, "rank", "id", "message", "factors", "cells");
    int r = 1;
    for (Cause c : audit.diagnosis()) {
      diagnosis.value(r, 0, r);
      diagnosis.value(r, 1, c.id());
      diagnosis.value(r, 2, c.message());
      diagnosis.value(r, 3, String.join(", ", c.factors()));
      diagnosis.value(r, 4, cells(c.cells()));
      r++;
    }

    Worksheet findings = wb.newWorksheet("Findings");
    XlsxSheets.header(findings, 0, "kind", "factors", "cells", "published", "computed", "explanation");
    r = 1;
    for (Finding f : audit.findings()) {
      findings.value(r, 0, f.kind().id());
      findings.value(r, 1, String.join(", ", f.factors()));
      findings.value(r, 2, cells(f.cells()));
      findings.value(r, 3, f.published());
      findings.value(r, 4, f.computed());
      findings.value(r, 5, f.explanation().orElse(""));
      r++;
    }

    Worksheet levels = wb.newWorksheet("Levels");
    XlsxSheets.header(levels, 0, "factor", "published", "computed (FRM)", "IRM, no closure");
    for (int i = 0; i < audit.labels().size(); i++) {
      levels.value(i + 1, 0, audit.labels().get(i));
      OptionalInt published = audit.publishedLevel(i);
      if (published.isPresent()) {
        levels.value(i + 1, 1, published.getAsInt());
      }
      levels.value(i + 1, 2, audit.model().levels().levelOf(i));
      int irm = audit.irmPartition().levelOf(i);
      if (irm > 0) {
        levels.value(i + 1, 3, irm);
      }
    }
    wb.finish();
    out.flush();
  }

  private static String cells(java.util.List<Finding.Cell> cells) {
    return cells.stream().map(c -> "(" + c.from() + ", " + c.to() + ")").collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "AuditXlsx";
  }
}
