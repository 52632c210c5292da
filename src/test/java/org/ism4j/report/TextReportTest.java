package org.ism4j.report;

import org.ism4j.internal.TextMetrics;
import org.ism4j.ssim.FactorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.micmac.SplitRule;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

class TextReportTest {
  static IsmModel chain(int n) {
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      labels.add("F" + i);
    }
    Ssim.Builder b = Ssim.builder(labels);
    for (int i = 1; i < n; i++) {
      b.v("F" + i, "F" + (i + 1));
    }
    return IsmAnalyzer.analyze(b.build());
  }

  static IsmModel abc() {
    return IsmAnalyzer.analyze(Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").build());
  }

  @Test
  void theFrmMarksTheTransitiveLinkOfAChain() {
    String text = TextReport.of(abc()).render();
    assertTrue(text.contains("Final reachability matrix (FRM)"), text);
    assertTrue(text.contains("  A 1  1  1*\n"), text);
    assertTrue(text.contains("  B 0  1  1\n"), text);
    assertTrue(text.contains("adds 1 transitive link (1*)"), text);
  }

  @Test
  void theIterationTablesHaveTheirHeaderAndAssignOneFactorPerIterationOnAChain() {
    String text = TextReport.of(abc()).render();
    assertTrue(text.contains(
        "  factor  reachability set R(i)  antecedent set A(i)  intersection R(i) ∩ A(i)  level\n"), text);
    assertTrue(text.contains("Iteration 3"), text);
    assertFalse(text.contains("Iteration 4"), text);
    assertTrue(text.contains("  C       C                      A, B, C              C                         1\n"),
        text);
  }

  @Test
  void theSsimAndIrmArePrinted() {
    String text = TextReport.of(abc()).render();
    assertTrue(text.contains("    A B C\n  A   V O\n  B     V\n  C\n"), text);
    assertTrue(text.contains("  A 1 1 0\n  B 0 1 1\n  C 0 0 1\n"), text);
  }

  @Test
  void theMicmacSectionNamesTheSplitRuleAndTheThreshold() {
    String text = TextReport.of(abc()).render();
    assertTrue(text.contains("split rule n/2: a power is strong when > 1.5 (ties are weak)"), text);
    assertTrue(text.contains("IV independent"), text);

    IsmModel median = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").build(),
        IsmOptions.defaults().withSplitRule(SplitRule.MEDIAN));
    assertTrue(TextReport.of(median).render().contains("split rule median: a power is strong when > 1.5"));
  }

  @Test
  void aWholeModelCycleIsSaidInOneSentence() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").a("A", "C").build());
    String text = TextReport.of(m).render();
    assertTrue(text.contains("all 3 factors form one cycle: every factor reaches every other, so all share level 1"),
        text);
  }

  @Test
  void aPartialCycleIsListedWithItsLevel() {
    // A → B ⇄ C → D
    IsmModel m = IsmAnalyzer.analyze(
        Ssim.builder("A", "B", "C", "D").v("A", "B").x("B", "C").v("C", "D").build());
    String text = TextReport.of(m).render();
    assertTrue(text.contains("one cycle (2 of 4 factors)"), text);
    assertTrue(text.contains("      1      2     2  B, C\n"), text);
  }

  @Test
  void namesAreShownNextToLabelsAndLongLabelsAreNumberedInMatrices() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("Cost", "Cost of ownership");
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("Cost", "Quality").v("Cost", "Quality").build());
    String text = TextReport.of(m).withNames(FactorNames.of(names)).render();
    assertTrue(text.contains("  1  Cost     Cost of ownership\n"), text);
    assertTrue(text.contains("    1 2\n  1   V\n"), text);
    assertTrue(text.contains("Cost     Cost of ownership        2           1  IV independent"), text);
  }

  @Test
  void everyLineFitsOneHundredColumnsForSixtyFactorsWithLongNames() {
    List<String> labels = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (int i = 1; i <= 60; i++) {
      labels.add("Factor number " + i);
      names.put("Factor number " + i, "A rather long descriptive name for the factor number " + i);
    }
    Ssim.Builder b = Ssim.builder(labels);
    for (int i = 1; i < 60; i++) {
      b.v(labels.get(i - 1), labels.get(i));
      if (i % 7 == 0) {
        b.a(labels.get(i - 1), labels.get(i));
      }
    }
    String text = TextReport.of(IsmAnalyzer.analyze(b.build())).withNames(FactorNames.of(names)).render();
    assertTrue(text.contains("Iteration 1"), "60 factors still get the iteration tables");
    for (String line : text.split("\n")) {
      assertTrue(TextMetrics.columns(line) <= 100, () -> "too wide (" + line.length() + "): " + line);
    }
  }

  @Test
  void bigModelsGetANoteInsteadOfMatrices() {
    IsmModel m = chain(61);
    String text = TextReport.of(m).render();
    assertFalse(text.contains("Iteration 1"));
    assertFalse(text.contains("Final reachability matrix"));
    assertTrue(text.contains("not printed for 61 factors"), text);
    assertTrue(text.contains("     61  F1\n"), text); // the levels are still listed
    assertTrue(TextReport.of(m).withMatrixLimit(61).render().contains("Iteration 61"));
  }

  @Test
  void aChainOfTwoThousandFactorsReportsQuickly() {
    String text = TextReport.of(chain(2000)).render();
    assertTrue(text.length() < 500_000, "length " + text.length());
    assertTrue(text.contains("adds 1997001 transitive links"), text.substring(0, 600));
  }

  @Test
  void wideCharactersCountTwoColumns() {
    assertEquals(4, TextMetrics.columns("成本"));
    assertEquals(3, TextMetrics.columns("e\u0301té"));
    assertEquals(List.of("A, B,", "C"), TextLayout.wrap("A, B, C", 5));
  }
}
