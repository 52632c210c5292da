package org.ism4j.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ism4j.audit.PublishedTables.Format;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.ssim.Workbook;
import org.ism4j.ssim.Xlsx;
import org.junit.jupiter.api.Test;

/**
 * The published-table reader's edges, each position worked by hand: lines count every physical
 * line (blank ones included, though blank rows are skipped), columns count cells from 1, and a
 * row's trailing empty cells do not count towards its width. Each error is asserted whole, with
 * its line, column and token.
 */
class HandWorkedTableReaderTest {
  private static final Labels ABC = Labels.of("A", "B", "C");

  private static SsimFormatException error(String text, Format format, Labels labels) {
    return assertThrows(SsimFormatException.class,
        () -> PublishedTables.parse(text, format, labels));
  }

  private static void assertError(String message, int line, int column, String token,
      SsimFormatException e) {
    assertEquals("line " + line + ", column " + column + ": " + message, e.getMessage());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
    assertEquals(token, e.token());
  }

  // ---------------------------------------------------------------- detection and factors

  @Test
  void aHeaderWithOnlyReachabilityAndAntecedentColumnsIsASetsTable() {
    PublishedTables t = PublishedTables.parse("factor\tReachability set\tAntecedent set\n"
        + "A\tA, B\tA\nB\tB\tA, B\n", Format.AUTO, null);
    assertEquals(List.of(Part.SETS), t.parts());
    assertEquals(List.of("A", "B"), t.sets().orElseThrow().get(0).output());
    assertEquals(List.of("A", "B"), t.sets().orElseThrow().get(1).input());
  }

  @Test
  void theLastFactorNumberIsTheLastFactorAndZeroIsNone() {
    // ABC has 3 factors: "3" is C, "0" and "4" are no factor
    assertEquals(Map.of("C", 1, "A", 2),
        PublishedTables.parse("factor\tlevel\n3\t1\n1\t2\n", Format.LEVELS, ABC).levels()
            .orElseThrow());
    assertError("unknown factor '0' (the SSIM has no factor of that label or number)", 2, 1, "0",
        error("factor\tlevel\n0\t1\n", Format.LEVELS, ABC));
  }

  // ---------------------------------------------------------------- matrix

  @Test
  void trailingDelimitersAfterAMatrixRowAreNotCells() {
    // "A\t1\t0\t\t" is 5 cells of which the last 2 are empty: width 3, the label and 2 cells
    PublishedTables t = PublishedTables.parse("\tA\tB\t\nA\t1\t0\t\t\nB\t0\t1\n", Format.IRM,
        null);
    PublishedMatrix m = t.irm().orElseThrow();
    assertEquals(List.of("A", "B"), m.labels());
    assertEquals(true, m.get(0, 0));
    assertEquals(false, m.get(0, 1));
    assertEquals(true, m.get(1, 1));
  }

  @Test
  void aMatrixRowWithACellTooManyIsAnErrorAtTheFirstExtraCell() {
    // n = 2: expected width 1 + 2 = 3; "A 1 0 1" is width 4, the extra cell is column 3 + 1 = 4
    assertError("row 'A' has 3 cells after its label, expected 2", 2, 4, "1",
        error("\tA\tB\nA\t1\t0\t1\nB\t0\t1\n", Format.IRM, null));
    // with a driving column the expected width is 1 + 2 + 1 = 4; width 5 errs at column 5
    assertError("row 'B' has 4 cells after its label, expected 3", 3, 5, "9",
        error("\tA\tB\tDriving power\nA\t1\t0\t1\nB\t0\t1\t1\t9\nDependence power\t1\t1\n",
            Format.FRM, null));
  }

  @Test
  void aMatrixRowOfOneCellAfterItsLabelSaysCellInTheSingular() {
    // with a driving column, "A 1" has 1 cell where 3 are expected: error just past it, column 3
    assertError("row 'A' has 1 cell after its label, expected 3", 2, 3, "",
        error("\tA\tB\tDriving power\nA\t1\nB\t0\t1\t1\nDependence power\t1\t1\n", Format.FRM,
            null));
  }

  @Test
  void aRowAfterTheLastFactorIsOneRowTooMany() {
    assertError("more rows than the 2 factors of the header", 4, 1, "C",
        error("\tA\tB\nA\t1\t0\nB\t0\t1\nC\t0\t0\n", Format.IRM, null));
    // after the dependence row, even a factor's row is one too many
    assertError("more rows than the 2 factors of the header", 5, 1, "A",
        error("\tA\tB\tDriving\nA\t1\t0\t1\nB\t0\t1\t1\nDependence\t1\t1\nA\t1\t0\t1\n",
            Format.FRM, null));
  }

  @Test
  void theMatrixEndsAfterRowsInThePlural() {
    // 3 factors, 2 rows; the error is on the last row read, line 3
    assertError("the matrix ends after 2 rows, but the header names 3 factors", 3, 1, "",
        error("\tA\tB\tC\nA\t1\t0\t0\nB\t0\t1\t0\n", Format.IRM, null));
  }

  @Test
  void aDependenceRowOfTheWrongWidthIsAnErrorJustPastItsNumbersOrAtTheExtraOne() {
    String rows = "\tA\tB\tDriving power\nA\t1\t1\t2\nB\t0\t1\t1\n";
    // "Dependence power 1": width 2 for n + 1 = 3, column min(2, 3) + 1 = 3, found 2 - 1 = 1
    assertError("the dependence power row needs 2 numbers, found 1", 4, 3, "",
        error(rows + "Dependence power\t1\n", Format.FRM, null));
    // "Dependence power 1 2 3": width 4, column min(4, 3) + 1 = 4, found 4 - 1 = 3
    assertError("the dependence power row needs 2 numbers, found 3", 4, 4, "",
        error(rows + "Dependence power\t1\t2\t3\n", Format.FRM, null));
  }

  @Test
  void aDependenceRowWithoutADrivingColumnIsAnErrorAtItsLabel() {
    assertError("a driving power column and a dependence power row go together: the other is"
        + " missing", 4, 1, "Dependence power",
        error("\tA\tB\nA\t1\t0\nB\t0\t1\nDependence power\t1\t2\n", Format.FRM, null));
  }

  @Test
  void aDrivingColumnWithoutADependenceRowIsAnErrorAtItsHeader() {
    assertError("a driving power column and a dependence power row go together: the other is"
        + " missing", 1, 4, "Driving power",
        error("\tA\tB\tDriving power\nA\t1\t0\t1\nB\t0\t1\t1\n", Format.FRM, null));
  }

  @Test
  void aMatrixWithPowersReadsEveryPower() {
    // A → B: FRM rows A {A, B}, B {B}; driving A 2, B 1; dependence A 1, B 2
    PublishedTables t = PublishedTables.parse(
        "FRM\tA\tB\tDriving power\nA\t1\t1\t2\nB\t0\t1\t1\nDependence power\t1\t2\n",
        Format.AUTO, null);
    assertEquals(List.of(Part.FRM, Part.POWERS), t.parts());
    assertEquals(Map.of("A", new PublishedTables.Power(2, 1), "B", new PublishedTables.Power(1, 2)),
        t.powers().orElseThrow());
  }

  // ---------------------------------------------------------------- sets

  @Test
  void aSetsRowShorterThanItsHeaderIsAnErrorJustPastIt() {
    // output column 2, input column 3: needed max(2, 3) = 3 cells (indices 1, 2, plus 1)
    assertError("the row has 2 cells, the header 3 or more", 2, 3, "",
        error("id\toutput\tinput\nA\tB\n", Format.SETS, null));
    // with the level in column 5 (index 4), 5 cells are needed: a row of 4 errs at column 5
    assertError("the row has 4 cells, the header 5 or more", 3, 5, "",
        error("id\toutput\tinput\tcommon\tlevel\nA\tA\tA\tA\t1\nB\tB\tB\tB\n", Format.SETS,
            null));
  }

  @Test
  void aSecondSetsRowOfAFactorIsAnErrorNamingTheFirstsLineAcrossBlankLines() {
    // lines: 1 header, 2 A, 3 blank, 4 A again
    assertError("factor 'A' has a second row (the first is on line 2)", 4, 1, "A",
        error("id\toutput\tinput\nA\tA\tA\n\nA\tA\tA\n", Format.SETS, null));
  }

  @Test
  void aSecondColumnOfOneKindIsAnErrorNamingTheFirst() {
    assertError("a second reachability (output) set column (the first is column 2)", 1, 4,
        "Reachability set",
        error("id\toutput\tinput\tReachability set\nA\tA\tA\tA\n", Format.SETS, null));
    assertError("a second level column (the first is column 3)", 1, 5, "Level",
        error("id\toutput\tlevel\tinput\tLevel\nA\tA\t1\tA\t1\n", Format.SETS, null));
  }

  @Test
  void aBlankLevelInTheSetsTableIsNoLevel() {
    PublishedTables t = PublishedTables.parse("id\toutput\tinput\tlevel\nA\tA\tA\t\nB\tB\tB\t2\n",
        Format.SETS, null);
    assertEquals(Map.of("B", 2), t.levelsOrSetsLevels().orElseThrow());
  }

  // ---------------------------------------------------------------- levels

  @Test
  void aLevelsRowOfOneCellOrNoneIsAnErrorJustPastIt() {
    // "A": width 1, column min(1, 2) + 1 = 2
    assertError("expected 2 cells (factor, level), found 1", 2, 2, "",
        error("factor\tlevel\nA\n", Format.LEVELS, null));
    // "\t": two empty cells, width 0, column min(0, 2) + 1 = 1
    assertError("expected 2 cells (factor, level), found 0", 2, 1, "",
        error("factor\tlevel\n\t\n", Format.LEVELS, null));
  }

  @Test
  void aLevelsRowOfThreeCellsIsAnErrorAtTheThird() {
    assertError("expected 2 cells (factor, level), found 3", 2, 3, "x",
        error("factor\tlevel\nA\t1\tx\n", Format.LEVELS, null));
  }

  @Test
  void aSecondLevelOfAFactorAfterBlankLinesNamesTheLineOfTheFirst() {
    // lines: 1 header, 2 blank, 3 A, 4 blank, 5 A again
    assertError("factor 'A' has a second row (the first is on line 3)", 5, 1, "A",
        error("factor\tlevel\n\nA\t1\n\nA\t2\n", Format.LEVELS, null));
  }

  @Test
  void aSecondLevelInAWorksheetNamesTheFirstsCell() throws IOException {
    byte[] bytes = Xlsx.written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Levels");
      ws.value(0, 0, "factor");
      ws.value(0, 1, "level");
      ws.value(1, 0, "A");
      ws.value(1, 1, "1");
      ws.value(2, 0, "A");
      ws.value(2, 1, "2");
    });
    Workbook book = Workbook.read(new ByteArrayInputStream(bytes));
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> PublishedTables.read(book.sheet("Levels"), Format.LEVELS, null));
    assertEquals("[Levels]!A3: factor 'A' has a second row (the first is in A2)", e.getMessage());
  }

  // ---------------------------------------------------------------- powers

  @Test
  void aDrivingPowerThatIsNoNumberHasNoLowerBoundInItsMessage() {
    assertError("driving power 'x' is not a whole number", 2, 2, "x",
        error("factor\tdriving\tdependence\nA\tx\t1\n", Format.POWERS, null));
    assertError("dependence power '-1' is not a whole number", 2, 3, "-1",
        error("factor\tdriving\tdependence\nA\t0\t-1\n", Format.POWERS, null));
  }

  @Test
  void aPowersRowShorterThanItsHeaderIsAnErrorJustPastIt() {
    // driving column 2, dependence column 3: 3 cells needed
    assertError("the row has 2 cells, the header 3 or more", 2, 3, "",
        error("factor\tdriving\tdependence\nA\t3\n", Format.POWERS, null));
  }

  @Test
  void aSecondPowersRowOfAFactorIsAnError() {
    assertError("factor 'B' has a second row (the first is on line 2)", 3, 1, "B",
        error("factor\tdriving\tdependence\nB\t1\t2\nB\t2\t1\n", Format.POWERS, null));
  }

  @Test
  void aPowersTableNeedsBothColumns() {
    assertError("the powers table needs a header row with a driving power column and a"
        + " dependence power column", 1, 1, "",
        error("factor\tdriving\nA\t1\n", Format.POWERS, null));
    assertError("a second driving power column (the first is column 2)", 1, 4, "Driving",
        error("factor\tdriving\tdependence\tDriving\nA\t1\t1\t1\n", Format.POWERS, null));
  }
}
