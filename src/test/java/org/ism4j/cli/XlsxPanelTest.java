package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ism4j.ssim.Xlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expert panels and weighted matrices read from workbooks, as from text. */
class XlsxPanelTest {
  /** Three experts on Cost, Time, Risk: cell (Cost, Time) V, V, A; (Cost, Risk) O, X, O. */
  private static final String[][] EXPERTS = {{"V", "O", "V"}, {"V", "X", "V"}, {"A", "O", "V"}};

  @TempDir
  Path dir;

  private static void sheet(org.dhatim.fastexcel.Workbook wb, String name, String[] cells) {
    org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet(name);
    String[] labels = {"Cost", "Time", "Risk"};
    for (int j = 0; j < 3; j++) {
      ws.value(0, j + 1, labels[j]);
      ws.value(j + 1, 0, labels[j]);
    }
    ws.value(1, 2, cells[0]);
    ws.value(1, 3, cells[1]);
    ws.value(2, 3, cells[2]);
  }

  private static String tsv(String[] cells) {
    return "\tCost\tTime\tRisk\nCost\t\t" + cells[0] + "\t" + cells[1] + "\nTime\t\t\t" + cells[2]
        + "\nRisk\t\t\t\n";
  }

  @Test
  void allSheetsOfAWorkbookAggregateLikeTheSameExpertsInText() throws IOException {
    Path book = dir.resolve("panel.xlsx");
    Files.write(book, Xlsx.written(wb -> {
      for (int e = 0; e < EXPERTS.length; e++) {
        sheet(wb, "Expert " + (e + 1), EXPERTS[e]);
      }
    }));
    String[] files = new String[EXPERTS.length];
    for (int e = 0; e < EXPERTS.length; e++) {
      Path p = dir.resolve("Expert " + (e + 1) + ".tsv");
      Files.writeString(p, tsv(EXPERTS[e]), StandardCharsets.UTF_8);
      files[e] = p.toString();
    }
    MainTest.Run fromSheets = MainTest.run("aggregate", book.toString(), "--all-sheets", "--format", "tsv");
    MainTest.Run fromText = MainTest.run("aggregate", files[0], files[1], files[2], "--format", "tsv");
    assertEquals(0, fromSheets.code, fromSheets::toString);
    assertEquals(fromText.out, fromSheets.out);
    // majority: (Cost, Time) V by 2 of 3, (Cost, Risk) O by 2 of 3, (Time, Risk) V by 3 of 3
    assertEquals(tsv(new String[] {"V", "O", "V"}), fromSheets.out);
    MainTest.Run json = MainTest.run("aggregate", book.toString(), "--all-sheets", "--format", "json");
    assertEquals(java.util.List.of("Expert 1", "Expert 2", "Expert 3"),
        MainTest.strings(json.json().get("experts")));
  }

  @Test
  void aBadCellOnOneSheetIsReportedAtThatSheetAndCell() throws IOException {
    Path book = dir.resolve("panel.xlsx");
    Files.write(book, Xlsx.written(wb -> {
      sheet(wb, "Ana", EXPERTS[0]);
      sheet(wb, "Ben", new String[] {"V", "Q", "V"});
    }));
    MainTest.Run r = MainTest.run("aggregate", book.toString(), "--all-sheets");
    assertEquals(2, r.code);
    assertEquals(book + "[Ben]!D2: unknown relation 'Q' in cell (Cost, Risk) (expected V, A, X or O)\n",
        r.err);
  }

  @Test
  void oneWorkbookWithoutAllSheetsIsOneExpert() throws IOException {
    Path book = dir.resolve("panel.xlsx");
    Files.write(book, Xlsx.written(wb -> sheet(wb, "Ana", EXPERTS[0])));
    MainTest.Run r = MainTest.run("aggregate", book.toString());
    assertEquals(2, r.code);
  }

  @Test
  void aDematelMatrixIsReadFromASheet() throws IOException {
    Path book = dir.resolve("dematel.xlsx");
    Files.write(book, Xlsx.written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Expert 1");
      String[] labels = {"A", "B"};
      for (int j = 0; j < 2; j++) {
        ws.value(0, j + 1, labels[j]);
        ws.value(j + 1, 0, labels[j]);
      }
      ws.value(1, 2, 2);
      ws.value(2, 1, 1);
    }));
    Path text = dir.resolve("dematel.tsv");
    Files.writeString(text, "\tA\tB\nA\t0\t2\nB\t1\t0\n", StandardCharsets.UTF_8);
    MainTest.Run fromSheet = MainTest.run("dematel", book.toString(), "--format", "tsv");
    assertEquals(0, fromSheet.code, fromSheet::toString);
    assertEquals(MainTest.run("dematel", text.toString(), "--format", "tsv").out, fromSheet.out);
  }

  @Test
  void aggregateWritesTheAggregateAsAWorkbookThatReadsBackAsTheSameSsim() throws IOException {
    String[] files = new String[EXPERTS.length];
    for (int e = 0; e < EXPERTS.length; e++) {
      Path p = dir.resolve("e" + e + ".tsv");
      Files.writeString(p, tsv(EXPERTS[e]), StandardCharsets.UTF_8);
      files[e] = p.toString();
    }
    Path out = dir.resolve("panel.xlsx");
    MainTest.Run r = MainTest.run("aggregate", files[0], files[1], files[2], "--format", "xlsx", "-o",
        out.toString());
    assertEquals(0, r.code, r::toString);
    org.ism4j.ssim.Workbook book = org.ism4j.ssim.Workbook.read(out);
    assertEquals(java.util.List.of("SSIM", "Agreement", "Experts", "Summary"), book.sheetNames());
    org.ism4j.ssim.SsimParser parser = org.ism4j.ssim.SsimParser.defaults();
    assertEquals(parser.parse(tsv(new String[] {"V", "O", "V"})),
        parser.parseDetected(book.sheet("SSIM")).ssim());
    // one row per cell i < j below the header: 3 cells for 3 factors
    assertEquals(4, book.sheet("Agreement").rows().size());
    assertEquals(2, MainTest.run("aggregate", files[0], files[1], "--format", "xlsx").code,
        "a workbook is never written to standard output");
  }

  @Test
  void auditWritesFindingsAndLevelsSideBySideAsAWorkbook() throws IOException {
    Path out = dir.resolve("audit.xlsx");
    MainTest.Run r = MainTest.run("audit", "--example", "banking-17", "--format", "xlsx", "-o",
        out.toString());
    assertEquals(0, r.code, r::toString);
    org.ism4j.ssim.Workbook book = org.ism4j.ssim.Workbook.read(out);
    assertEquals(java.util.List.of("Summary", "Diagnosis", "Findings", "Levels"), book.sheetNames());
    MainTest.Run json = MainTest.run("audit", "--example", "banking-17", "--format", "json");
    int findings = json.json().getAsJsonArray("findings").size();
    assertEquals(findings + 1, book.sheet("Findings").rows().size(), "a header row and one per finding");
    // banking-17: 17 factors, all on computed level 1
    java.util.List<org.ism4j.ssim.DelimitedTable.Row> levels = book.sheet("Levels").rows();
    assertEquals(18, levels.size());
    for (int i = 1; i < levels.size(); i++) {
      assertEquals("1", levels.get(i).cell(2).text());
    }
  }

  @Test
  void tismReadsItsInterpretationsFromASheetLikeFromText() throws IOException {
    Path text = Path.of("examples", "tism-5", "interpretations.tsv");
    java.util.List<String> lines = Files.readAllLines(text, StandardCharsets.UTF_8);
    Path book = dir.resolve("why.xlsx");
    Files.write(book, Xlsx.written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Why");
      for (int r = 0; r < lines.size(); r++) {
        String[] cells = lines.get(r).split("\t");
        for (int c = 0; c < cells.length; c++) {
          ws.value(r, c, cells[c]);
        }
      }
    }));
    String ssim = Path.of("examples", "tism-5", "ssim.tsv").toString();
    MainTest.Run fromText = MainTest.run("tism", ssim, "--interpretations", text.toString(), "--format", "json");
    MainTest.Run fromSheet = MainTest.run("tism", ssim, "--interpretations", book.toString(), "--format", "json");
    assertEquals(0, fromSheet.code, fromSheet::toString);
    assertEquals(fromText.out, fromSheet.out);
  }
}
