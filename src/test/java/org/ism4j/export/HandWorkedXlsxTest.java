package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Every sheet of the workbook for the chain A → B → C, read back cell by cell with the JDK's zip and
 * XML parser ({@link XlsxCells}) and compared with the tables worked by hand:
 *
 * <pre>
 * IRM          FRM           levels (result-first)   powers      MICMAC (n/2: strong above 1.5)
 *   A B C        A B C       iteration 1: C           A 3 and 1   IV independent
 * A 1 1 0      A 1 1 1*      iteration 2: B           B 2 and 2   III linkage
 * B 0 1 1      B 0 1 1       iteration 3: A           C 1 and 3   II dependent
 * C 0 0 1      C 0 0 1
 * </pre>
 *
 * The transitive link (A, C) is the text {@code 1*} with the grey fill D9D9D9; the skeleton is
 * A → B and B → C; the conical matrix orders the factors by level: C, B, A.
 */
class HandWorkedXlsxTest {
  // Built anew for every test (JUnit makes one instance per test): a fixture computed once in a
  // static field would keep the first result while PIT swaps in mutant after mutant.
  private final IsmModel model =
      IsmAnalyzer.analyze(Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").build());
  private final XlsxCells book = XlsxCells.read(XlsxExporter.create().toBytes(model));

  /** A number cell's value, failing when the cell is absent or text. */
  private double number(String sheet, int row, int column) {
    XlsxCells.Cell c = book.cell(sheet, row, column);
    assertTrue(c != null && c.number(), sheet + " " + XlsxCells.ref(row, column) + " is no number: " + c);
    return Double.parseDouble(c.text());
  }

  /** A text cell's value, failing when the cell is absent or a number. */
  private String text(String sheet, int row, int column) {
    XlsxCells.Cell c = book.cell(sheet, row, column);
    assertTrue(c != null && !c.number(), sheet + " " + XlsxCells.ref(row, column) + " is no text: " + c);
    return c.text();
  }

  private static boolean shaded(XlsxCells.Cell c) {
    return c.fill().toUpperCase(java.util.Locale.ROOT).endsWith("D9D9D9");
  }

  @Test
  void theReaderAddressesCellsTheA1Way() {
    assertEquals("A1", XlsxCells.ref(0, 0));
    assertEquals("Z3", XlsxCells.ref(2, 25));
    assertEquals("AA1", XlsxCells.ref(0, 26));
    assertEquals("BA10", XlsxCells.ref(9, 52));
  }

  @Test
  void labelsFrameTheSsimAndMatrixSheetsInBold() {
    for (String sheet : List.of("SSIM", "IRM", "FRM")) {
      assertNull(book.cell(sheet, 0, 0), sheet);
      for (int k = 0; k < 3; k++) {
        String label = List.of("A", "B", "C").get(k);
        assertEquals(label, text(sheet, 0, k + 1), sheet);
        assertEquals(label, text(sheet, k + 1, 0), sheet);
        assertTrue(book.cell(sheet, 0, k + 1).bold() && book.cell(sheet, k + 1, 0).bold(), sheet);
      }
      assertNull(book.cell(sheet, 0, 4), sheet);
      assertFalse(book.cell("IRM", 1, 1).bold() || book.cell("SSIM", 1, 2).bold(), "data cells are not bold");
      assertNull(book.cell(sheet, 4, 0), sheet);
    }
  }

  @Test
  void theSsimSheetHoldsTheUpperTriangleOnly() {
    assertEquals("V", text("SSIM", 1, 2));
    assertEquals("O", text("SSIM", 1, 3));
    assertEquals("V", text("SSIM", 2, 3));
    for (int i = 1; i <= 3; i++) {
      for (int j = 1; j <= i; j++) {
        assertNull(book.cell("SSIM", i, j), "SSIM " + XlsxCells.ref(i, j));
      }
    }
    assertEquals(3 + 3 + 3, book.cellCount("SSIM"));
  }

  @Test
  void theIrmIsNumbersAndTheFrmMarksTheTransitiveLinkShaded() {
    int[][] irm = {{1, 1, 0}, {0, 1, 1}, {0, 0, 1}};
    int[][] frm = {{1, 1, 1}, {0, 1, 1}, {0, 0, 1}};
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(irm[i][j], number("IRM", i + 1, j + 1), "IRM " + i + "," + j);
        assertFalse(shaded(book.cell("IRM", i + 1, j + 1)));
        if (i == 0 && j == 2) {
          assertEquals("1*", text("FRM", 1, 3));
          assertTrue(shaded(book.cell("FRM", 1, 3)), "the transitive link is shaded: " + book.cell("FRM", 1, 3));
        } else {
          assertEquals(frm[i][j], number("FRM", i + 1, j + 1), "FRM " + i + "," + j);
          assertFalse(shaded(book.cell("FRM", i + 1, j + 1)), "FRM " + i + "," + j);
        }
      }
    }
    assertEquals(6 + 9, book.cellCount("IRM"));
    assertEquals(6 + 9, book.cellCount("FRM"));
  }

  @Test
  void theIterationsSheetIsTheTextbookPartitionTableByTable() {
    String s = "Iterations";
    // {first row of the table, factor, R(i), A(i), R ∩ A, level or null}
    List<List<String>> rows = new ArrayList<>();
    assertEquals("Iteration 1", text(s, 0, 0));
    assertTrue(book.cell(s, 0, 0).bold());
    assertEquals("Iteration 2", text(s, 6, 0));
    assertTrue(book.cell(s, 6, 0).bold());
    assertEquals("Iteration 3", text(s, 11, 0));
    assertTrue(book.cell(s, 11, 0).bold());
    for (int header : new int[] {1, 7, 12}) {
      List<String> titles = List.of("factor", "R(i)", "A(i)", "R(i) ∩ A(i)", "level");
      for (int c = 0; c < 5; c++) {
        assertEquals(titles.get(c), text(s, header, c));
        assertTrue(book.cell(s, header, c).bold());
      }
    }
    rows.add(List.of("2", "A", "A, B, C", "A", "A", ""));
    rows.add(List.of("3", "B", "B, C", "A, B", "B", ""));
    rows.add(List.of("4", "C", "C", "A, B, C", "C", "1"));
    rows.add(List.of("8", "A", "A, B", "A", "A", ""));
    rows.add(List.of("9", "B", "B", "A, B", "B", "2"));
    rows.add(List.of("13", "A", "A", "A", "A", "3"));
    for (List<String> row : rows) {
      int r = Integer.parseInt(row.get(0));
      for (int c = 0; c < 4; c++) {
        assertEquals(row.get(c + 1), text(s, r, c), "row " + r);
      }
      if (row.get(5).isEmpty()) {
        assertNull(book.cell(s, r, 4), "no level in row " + r);
      } else {
        assertEquals(Double.parseDouble(row.get(5)), number(s, r, 4), "row " + r);
      }
    }
    for (int blank : new int[] {5, 10, 14}) {
      assertNull(book.cell(s, blank, 0), "row " + blank + " is empty");
    }
    assertEquals(3 * 6 + 6 * 4 + 3, book.cellCount(s));
  }

  @Test
  void theLevelsSheetListsLevelOneFirst() {
    assertEquals("factor", text("Levels", 0, 0));
    assertEquals("level", text("Levels", 0, 1));
    assertTrue(book.cell("Levels", 0, 1).bold());
    String[] factors = {"C", "B", "A"};
    for (int k = 0; k < 3; k++) {
      assertEquals(factors[k], text("Levels", k + 1, 0));
      assertEquals(k + 1, number("Levels", k + 1, 1));
    }
    assertEquals(8, book.cellCount("Levels"));
  }

  @Test
  void theMicmacSheetHasPowersClustersAndTheSplitRule() {
    String s = "MICMAC";
    List<String> titles = List.of("factor", "driving power", "dependence power", "cluster");
    for (int c = 0; c < 4; c++) {
      assertEquals(titles.get(c), text(s, 0, c));
      assertTrue(book.cell(s, 0, c).bold());
    }
    Object[][] rows = {{"A", 3, 1, "IV independent"}, {"B", 2, 2, "III linkage"}, {"C", 1, 3, "II dependent"}};
    for (int k = 0; k < 3; k++) {
      assertEquals(rows[k][0], text(s, k + 1, 0));
      assertEquals((int) rows[k][1], number(s, k + 1, 1));
      assertEquals((int) rows[k][2], number(s, k + 1, 2));
      assertEquals(rows[k][3], text(s, k + 1, 3));
    }
    assertNull(book.cell(s, 4, 0));
    assertEquals("split rule", text(s, 5, 0));
    assertEquals("n/2", text(s, 5, 1));
    assertEquals("driving threshold", text(s, 6, 0));
    assertEquals(1.5, number(s, 6, 1));
    assertEquals("dependence threshold", text(s, 7, 0));
    assertEquals(1.5, number(s, 7, 1));
    assertEquals(4 + 12 + 6, book.cellCount(s));
  }

  @Test
  void theMicmacThresholdsAreEachTheirAxisMedian() {
    // A → B, A → C, D apart: driving powers 3, 1, 1, 1 (median 1), dependence 1, 2, 2, 1 (median 1.5)
    Ssim s = Ssim.builder("A", "B", "C", "D").v("A", "B").v("A", "C").build();
    IsmModel m = IsmAnalyzer.analyze(s, org.ism4j.IsmOptions.defaults()
        .withSplitRule(org.ism4j.micmac.SplitRule.MEDIAN));
    XlsxCells b = XlsxCells.read(XlsxExporter.create().toBytes(m));
    assertEquals("median", b.text("MICMAC", 6, 1));
    assertEquals(1.0, Double.parseDouble(b.text("MICMAC", 7, 1)));
    assertEquals(1.5, Double.parseDouble(b.text("MICMAC", 8, 1)));
  }

  @Test
  void theConicalMatrixOrdersByLevelWithPowersAndLevels() {
    String s = "Conical matrix";
    assertEquals("factor", text(s, 0, 0));
    String[] order = {"C", "B", "A"};
    for (int k = 0; k < 3; k++) {
      assertEquals(order[k], text(s, 0, k + 1));
      assertEquals(order[k], text(s, k + 1, 0));
    }
    assertEquals("driving power", text(s, 0, 4));
    assertEquals("level", text(s, 0, 5));
    // rows and columns C, B, A of the FRM
    String[][] cells = {{"1", "0", "0"}, {"1", "1", "0"}, {"1*", "1", "1"}};
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        XlsxCells.Cell c = book.cell(s, a + 1, b + 1);
        assertEquals(cells[a][b], cells[a][b].equals("1*") ? text(s, a + 1, b + 1)
            : String.valueOf((int) number(s, a + 1, b + 1)), "conical " + a + "," + b);
        assertEquals(cells[a][b].equals("1*"), shaded(c), "conical " + a + "," + b);
      }
    }
    assertArrayEquals(new double[] {1, 2, 3}, new double[] {number(s, 1, 4), number(s, 2, 4), number(s, 3, 4)});
    assertArrayEquals(new double[] {1, 2, 3}, new double[] {number(s, 1, 5), number(s, 2, 5), number(s, 3, 5)});
    assertEquals("dependence power", text(s, 4, 0));
    assertArrayEquals(new double[] {3, 2, 1}, new double[] {number(s, 4, 1), number(s, 4, 2), number(s, 4, 3)});
    assertEquals(6 + 3 + 9 + 6 + 1 + 3, book.cellCount(s));
  }

  @Test
  void theLinksSheetIsTheSkeletonWithLevels() {
    String s = "Digraph links";
    List<String> titles = List.of("from", "to", "from level", "to level", "kind");
    for (int c = 0; c < 5; c++) {
      assertEquals(titles.get(c), text(s, 0, c));
      assertTrue(book.cell(s, 0, c).bold());
    }
    Set<List<String>> links = new java.util.HashSet<>();
    for (int r = 1; r <= 2; r++) {
      links.add(List.of(text(s, r, 0), text(s, r, 1), String.valueOf((int) number(s, r, 2)),
          String.valueOf((int) number(s, r, 3)), text(s, r, 4)));
    }
    assertEquals(Set.of(List.of("A", "B", "3", "2", "skeleton"), List.of("B", "C", "2", "1", "skeleton")), links);
    assertEquals(15, book.cellCount(s));
  }

  @Test
  void namesAddAFactorsSheetLast() throws IOException {
    XlsxExporter x = XlsxExporter.create().withNames(FactorNames.of(Map.of("A", "Alpha", "C", "Gamma")));
    XlsxCells b = XlsxCells.read(x.toBytes(model));
    assertEquals(List.of("SSIM", "IRM", "FRM", "Iterations", "Levels", "MICMAC", "Conical matrix",
        "Digraph links", "Factors"), b.sheetNames());
    assertEquals(List.of("factor", "name"), List.of(b.text("Factors", 0, 0), b.text("Factors", 0, 1)));
    assertTrue(b.cell("Factors", 0, 1).bold());
    // B has no name: its label stands in
    String[][] rows = {{"A", "Alpha"}, {"B", "B"}, {"C", "Gamma"}};
    for (int k = 0; k < 3; k++) {
      assertEquals(rows[k][0], b.text("Factors", k + 1, 0));
      assertEquals(rows[k][1], b.text("Factors", k + 1, 1));
    }
    assertEquals(8, b.cellCount("Factors"));
    assertEquals("XlsxExporter[names=2]", x.toString());
    assertEquals("XlsxExporter[names=0]", XlsxExporter.create().toString());
  }

  @Test
  void theWorkbookIsCompleteInABufferedStreamLeftOpen() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BufferedOutputStream out = new BufferedOutputStream(bytes, 1 << 20);
    XlsxExporter.create().export(model, out);
    // not closed: export must flush what it buffered
    assertEquals(List.of("SSIM", "IRM", "FRM", "Iterations", "Levels", "MICMAC", "Conical matrix",
        "Digraph links"), XlsxCells.read(bytes.toByteArray()).sheetNames());
  }
}
