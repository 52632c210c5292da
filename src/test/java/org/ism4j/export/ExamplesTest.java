package org.ism4j.export;

import org.ism4j.ssim.FactorNames;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.internal.Access;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ism4j.Examples;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  @Test
  void bankingSeventeenIsBundledWithItsNamesAndFiles() {
    assertEquals(List.of("banking-17", "kumar-2014"), Examples.names());
    Examples.Example ex = Examples.load(Examples.BANKING_17);
    FactorNames names = ex.names();
    assertEquals(17, names.asMap().size());
    assertEquals("Motivation", names.nameOf("8"));
    assertTrue(ex.file("published-table2.tsv").startsWith("id\tfactor\t"));
    assertTrue(ex.file("NOTES.md").contains("banking-17"));
  }

  @Test
  void bankingSeventeenParsesToOneCycle() {
    Ssim ssim = Examples.load("banking-17").ssim();
    assertEquals(17, ssim.size());
    assertEquals(153, ReachabilityMatrix.initial(ssim).ones());
    IsmModel m = IsmAnalyzer.analyze(ssim);
    assertEquals(1, m.levels().levelCount());
    assertEquals(1, Access.condensation(m.finalReachability()).componentCount());
    Examples.load("banking-17").names().checkAgainst(ssim.labels());
  }

  @Test
  void kumar2014IsBundledWithoutANamesTableAndWithItsThreePublishedTables() {
    Examples.Example ex = Examples.load(Examples.KUMAR_2014);
    assertTrue(ex.names().isEmpty());
    assertEquals(List.of("published-irm.tsv", "published-frm.tsv", "published-levels.tsv"),
        ex.publishedTables());
    Ssim ssim = ex.ssim();
    assertEquals(9, ssim.size());
    IsmModel m = IsmAnalyzer.analyze(ssim);
    assertEquals(4, m.levels().levelCount());
    assertEquals(List.of("published-table2.tsv"),
        Examples.load(Examples.BANKING_17).publishedTables());
  }

  @Test
  void unknownExamplesAndFilesAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Examples.load("x"));
    assertEquals("unknown example 'x' (available: banking-17, kumar-2014)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Examples.load("banking-17").file("nope.tsv"));
    assertEquals("example 'banking-17' has no file 'nope.tsv'", e.getMessage());
  }
}
