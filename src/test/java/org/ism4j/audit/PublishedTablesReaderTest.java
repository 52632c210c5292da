package org.ism4j.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ism4j.audit.PublishedTables.Format;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimFormatException;
import org.junit.jupiter.api.Test;

/** The documented published-table formats, and their errors word for word. */
class PublishedTablesReaderTest {
  private static final Labels ABC = Labels.of("A", "B", "C");

  private static SsimFormatException error(String text, Format format, Labels labels) {
    return assertThrows(SsimFormatException.class, () -> PublishedTables.parse(text, format, labels));
  }

  @Test
  void theBankingSetsTableReadsLikeTheHandBuiltOne() throws IOException {
    Path file = Banking17.DIR.resolve("published-table2.tsv");
    PublishedTables read = PublishedTables.read(file, Format.AUTO, Banking17.ssim().labels());
    assertEquals(List.of(Part.SETS), read.parts());
    assertEquals(Map.of(Part.SETS, "published-table2.tsv"), read.sources());
    assertEquals(Banking17.table2().sets(), read.sets());
    assertEquals(PublishedTables.read(file, Format.SETS, null).sets(), read.sets());
    Audit audit = Audit.of(Banking17.ssim(), read);
    assertEquals(Audit.of(Banking17.ssim(), Banking17.table2()).findings().toString(),
        audit.findings().toString());
  }

  @Test
  void aMatrixWithStarsAndPowersIsAnFrmWithPowers() {
    String text = "\tA\tB\tC\tDriving power\n"
        + "A\t1\t1\t1*\t3\n"
        + "B\t0\t1\t1\t2\n"
        + "C\t0\t0\t1\t1\n"
        + "Dependence power\t1\t2\t3\n";
    PublishedTables t = PublishedTables.parse(text, Format.AUTO, null);
    assertEquals(List.of(Part.FRM, Part.POWERS), t.parts());
    PublishedMatrix m = t.frm().orElseThrow();
    assertTrue(m.get(0, 2));
    assertTrue(m.starred().get(0, 2));
    assertEquals(new PublishedTables.Power(2, 2), t.powers().orElseThrow().get("B"));
  }

  @Test
  void theCornerNamesTheMatrix() {
    assertEquals(List.of(Part.FRM), PublishedTables.parse("FRM,A,B\nA,1,1\nB,0,1\n", Format.AUTO, null).parts());
    assertEquals(List.of(Part.IRM), PublishedTables.parse(" ,A,B\nA,1,1\nB,0,1\n", Format.AUTO, null).parts());
    assertEquals(List.of(Part.IRM), PublishedTables.parse("initial\tA\tB\nA\t1\t1*\nB\t0\t1\n", Format.MATRIX, null).parts());
  }

  @Test
  void levelsAndPowersAndSetsAreDetectedFromTheirHeaders() {
    PublishedTables levels = PublishedTables.parse("\uFEFFfactor\tlevel\r\n1\t2\r\nB\t1\r\n", Format.AUTO, ABC);
    assertEquals(Map.of("A", 2, "B", 1), levels.levels().orElseThrow());
    PublishedTables powers = PublishedTables.parse("factor;dependence;driving\nA;1;3\n", Format.AUTO, ABC);
    assertEquals(new PublishedTables.Power(3, 1), powers.powers().orElseThrow().get("A"));
    PublishedTables sets = PublishedTables.parse(
        "factor,Reachability set,Antecedent set,Intersection set,Level\n"
            + "A,\"{A, B}\",A,{A},2\n"
            + "B,B,\"A, B\",B,1\n", Format.AUTO, ABC);
    PublishedTables.SetsRow a = sets.sets().orElseThrow().get(0);
    assertEquals(List.of("A", "B"), a.output());
    assertEquals(Optional.of(List.of("A")), a.common());
    assertEquals(2, a.level().getAsInt());
    assertEquals(Map.of("A", 2, "B", 1), sets.levelsOrSetsLevels().orElseThrow());
  }

  @Test
  void emptySetsAndDashesAreEmpty() {
    PublishedTables t = PublishedTables.parse("id\toutput\tinput\nA\t-\t∅\nB\t\tA\n", Format.SETS, null);
    assertEquals(List.of(List.of(), List.of()), t.sets().orElseThrow().stream()
        .map(PublishedTables.SetsRow::output).collect(Collectors.toList()));
  }

  @Test
  void aCellThatIsNotZeroOrOneIsAnErrorAtItsPosition() {
    SsimFormatException e = error("\tA\tB\nA\t1\t2\nB\t0\t1\n", Format.IRM, null);
    assertEquals("line 2, column 3: '2' is not a reachability cell (expected 0, 1 or 1*)", e.getMessage());
    assertEquals(2, e.line());
    assertEquals(3, e.column());
    assertEquals("2", e.token());
  }

  @Test
  void rowsMustListTheFactorsInTheOrderOfTheColumns() {
    assertEquals("line 2, column 1: row label 'B' does not match column label 'A' (rows and columns"
        + " must list the factors in the same order)",
        error("\tA\tB\nB\t1\t0\nA\t0\t1\n", Format.IRM, null).getMessage());
  }

  @Test
  void aShortMatrixRowIsAnError() {
    assertEquals("line 2, column 3: row 'A' has 1 cell after its label, expected 2",
        error("\tA\tB\nA\t1\nB\t0\t1\n", Format.IRM, null).getMessage());
    assertEquals("line 2, column 1: the matrix ends after 1 row, but the header names 2 factors",
        error("\tA\tB\nA\t1\t0\n", Format.IRM, null).getMessage());
  }

  @Test
  void anUnknownFactorIsAnErrorAtItsCell() {
    assertEquals("line 2, column 1: unknown factor 'Z' (the SSIM has no factor of that label or number)",
        error("factor\tlevel\nZ\t1\n", Format.LEVELS, ABC).getMessage());
    assertEquals("line 2, column 2: unknown factor 'Q' (the SSIM has no factor of that label or number)",
        error("id\toutput\tinput\nA\tB, Q\t\n", Format.SETS, ABC).getMessage());
    assertEquals("line 1, column 3: unknown factor '4' (the SSIM has no factor of that label or number)",
        error("\t1\t4\n1\t1\t0\n4\t0\t1\n", Format.IRM, ABC).getMessage());
  }

  @Test
  void levelsErrors() {
    assertEquals("line 2, column 2: level 'x' is not a whole number of at least 1",
        error("factor\tlevel\nA\tx\n", Format.LEVELS, null).getMessage());
    assertEquals("line 2, column 2: level '0' is not a whole number of at least 1",
        error("factor\tlevel\nA\t0\n", Format.LEVELS, null).getMessage());
    assertEquals("line 3, column 1: factor 'A' has a second row (the first is on line 2)",
        error("factor\tlevel\nA\t1\nA\t2\n", Format.LEVELS, null).getMessage());
    assertEquals("line 1, column 1: the levels table needs a header row 'factor<TAB>level'",
        error("A\t1\nB\t2\n", Format.LEVELS, null).getMessage());
    assertEquals("line 3, column 3: expected 2 cells (factor, level), found 3",
        error("factor\tlevel\nA\t1\nB\t2\t3\n", Format.LEVELS, null).getMessage());
  }

  @Test
  void setsErrors() {
    assertEquals("line 1, column 1: the sets table needs a header row with a reachability (output)"
        + " set column and an antecedent (input) set column",
        error("id\toutput\tlevel\nA\tB\t1\n", Format.SETS, null).getMessage());
    assertEquals("line 2, column 2: factor 'B' is listed twice in the set",
        error("id\toutput\tinput\nA\tB, B\t\n", Format.SETS, null).getMessage());
    assertEquals("line 2, column 2: empty factor in the set 'B,, C' (two commas in a row?)",
        error("id\toutput\tinput\nA\tB,, C\t\n", Format.SETS, null).getMessage());
  }

  @Test
  void anEmptyFileIsAnError() {
    assertEquals("line 1, column 1: the file holds no table", error("", Format.AUTO, null).getMessage());
  }
}
