package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The conical matrix CSV of A → B → C and D → C, and the field rules, worked by hand.
 *
 * <pre>
 * FRM          levels (result-first)    order: level 1 first, then input order
 *   A B C D    iteration 1: C           C (1), B (2), D (2), A (3)
 * A 1 1 1* 0   iteration 2: B, D
 * B 0 1 1  0   iteration 3: A
 * C 0 0 1  0
 * D 0 0 1  1
 * driving power (row sums): A 3, B 2, C 1, D 2
 * dependence power (column sums): A 1, B 2, C 4, D 1
 * </pre>
 *
 * A field is prefixed with an apostrophe when it starts with = + - @ tab or carriage return, then
 * quoted (inner quotes doubled) when it holds a comma, a quote, a line break or leading or
 * trailing white space.
 */
class HandWorkedConicalMatrixCsvTest {
  // built for every test, never in a static field, so that PIT's mutants reach it
  private final IsmModel model = IsmAnalyzer.analyze(
      Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("D", "C").build());

  private static String write(ConicalMatrixCsv csv, IsmModel m) throws IOException {
    StringWriter target = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(target, 1 << 16);
    csv.export(m, buffered); // never closed: the text is there only if export flushes
    return target.toString();
  }

  @Test
  void rowsAndColumnsByLevelThenInputOrderWithTransitiveLinksMarked() throws IOException {
    // row C: C→C 1, C→B 0, C→D 0, C→A 0; driving 1, level 1
    // row B: B→C 1, B→B 1, 0, 0; driving 2, level 2
    // row D: D→C 1, D→B 0, D→D 1, D→A 0; driving 2, level 2
    // row A: A→C 1* (via B), A→B 1, A→D 0, A→A 1; driving 3, level 3
    // dependence in column order C, B, D, A: 4, 2, 1, 1
    String expected = "factor,C,B,D,A,driving power,level\r\n"
        + "C,1,0,0,0,1,1\r\n"
        + "B,1,1,0,0,2,2\r\n"
        + "D,1,0,1,0,2,2\r\n"
        + "A,1*,1,0,1,3,3\r\n"
        + "dependence power,4,2,1,1,,\r\n";
    assertEquals(expected, write(ConicalMatrixCsv.create(), model));
  }

  @Test
  void unmarkedTransitiveLinksAreWrittenOne() throws IOException {
    String expected = "factor,C,B,D,A,driving power,level\r\n"
        + "C,1,0,0,0,1,1\r\n"
        + "B,1,1,0,0,2,2\r\n"
        + "D,1,0,1,0,2,2\r\n"
        + "A,1,1,0,1,3,3\r\n"
        + "dependence power,4,2,1,1,,\r\n";
    assertEquals(expected,
        write(ConicalMatrixCsv.create().withTransitiveLinksMarked(false), model));
    assertEquals(ConicalMatrixCsv.create(),
        ConicalMatrixCsv.create().withTransitiveLinksMarked(false).withTransitiveLinksMarked(true));
  }

  @Test
  void orderIsByLevelThenInputPosition() {
    // indices A 0, B 1, C 2, D 3; C is level 1, B and D level 2, A level 3
    assertEquals(java.util.List.of(2, 1, 3, 0),
        java.util.Arrays.stream(ConicalMatrixCsv.order(model)).boxed().toList());
  }

  @Test
  void plainFieldsStayAsTheyAre() {
    assertEquals("", ConicalMatrixCsv.field(""));
    assertEquals("a", ConicalMatrixCsv.field("a"));
    assertEquals("a=b", ConicalMatrixCsv.field("a=b")); // only a leading formula character counts
    assertEquals("a-b+c@d", ConicalMatrixCsv.field("a-b+c@d"));
    assertEquals("a b", ConicalMatrixCsv.field("a b")); // inner space: no quoting
  }

  @Test
  void aLeadingFormulaCharacterGetsAnApostrophe() {
    assertEquals("'=1+1", ConicalMatrixCsv.field("=1+1"));
    assertEquals("'+1", ConicalMatrixCsv.field("+1"));
    assertEquals("'-1", ConicalMatrixCsv.field("-1"));
    assertEquals("'@SUM(A1)", ConicalMatrixCsv.field("@SUM(A1)"));
    // tab: "'\tx" then has no leading or trailing space, so it is not quoted
    assertEquals("'\tx", ConicalMatrixCsv.field("\tx"));
    // carriage return: "'\rx" then holds a line break, so it is quoted
    assertEquals("\"'\rx\"", ConicalMatrixCsv.field("\rx"));
    // the guard and the quoting together: "'=a,b" quoted for its comma
    assertEquals("\"'=a,b\"", ConicalMatrixCsv.field("=a,b"));
  }

  @Test
  void quotingAtTheFirstAndLaterPositions() {
    assertEquals("\",a\"", ConicalMatrixCsv.field(",a")); // comma at index 0
    assertEquals("\"a,b\"", ConicalMatrixCsv.field("a,b"));
    assertEquals("\"\"\"a\"", ConicalMatrixCsv.field("\"a")); // quote at index 0, doubled
    assertEquals("\"say \"\"hi\"\"\"", ConicalMatrixCsv.field("say \"hi\""));
    assertEquals("\"\na\"", ConicalMatrixCsv.field("\na"));
    assertEquals("\"a\nb\"", ConicalMatrixCsv.field("a\nb"));
    assertEquals("\"a\rb\"", ConicalMatrixCsv.field("a\rb"));
    assertEquals("\" a\"", ConicalMatrixCsv.field(" a"));
    assertEquals("\"a \"", ConicalMatrixCsv.field("a "));
  }
}
