package org.ism4j.report;

import org.ism4j.ssim.FactorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  @Test
  void theFrmOfAChainShowsTheTransitiveLinkAsOneStar() {
    String md = MarkdownReport.of(TextReportTest.abc()).render();
    assertTrue(md.contains("## Final reachability matrix (FRM)"), md);
    assertTrue(md.contains("| **A** | 1 | 1 | 1* |\n"), md);
  }

  @Test
  void theIterationTablesHaveTheirHeader() {
    String md = MarkdownReport.of(TextReportTest.abc()).render();
    assertTrue(md.contains("### Iteration 1\n\n"
        + "| Factor | Reachability set R(i) | Antecedent set A(i) | Intersection R(i) ∩ A(i) | Level |\n"
        + "|---|---|---|---|---|\n"
        + "| A | A, B, C | A | A |  |\n"), md);
  }

  @Test
  void theSplitRuleIsNamedAndTheClustersListed() {
    String md = MarkdownReport.of(TextReportTest.abc()).render();
    assertTrue(md.contains("Split rule **n/2**: a power is strong when > 1.5 (ties are weak)."), md);
    assertTrue(md.contains("| A | 3 | 1 | IV independent |\n"), md);
  }

  @Test
  void levelsAndCyclesAreListed() {
    IsmModel m = IsmAnalyzer.analyze(
        Ssim.builder("A", "B", "C", "D").v("A", "B").x("B", "C").v("C", "D").build());
    String md = MarkdownReport.of(m).withSource("m.tsv").withInputKind("ssim").render();
    assertTrue(md.startsWith("# ISM analysis of m.tsv\n\n- **Factors:** 4, read as an SSIM\n"), md);
    assertTrue(md.contains("| 2 | B, C |\n"), md);
    assertTrue(md.contains("| 1 | 2 | 2 | B, C |\n"), md);
  }

  @Test
  void labelsAndNamesAreEscaped() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("a|b", "c").v("a|b", "c").build());
    String md = MarkdownReport.of(m).withNames(FactorNames.of(Map.of("c", "*bold* _name_"))).render();
    assertTrue(md.contains("| a\\|b |"), md);
    assertTrue(md.contains("\\*bold\\* \\_name\\_"), md);
    assertEquals("x\\|y \\\\ z", Escape.markdown("x|y \\ z"));
  }

  @Test
  void bigModelsGetANoteInsteadOfMatrices() {
    String md = MarkdownReport.of(TextReportTest.chain(61)).render();
    assertFalse(md.contains("### Iteration"));
    assertTrue(md.contains("Not printed for 61 factors"), md);
  }
}
