package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ism4j.ssim.Xlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every table-shaped input of the command line read from a sheet of an .xlsx workbook. */
class XlsxInputTest {
  private static final String TSV = "\tCost\tTime\tRisk\nCost\t\tV\tA\nTime\t\t\tX\nRisk\t\t\t\n";

  @TempDir
  Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void aSheetGivesWhatTheSameTableInTextGives() throws IOException {
    Path xlsx = file("model.xlsx", Xlsx.titled("A"));
    Path tsv = file("model.tsv", TSV.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    MainTest.Run text = MainTest.run("analyze", tsv.toString(), "--format", "csv");
    assertEquals(text.out, MainTest.run("analyze", xlsx.toString(), "--format", "csv").out);
    assertEquals(text.out, MainTest.run("analyze", xlsx + "#Expert 3", "--format", "csv").out);
    assertEquals(text.out, MainTest.run("analyze", xlsx.toString(), "--sheet", "Expert 3", "--format", "csv").out);
  }

  @Test
  void aBadCellIsReportedAtItsSheetAndCell() throws IOException {
    Path xlsx = file("model.xlsx", Xlsx.titled("Q"));
    MainTest.Run r = MainTest.run("analyze", xlsx + "#Expert 3");
    assertEquals(2, r.code);
    assertEquals(xlsx + "[Expert 3]!E4: unknown relation 'Q' in cell (Cost, Risk) (expected V, A, X"
        + " or O)\n", r.err);
  }

  @Test
  void anUnknownSheetListsTheSheets() throws IOException {
    Path xlsx = file("model.xlsx", Xlsx.titled("A"));
    MainTest.Run r = MainTest.run("analyze", xlsx.toString(), "--sheet", "Expert 4");
    assertEquals(2, r.code);
    assertEquals(xlsx + ": no sheet 'Expert 4' (the workbook has one sheet, 'Expert 3')\n", r.err);
  }

  @Test
  void anOldXlsIsRefusedByName() throws IOException {
    byte[] ole2 = new byte[2048];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    Path xls = file("model.xls", ole2);
    MainTest.Run r = MainTest.run("analyze", xls.toString());
    assertEquals(2, r.code);
    assertEquals(xls + ": an Excel 97-2003 workbook (.xls, the old binary format), which ism4j does"
        + " not read: open it in Excel or LibreOffice and save it as .xlsx\n", r.err);
  }

  @Test
  void aTextFileNamedXlsxIsRefused() throws IOException {
    Path fake = file("model.xlsx", TSV.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    MainTest.Run r = MainTest.run("analyze", fake.toString());
    assertEquals(2, r.code);
    assertEquals(fake + ": not an xlsx workbook: the file is not a zip archive (a text table is read"
        + " as .tsv or .csv)\n", r.err);
  }

  @Test
  void standardInputMayBeAWorkbook() throws IOException {
    CommandLine cl = Main.commandLine();
    ModelCommand analyze = (ModelCommand) cl.getSubcommands().get("analyze").getCommand();
    analyze.stdin = new ByteArrayInputStream(Xlsx.titled("Q"));
    MainTest.Run r = MainTest.run(cl, "analyze", "-");
    assertEquals("<stdin>[Expert 3]!E4: unknown relation 'Q' in cell (Cost, Risk) (expected V, A, X"
        + " or O)\n", r.err);
  }

  @Test
  void namesAndPublishedTablesComeFromSheetsToo() throws IOException {
    Path model = file("model.tsv", TSV.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Path names = file("names.xlsx", Xlsx.written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Names");
      ws.value(0, 0, "id");
      ws.value(0, 1, "name");
      ws.value(1, 0, "Cost");
      ws.value(1, 1, "Total cost");
      ws.value(2, 0, "Nope");
      ws.value(2, 1, "Unknown");
    }));
    MainTest.Run r = MainTest.run("analyze", model.toString(), "--names", names.toString());
    assertEquals(names + "[Names]!A3: unknown factor 'Nope' (the model has no factor with this label)\n",
        r.err);

    Path levels = file("paper.xlsx", Xlsx.written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Table 5");
      ws.value(0, 0, "factor");
      ws.value(0, 1, "level");
      ws.value(1, 0, "Cost");
      ws.value(1, 1, 1.0);
      ws.value(2, 0, "Cost");
      ws.value(2, 1, 2);
    }));
    MainTest.Run a = MainTest.run("audit", model.toString(), "--published-levels", levels + "#Table 5");
    assertEquals(2, a.code);
    assertEquals(levels + "[Table 5]!A3: factor 'Cost' has a second row (the first is in A2)\n", a.err);
  }

  @Test
  void analyzeWritesAWorkbookThatReadsBack() throws IOException {
    Path out = dir.resolve("tables.xlsx");
    MainTest.Run w = MainTest.run("analyze", "--example", "banking-17", "--format", "xlsx", "-o", out.toString());
    assertEquals(0, w.code, w.toString());
    String original = MainTest.run("analyze", "--example", "banking-17", "--format", "csv").out;
    assertEquals(original, MainTest.run("analyze", out + "#SSIM", "--format", "csv").out);
    assertEquals(original, MainTest.run("analyze", out + "#IRM", "--format", "csv").out);
  }

  @Test
  void aWorkbookIsNotWrittenToStandardOutput() {
    MainTest.Run r = MainTest.run("analyze", "--example", "banking-17", "--format", "xlsx");
    assertEquals(2, r.code);
    assertEquals("ism analyze: --format xlsx writes a binary file: give -o FILE.xlsx\n", r.err);
    assertEquals("", r.out);
  }
}
