package org.ism4j.ssim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ism4j.reach.ReachabilityMatrix;
import org.junit.jupiter.api.Test;

/** Files as spreadsheets and people write them, under {@code src/test/resources/ssim/}. */
class FixtureFilesTest {
  private static final Path DIR = Path.of("src/test/resources/ssim");
  private static final SsimParser PARSER = SsimParser.defaults();

  @Test
  void excelSemicolonCsvWithByteOrderMarkCrlfAndQuotedLabels() throws IOException {
    Ssim ssim = PARSER.parse(DIR.resolve("excel-semicolon-bom-crlf.csv"));
    assertEquals(List.of("Cost of capital", "Trust, \"brand\"", "Speed"), ssim.labels());
    assertEquals(Relation.V, ssim.relation("Cost of capital", "Trust, \"brand\""));
    assertEquals(Relation.X, ssim.relation("Speed", "Cost of capital"));
    assertEquals(Relation.O, ssim.relation("Trust, \"brand\"", "Speed"));
    assertEquals(DelimitedTable.Delimiter.SEMICOLON,
        DelimitedTable.read(DIR.resolve("excel-semicolon-bom-crlf.csv")).delimiter());
  }

  @Test
  void spaceAlignedIrmWithNumberedHeaderAndNoCornerCell() throws IOException {
    Path file = DIR.resolve("irm-numbered-header.txt");
    ReachabilityMatrix irm = ReachabilityMatrix.initial(PARSER.parseIrm(file));
    assertEquals(Labels.numbered(4), irm.labels());
    assertEquals("1100", irm.rowString(0));
    assertEquals("1001", irm.rowString(3));
    SsimParser.Parsed p = PARSER.parseDetected(file);
    assertEquals(SsimParser.Kind.IRM, p.kind());
    assertEquals(Relation.A, p.ssim().relation("1", "4"));
    assertEquals(Relation.V, p.ssim().relation("1", "2"));
  }

  @Test
  void fullSquareWithAContradictingMirror() {
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> PARSER.parse(DIR.resolve("full-square-mirror-error.tsv")));
    assertEquals("line 4, column 3: cell (C, B) is 'V' but its mirror (B, C) is 'X' (expected X)", e.getMessage());
  }

  @Test
  void windows1252IsNotUtf8() {
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> PARSER.parse(DIR.resolve("windows-1252.tsv")));
    assertEquals("line 1, column 2: not UTF-8 text: byte 0xE9 (binary data, or save the file as UTF-8)", e.getMessage());
    assertEquals("0xE9", e.token());
  }
}
