package org.ism4j.export;

import static org.ism4j.export.XlsxCells.assertHeader;
import static org.ism4j.export.XlsxCells.assertNumber;
import static org.ism4j.export.XlsxCells.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.ism4j.audit.Audit;
import org.ism4j.audit.Cause;
import org.ism4j.audit.Finding;
import org.ism4j.audit.PublishedTables;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Every cell of every sheet of the audit workbook, read back with {@link XlsxCells}, for two tiny
 * papers whose printed levels table gives A level 1 and B level 2 and leaves C out.
 *
 * <pre>
 * chain A → B → C (result-first)        open cycle A → B → C → A (never closed in the SSIM)
 *   computed (FRM): A 3, B 2, C 1         computed (FRM): one cycle, A, B, C all level 1
 *   IRM, no closure: the IRM is already   IRM, no closure: R ∩ A = {i} ≠ R for every factor, so
 *   closed, so A 3, B 2, C 1              iteration 1 assigns none: level 0, the cell left empty
 * </pre>
 *
 * The Levels sheet is worked by hand; the published-level cell of C is left empty (not printed).
 * The Diagnosis and Findings sheets hold one row per cause and per finding of the audit, in its
 * order: the rank from 1, the factors joined with ", ", the cells as "(from, to)" joined with ", ";
 * their sentences are the audit's own. Headers are bold, data cells not.
 */
class HandWorkedAuditXlsxTest {
  // built for every test, never in a static field, so that PIT's mutants reach them
  private final Audit chain = Audit.of(
      Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").build(), printedAOneBTwo());
  private final Audit openCycle = Audit.of(
      Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").a("A", "C").build(), printedAOneBTwo());

  private static PublishedTables printedAOneBTwo() {
    return PublishedTables.builder().level("A", 1).level("B", 2).build();
  }

  private static XlsxCells book(Audit a) {
    return XlsxCells.read(AuditXlsx.create().toBytes(a));
  }

  private static String cells(List<Finding.Cell> cells) {
    StringBuilder sb = new StringBuilder();
    for (Finding.Cell c : cells) {
      sb.append(sb.length() == 0 ? "" : ", ").append('(').append(c.from()).append(", ")
          .append(c.to()).append(')');
    }
    return sb.toString();
  }

  /** The Summary, Diagnosis and Findings sheets, which follow the audit's lists row by row. */
  private static void assertAuditSheets(XlsxCells b, Audit a) {
    assertEquals(List.of("Summary", "Diagnosis", "Findings", "Levels"), b.sheetNames());
    assertHeader(b, "Summary", "verdict", "findings", "summary");
    assertText(b, "Summary", 1, 0, a.verdict().toString());
    assertNumber(b, "Summary", 1, 1, a.findings().size());
    assertText(b, "Summary", 1, 2, a.summary());
    assertEquals(6, b.cellCount("Summary")); // 3 titles, 3 values

    assertHeader(b, "Diagnosis", "rank", "id", "message", "factors", "cells");
    int r = 1;
    for (Cause c : a.diagnosis()) {
      assertNumber(b, "Diagnosis", r, 0, r);
      assertText(b, "Diagnosis", r, 1, c.id());
      assertText(b, "Diagnosis", r, 2, c.message());
      assertText(b, "Diagnosis", r, 3, String.join(", ", c.factors()));
      assertText(b, "Diagnosis", r, 4, cells(c.cells()));
      r++;
    }
    assertEquals(5 * r, b.cellCount("Diagnosis")); // 5 titles, 5 cells per cause

    assertHeader(b, "Findings", "kind", "factors", "cells", "published", "computed",
        "explanation");
    r = 1;
    for (Finding f : a.findings()) {
      assertText(b, "Findings", r, 0, f.kind().id());
      assertText(b, "Findings", r, 1, String.join(", ", f.factors()));
      assertText(b, "Findings", r, 2, cells(f.cells()));
      assertText(b, "Findings", r, 3, f.published());
      assertText(b, "Findings", r, 4, f.computed());
      assertText(b, "Findings", r, 5, f.explanation().orElse(""));
      r++;
    }
    assertEquals(6 * r, b.cellCount("Findings")); // 6 titles, 6 cells per finding
  }

  @Test
  void chainWorkbook() {
    XlsxCells b = book(chain);
    assertAuditSheets(b, chain);
    // two findings (C has no printed level; A is printed 1, computed 3), so the verdict is that
    // the paper does not reproduce
    assertText(b, "Summary", 1, 0, "does-not-reproduce");
    assertNumber(b, "Summary", 1, 1, 2);
    assertEquals(2, chain.findings().size());
    // at least one cause has cells, so the "(from, to)" form is exercised
    assertTrue(chain.diagnosis().stream().anyMatch(c -> !c.cells().isEmpty()));

    assertHeader(b, "Levels", "factor", "published", "computed (FRM)", "IRM, no closure");
    assertText(b, "Levels", 1, 0, "A");
    assertNumber(b, "Levels", 1, 1, 1);
    assertNumber(b, "Levels", 1, 2, 3);
    assertNumber(b, "Levels", 1, 3, 3);
    assertText(b, "Levels", 2, 0, "B");
    assertNumber(b, "Levels", 2, 1, 2);
    assertNumber(b, "Levels", 2, 2, 2);
    assertNumber(b, "Levels", 2, 3, 2);
    assertText(b, "Levels", 3, 0, "C");
    assertNull(b.cell("Levels", 3, 1)); // C not printed
    assertNumber(b, "Levels", 3, 2, 1);
    assertNumber(b, "Levels", 3, 3, 1);
    // 4 titles + A 4 + B 4 + C 3
    assertEquals(15, b.cellCount("Levels"));
  }

  @Test
  void openCycleWorkbook() {
    XlsxCells b = book(openCycle);
    assertAuditSheets(b, openCycle);
    assertText(b, "Summary", 1, 0, "does-not-reproduce");
    // some finding carries an explanation, so column F is not only empty text
    assertTrue(openCycle.findings().stream().anyMatch(f -> f.explanation().isPresent()));

    assertHeader(b, "Levels", "factor", "published", "computed (FRM)", "IRM, no closure");
    assertText(b, "Levels", 1, 0, "A");
    assertNumber(b, "Levels", 1, 1, 1);
    assertNumber(b, "Levels", 1, 2, 1);
    assertNull(b.cell("Levels", 1, 3)); // the IRM rule assigns no level: 0, left empty
    assertText(b, "Levels", 2, 0, "B");
    assertNumber(b, "Levels", 2, 1, 2);
    assertNumber(b, "Levels", 2, 2, 1);
    assertNull(b.cell("Levels", 2, 3));
    assertText(b, "Levels", 3, 0, "C");
    assertNull(b.cell("Levels", 3, 1));
    assertNumber(b, "Levels", 3, 2, 1);
    assertNull(b.cell("Levels", 3, 3));
    // 4 titles + A 3 + B 3 + C 2
    assertEquals(12, b.cellCount("Levels"));
  }

  @Test
  void exportFlushesAStreamItDoesNotClose() throws IOException {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(target, 1 << 20);
    AuditXlsx.create().export(chain, buffered); // never closed
    byte[] written = target.toByteArray();
    assertTrue(written.length > 0, "nothing reached the stream under the buffer");
    assertEquals(List.of("Summary", "Diagnosis", "Findings", "Levels"),
        XlsxCells.read(written).sheetNames());
    assertEquals("AuditXlsx", AuditXlsx.create().toString());
  }
}
