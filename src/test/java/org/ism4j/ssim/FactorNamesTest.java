package org.ism4j.ssim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FactorNamesTest {
  @Test
  void readsATabSeparatedTableWithAHeader() {
    FactorNames n = FactorNames.parse("\uFEFFid\tname\n1\tInfrastructure\n2\t Brand-related Factors \n\n");
    assertEquals(Map.of("1", "Infrastructure", "2", "Brand-related Factors"), n.asMap());
    assertEquals("Infrastructure", n.nameOf("1"));
    assertEquals("3", n.nameOf("3"), "a factor without a name goes by its label");
    assertFalse(n.hasName("3"));
  }

  @Test
  void readsCsvWithQuotesAndIgnoresExtraColumns() {
    FactorNames n = FactorNames.parse("label,name,notes\r\nC1,\"Cost, total\",x\r\n"
        + "C2, \"Say \"\"hi\"\"\" \r\nC3,\r\n");
    assertEquals("Cost, total", n.nameOf("C1"));
    assertEquals("Say \"hi\"", n.nameOf("C2"));
    assertFalse(n.hasName("C3"), "an empty name is no name");
  }

  @Test
  void aDuplicateLabelIsAnErrorWithItsLine() {
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> FactorNames.parse("id\tname\n1\tA\n1\tB\n"));
    assertEquals(3, e.line());
    assertEquals(1, e.column());
    assertEquals("duplicate label '1' in lines 2 and 3", e.problem());
  }

  @Test
  void aRowWithoutANameIsAnError() {
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> FactorNames.parse("id\tname\n1\tA\n2\n"));
    assertEquals("line 3, column 2: missing name for factor '2' (expected label<TAB>name)", e.getMessage());
  }

  @Test
  void anUnterminatedQuoteIsAnError() {
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> FactorNames.parse("id,name\n1,\"open\n"));
    assertEquals(2, e.line());
    assertEquals(2, e.column());
  }

  @Test
  void inASpaceSeparatedTableTheRestOfTheRowIsTheName() {
    FactorNames n = FactorNames.parse("id name\n1 Brand-related Factors\n2 Training\n");
    assertEquals("Brand-related Factors", n.nameOf("1"));
    assertEquals("Training", n.nameOf("2"));
  }

  @Test
  void semicolonTablesFromSpreadsheetsAreRead() {
    FactorNames n = FactorNames.parse("id;name\n1;Kosten, gesamt\n");
    assertEquals("Kosten, gesamt", n.nameOf("1"));
  }

  @Test
  void aLabelTheModelLacksIsReportedWithItsLine() {
    FactorNames n = FactorNames.parse("id\tname\n1\tA\n9\tB\n");
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> n.checkAgainst(Labels.of("1", "2")));
    assertEquals("line 3, column 1: unknown factor '9' (the model has no factor with this label)",
        e.getMessage());
    assertSame(n, n.checkAgainst(Labels.of("1", "9", "2")));
  }

  @Test
  void anEmptyTableIsAnError() {
    assertThrows(SsimFormatException.class, () -> FactorNames.parse("\n\n"));
    assertTrue(FactorNames.parse("id\tname\n").isEmpty());
  }
}
