package org.ism4j.ssim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Worksheets read as people type them, and the files refused before they are read. */
class WorkbookTest {
  private static final SsimParser PARSER = SsimParser.defaults();

  private static Workbook book(byte[] bytes) throws IOException {
    return Workbook.read(new ByteArrayInputStream(bytes));
  }

  private static byte[] titled(String q) {
    return Xlsx.titled(q);
  }

  @Test
  void readsAWrittenSheetBelowAMergedTitleAsTheSameTextReads() throws IOException {
    Ssim fromSheet = PARSER.parse(book(titled("A")).sheet("Expert 3"));
    Ssim fromText = PARSER.parse("\tCost\tTime\tRisk\nCost\t\tV\tA\nTime\t\t\tX\nRisk\t\t\t\n");
    assertEquals(fromText, fromSheet);
  }

  @Test
  void anUnknownRelationNamesTheSheetAndTheCell() throws IOException {
    Workbook b = book(titled("Q"));
    SsimFormatException e = assertThrows(SsimFormatException.class, () -> PARSER.parse(b.firstSheet()));
    assertEquals("[Expert 3]!E4: unknown relation 'Q' in cell (Cost, Risk) (expected V, A, X or O)",
        e.getMessage());
    assertEquals("Expert 3", e.sheet().orElseThrow());
    assertEquals("E4", e.cell().orElseThrow());
    assertEquals(4, e.line());
    assertEquals(5, e.column());
  }

  @Test
  void numbersTypedAsNumbersReadAsTheirDigits() throws IOException {
    byte[] bytes = Xlsx.written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("IRM");
      for (int j = 1; j <= 3; j++) {
        ws.value(0, j, j);
        ws.value(j, 0, j);
      }
      int[][] m = {{1, 1, 0}, {0, 1, 1}, {0, 0, 1}};
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          ws.value(i + 1, j + 1, (double) m[i][j]);
        }
      }
    });
    SsimParser.Parsed p = PARSER.parseDetected(book(bytes).firstSheet());
    assertEquals(SsimParser.Kind.IRM, p.kind());
    assertEquals(PARSER.parseIrm("\t1\t2\t3\n1\t1\t1\t0\n2\t0\t1\t1\n3\t0\t0\t1\n"), p.ssim());
  }

  /** Formulas with cached values, shared strings with rich text, inline strings, 1.0, empty edges. */
  @Test
  void cellsAsExcelStoresThem() throws IOException {
    String shared = "<si><r><t>Co</t></r><r><rPr><b/></rPr><t>stly</t></r>"
        + "<rPh><t>ignored</t></rPh></si><si><t xml:space=\"preserve\"> V </t></si><si><t>a</t></si>";
    String data = "<row r=\"3\"><c r=\"D3\" t=\"s\"><v>0</v></c>"
        + "<c r=\"E3\" t=\"inlineStr\"><is><t>Slow</t></is></c><c r=\"F3\"><v>3.0</v></c></row>"
        + "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>0</v></c><c r=\"E4\" t=\"str\"><f>\"V\"</f><v>V</v></c>"
        + "<c r=\"F4\" t=\"s\"><v>1</v></c></row>"
        + "<row r=\"5\"><c r=\"C5\" t=\"inlineStr\"><is><t>Slow</t></is></c>"
        + "<c r=\"F5\" t=\"str\"><f>LOWER(\"O\")</f><v>o</v></c></row>"
        + "<row r=\"6\"><c r=\"C6\"><f>1+2</f><v>3</v></c><c r=\"D6\" t=\"s\"><v>2</v></c></row>"
        + "<row r=\"9\"/>";
    Ssim s = PARSER.parse(book(Xlsx.book("Sheet1", data, null, shared)).firstSheet());
    assertEquals(PARSER.parse("\tCostly\tSlow\t3\nCostly\t\tV\tV\nSlow\t\t\to\n3\ta\t\t\n"), s);
  }

  @Test
  void aFormulaWithoutACachedValueIsAnErrorAtItsCell() throws IOException {
    byte[] bytes = Xlsx.written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Sheet1");
      ws.value(0, 1, "a");
      ws.value(0, 2, "b");
      ws.value(1, 0, "a");
      ws.formula(1, 2, "B1");
      ws.value(2, 0, "b");
    });
    Workbook b = book(bytes);
    SsimFormatException e = assertThrows(SsimFormatException.class, b::firstSheet);
    assertEquals("[Sheet1]!C2: formula cell without a cached value (=B1): open the workbook in Excel"
        + " or LibreOffice and save it, so that its values are stored", e.getMessage());
  }

  @Test
  void aHeadingMergedOverTheLabelsIsLeftOut() throws IOException {
    String data = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>No.</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Factors</t></is></c></row>"
        + "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"C2\"><v>2</v></c></row>"
        + "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>X</t></is></c></row>"
        + "<row r=\"4\"><c r=\"A4\"><v>2</v></c></row>";
    String merges = "<mergeCells count=\"2\"><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B1:C1\"/></mergeCells>";
    Ssim s = PARSER.parse(book(Xlsx.book("S", data, merges, null)).firstSheet());
    assertEquals(PARSER.parse("\t1\t2\n1\t\tX\n2\t\t\n"), s);
  }

  @Test
  void anEmptyRowInsideTheMatrixIsAnErrorAtItsRow() throws IOException {
    String data = "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>a</t></is></c>"
        + "<c r=\"D2\" t=\"inlineStr\"><is><t>b</t></is></c></row>"
        + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>a</t></is></c>"
        + "<c r=\"D3\" t=\"inlineStr\"><is><t>V</t></is></c></row>"
        + "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>b</t></is></c></row>";
    Workbook b = book(Xlsx.book("S", data, null, null));
    SsimFormatException e = assertThrows(SsimFormatException.class, () -> PARSER.parse(b.firstSheet()));
    assertEquals("[S]!B4: empty row inside the matrix", e.getMessage());
  }

  @Test
  void anEmptySheet() throws IOException {
    Workbook b = book(Xlsx.book("Blank", "", null, null));
    SsimFormatException e = assertThrows(SsimFormatException.class, () -> PARSER.parse(b.firstSheet()));
    assertEquals("[Blank]!A1: empty sheet", e.getMessage());
  }

  @Test
  void namesAndDuplicatesNameTheirCells() throws IOException {
    String data = "<row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>id</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
        + "<row r=\"2\"><c r=\"B2\"><v>1.0</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>Cost</t></is></c></row>"
        + "<row r=\"3\"><c r=\"B3\"><v>1</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>Time</t></is></c></row>";
    Workbook b = book(Xlsx.book("Names", data, null, null));
    SsimFormatException e = assertThrows(SsimFormatException.class, () -> FactorNames.parse(b.firstSheet()));
    assertEquals("[Names]!B3: duplicate label '1' in B2 and B3", e.getMessage());
  }

  @Test
  void anUnknownSheetListsTheSheets() throws IOException {
    Workbook b = book(titled("A"));
    assertEquals(List.of("Expert 3"), b.sheetNames());
    WorkbookException e = assertThrows(WorkbookException.class, () -> b.sheet("Expert 4"));
    assertEquals("no sheet 'Expert 4' (the workbook has one sheet, 'Expert 3')", e.getMessage());
  }

  // ------------------------------------------------------------------ control characters

  /** An inline-string cell. */
  private static String cell(String ref, String xmlText) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xmlText + "</t></is></c>";
  }

  /** A 2-factor SSIM sheet "S" whose first label (B1 and A2) is {@code label}, as XML text. */
  private static String labelled(String label) {
    return "<row r=\"1\">" + cell("B1", label) + cell("C1", "B") + "</row>"
        + "<row r=\"2\">" + cell("A2", label) + cell("C2", "V") + "</row>"
        + "<row r=\"3\">" + cell("A3", "B") + "</row>";
  }

  /** {@link Xlsx#book} with its worksheet part declared XML 1.1, which can hold C0 controls as {@code &#x7;}. */
  private static byte[] xml11(String sheetData) throws IOException {
    byte[] bytes = Xlsx.book("S", sheetData, null, null);
    Map<String, String> entries = new LinkedHashMap<>();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    entries.computeIfPresent("xl/worksheets/sheet1.xml",
        (k, v) -> v.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.1\"?>"));
    return Xlsx.zip(entries);
  }

  private static String sheetError(byte[] bytes) throws IOException {
    Workbook b = book(bytes);
    return assertThrows(SsimFormatException.class, () -> PARSER.parse(b.firstSheet())).getMessage();
  }

  @Test
  void aControlCharacterOrAByteOrderMarkInACellIsRefusedAtTheCell() throws IOException {
    String rule = " in the cell (a cell holds text, tabs and line breaks only); remove it";
    // C1 and DEL are legal XML 1.0 characters, written as they are
    assertEquals("[S]!B1: control character U+0085" + rule, sheetError(Xlsx.book("S", labelled("A\u0085Z"), null, null)));
    assertEquals("[S]!B1: control character U+007F" + rule, sheetError(Xlsx.book("S", labelled("A&#x7F;Z"), null, null)));
    assertEquals("[S]!B1: byte order mark (U+FEFF) in the cell (pasted from a text file?); remove it",
        sheetError(Xlsx.book("S", labelled("\uFEFFA"), null, null)));
    // a shared string is checked at the cell that shows it
    String shared = "<si><t>V\u009B</t></si>";
    String data = "<row r=\"1\">" + cell("B1", "A") + cell("C1", "B") + "</row>"
        + "<row r=\"2\">" + cell("A2", "A") + "<c r=\"C2\" t=\"s\"><v>0</v></c></row>"
        + "<row r=\"3\">" + cell("A3", "B") + "</row>";
    assertEquals("[S]!C2: control character U+009B" + rule, sheetError(Xlsx.book("S", data, null, shared)));
    // C0 controls reach a cell only from an XML 1.1 part
    assertEquals("[S]!B1: control character U+0007" + rule, sheetError(xml11(labelled("A&#x7;Z"))));
    // tab and line breaks are a cell's text (Alt+Enter in Excel)
    Ssim s = PARSER.parse(book(xml11(labelled("A&#x9;Y&#xA;Y&#xD;Z"))).firstSheet());
    assertEquals(List.of("A\tY\nY\rZ", "B"), List.copyOf(s.labels()));
  }

  /**
   * Every code point up to U+00A0, and U+FEFF, is refused in a sheet's cell exactly when a text
   * file refuses it inside a quoted cell: the same rule on both readers.
   */
  @Test
  void aCellRefusesTheCharactersATextFileRefuses() throws IOException {
    List<Integer> points = new java.util.ArrayList<>();
    for (int c = 1; c <= 0xA0; c++) {
      points.add(c);
    }
    points.add(0xFEFF);
    points.add(0x2028);
    List<String> differ = new java.util.ArrayList<>();
    for (int c : points) {
      if (c == '"') {
        continue;
      }
      String label = "A" + (char) c + "Z";
      String q = "\"" + label + "\"";
      boolean textRefuses = refuses(() -> PARSER.parse("\t" + q + "\tB\n" + q + "\t\tV\nB\t\t\n"));
      Workbook b = book(xml11(labelled(String.format(java.util.Locale.ROOT, "A&#x%X;Z", c))));
      boolean sheetRefuses = refuses(() -> PARSER.parse(b.firstSheet()));
      if (textRefuses != sheetRefuses) {
        differ.add(String.format(java.util.Locale.ROOT, "U+%04X: text %s, sheet %s", c,
            textRefuses ? "refuses" : "reads", sheetRefuses ? "refuses" : "reads"));
      }
    }
    assertEquals(List.of(), differ);
  }

  private static boolean refuses(org.junit.jupiter.api.function.Executable read) {
    try {
      read.execute();
      return false;
    } catch (SsimFormatException e) {
      return true;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  // ------------------------------------------------------------------ refusals

  private static String refusal(byte[] bytes) {
    return assertThrows(WorkbookException.class, () -> book(bytes)).getMessage();
  }

  @Test
  void aTextFileIsNotAWorkbook() {
    assertEquals("not an xlsx workbook: the file is not a zip archive (a text table is read as .tsv"
        + " or .csv)", refusal("\tA\tB\nA\t\tV\nB\t\t\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("not an xlsx workbook: the file is empty", refusal(new byte[0]));
  }

  @Test
  void aZipThatIsNotAWorkbook() {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("readme.txt", "hello");
    assertEquals("not an xlsx workbook: a zip archive without a workbook part (xl/workbook.xml)",
        refusal(Xlsx.zip(e)));
  }

  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
      (byte) 0xB1, 0x1A, (byte) 0xE1};

  private static byte[] ole2(String streamName) {
    byte[] bytes = new byte[4096];
    System.arraycopy(OLE2, 0, bytes, 0, OLE2.length);
    byte[] name = streamName.getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, bytes, 1024 + 512, name.length);
    return bytes;
  }

  @Test
  void anOldXlsIsNamedWithItsRemedy() {
    assertEquals("an Excel 97-2003 workbook (.xls, the old binary format), which ism4j does not read:"
        + " open it in Excel or LibreOffice and save it as .xlsx", refusal(ole2("Workbook")));
  }

  @Test
  void anEncryptedWorkbookIsNamed() {
    assertEquals("an encrypted workbook (password-protected: an OLE2 container holding"
        + " EncryptionInfo), which ism4j cannot read: remove the password in Excel and save it as"
        + " .xlsx", refusal(ole2("EncryptionInfo")));
  }

  @Test
  void aZipBombIsRefusedWhileInflating() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int k = 0; k <= 100; k++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertEquals("refused: the workbook's entries expand past the limit of 100 MB (at"
        + " xl/worksheets/sheet1.xml; a zip bomb?)", refusal(bytes.toByteArray()));
  }

  @Test
  void aDamagedPartIsNamed() {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("xl/workbook.xml", "<workbook><sheets><sheet name=\"a\"");
    String m = refusal(Xlsx.zip(e));
    assertEquals("not an xlsx workbook: xl/workbook.xml is not well-formed XML (",
        m.substring(0, m.indexOf('(') + 1));
  }
}
