package org.ism4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.ism4j.audit.Audit;
import org.ism4j.audit.PublishedTables;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

class AuditReportTest {
  private static final Path BANKING = Path.of("examples", "banking-17");
  private final Audit banking = banking();

  /** The banking-17 SSIM against the sets table (Table 2) its paper printed. */
  static Audit banking() {
    try {
      return Audit.of(Ssim.parse(BANKING.resolve("ssim.tsv")),
          PublishedTables.read(BANKING.resolve("published-table2.tsv"), PublishedTables.Format.SETS, null));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void markdownShowsFindingsLevelsSideBySideAndTheCycle() {
    String md = AuditReport.markdown(banking);
    assertTrue(md.startsWith("# Reproduction audit\n\n**Verdict: does-not-reproduce**"), md);
    assertTrue(md.contains("## Findings\n\n| # | kind | factors | cells | published | computed | explanation |"));
    assertTrue(md.contains("| 13 | 1 | 1 | — |"), "factor 13: published 1, computed 1");
    assertTrue(md.contains("| 11 | 7 | 1 | — |"), "factor 11: published 7, computed 1");
    assertTrue(md.contains("## Cycle of 17 factors"));
    assertTrue(md.contains("- Feedback links (exact minimum, 25): "), md);
    assertTrue(md.contains("the sets leave the factor itself out; they follow the IRM (no closure)"));
  }

  @Test
  void markdownEscapesTableCells() {
    PublishedTables t = PublishedTables.builder().level("A|B", 1).build();
    Ssim ssim = Ssim.builder("A|B", "C").v("A|B", "C").build();
    String md = AuditReport.markdown(Audit.of(ssim, t));
    assertTrue(md.contains("A\\|B"), md);
    assertFalse(md.contains("| A|B |"), md);
  }

  @Test
  void htmlIsOnePageWithEscapedText() {
    String html = AuditReport.html(banking);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.endsWith("</html>\n"));
    assertTrue(html.contains("<h2>Findings</h2>"));
    assertTrue(html.contains("<h2>Levels: published and computed</h2>"));
    assertTrue(html.contains("<h2>Cycle of 17 factors</h2>"));
    assertTrue(html.contains("output ∩ input = {}"));
    PublishedTables t = PublishedTables.builder().level("<b>", 2).build();
    Ssim ssim = Ssim.builder("<b>", "C").v("<b>", "C").build();
    String h = AuditReport.html(Audit.of(ssim, t));
    assertTrue(h.contains("&lt;b&gt;"));
    assertFalse(h.contains("<td><b>"));
  }
}
