package org.ism4j.ssim;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ism4j.ssim.DelimitedTable.Cell;
import org.ism4j.ssim.DelimitedTable.Delimiter;
import org.ism4j.ssim.DelimitedTable.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTableTest {
  @TempDir Path dir;

  private static List<List<String>> texts(DelimitedTable t) {
    return t.rows().stream().map(Row::texts).toList();
  }

  private static void assertError(String expectedMessage, int line, int column, String token, Runnable r) {
    SsimFormatException e = assertThrows(SsimFormatException.class, r::run);
    assertEquals(expectedMessage, e.getMessage());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
    assertEquals(token, e.token());
  }

  private Path file(byte[] bytes) throws IOException {
    Path p = Files.createTempFile(dir, "table", ".txt");
    Files.write(p, bytes);
    return p;
  }

  @Test
  void tabIsDetectedAndEveryTabSeparatesTwoCells() {
    DelimitedTable t = DelimitedTable.read("\tA\tB\nA\t\tV\n");
    assertEquals(Delimiter.TAB, t.delimiter());
    assertEquals(List.of(List.of("", "A", "B"), List.of("A", "", "V")), texts(t));
  }

  @Test
  void tabWinsOverCommasAndSemicolonsOnTheSameLine() {
    DelimitedTable t = DelimitedTable.read("a, b;c\td,e\n");
    assertEquals(Delimiter.TAB, t.delimiter());
    assertEquals(List.of(List.of("a, b;c", "d,e")), texts(t));
  }

  @Test
  void commaIsDetected() {
    DelimitedTable t = DelimitedTable.read(",A,B\nA,,V");
    assertEquals(Delimiter.COMMA, t.delimiter());
    assertEquals(List.of(List.of("", "A", "B"), List.of("A", "", "V")), texts(t));
  }

  @Test
  void semicolonIsDetectedAndCommasStayInsideCells() {
    DelimitedTable t = DelimitedTable.read(";Cost;Quality\nCost;;1,5\n");
    assertEquals(Delimiter.SEMICOLON, t.delimiter());
    assertEquals(List.of(List.of("", "Cost", "Quality"), List.of("Cost", "", "1,5")), texts(t));
  }

  @Test
  void theMoreFrequentOfSemicolonAndCommaWinsAndSemicolonWinsATie() {
    assertEquals(Delimiter.COMMA, DelimitedTable.read("a;b,c,d\n").delimiter());
    assertEquals(Delimiter.SEMICOLON, DelimitedTable.read("a;b;c,d\n").delimiter());
    assertEquals(Delimiter.SEMICOLON, DelimitedTable.read("a;b,c\n").delimiter());
  }

  @Test
  void delimitersInsideQuotesDoNotCountForDetection() {
    DelimitedTable t = DelimitedTable.read("\"a;b;c\",d\n");
    assertEquals(Delimiter.COMMA, t.delimiter());
    assertEquals(List.of(List.of("a;b;c", "d")), texts(t));
  }

  @Test
  void runsOfSpacesAreDetectedWhenNoOtherDelimiterIsThere() {
    DelimitedTable t = DelimitedTable.read("   A   B  C  \n A - V\tX\n");
    assertEquals(Delimiter.SPACES, t.delimiter());
    assertEquals(List.of(List.of("A", "B", "C"), List.of("A", "-", "V", "X")), texts(t));
    assertEquals(4, t.rows().get(1).cell(3).column());
  }

  @Test
  void quotedCellsInASpaceSeparatedFileHoldSpacesAndMayBeEmpty() {
    DelimitedTable t = DelimitedTable.read("\"\" \"Cost of  it\" B\n");
    assertEquals(List.of(List.of("", "Cost of  it", "B")), texts(t));
    assertTrue(t.rows().get(0).cell(0).quoted());
    assertFalse(t.rows().get(0).cell(2).quoted());
  }

  @Test
  void theDelimiterIsTakenFromTheFirstLineWithMoreThanOneCell() {
    DelimitedTable t = DelimitedTable.read("Title\n\na,b\n");
    assertEquals(Delimiter.COMMA, t.delimiter());
    assertEquals(List.of(List.of("Title"), List.of(), List.of("a", "b")), texts(t));
  }

  @Test
  void oneColumnTextReportsTab() {
    DelimitedTable t = DelimitedTable.read("a\nb\n");
    assertEquals(Delimiter.TAB, t.delimiter());
    assertEquals(List.of(List.of("a"), List.of("b")), texts(t));
  }

  @Test
  void quotedCellsAsSpreadsheetsWriteThem() {
    DelimitedTable t = DelimitedTable.read("\"a, b\",\"say \"\"hi\"\"\",\"\",plain\n");
    assertEquals(List.of(List.of("a, b", "say \"hi\"", "", "plain")), texts(t));
  }

  @Test
  void spacesAroundAQuotedCellAreDroppedButKeptAroundAnUnquotedOne() {
    DelimitedTable t = DelimitedTable.read("a,  \"b\"  , c \n");
    assertEquals(List.of(List.of("a", "b", " c ")), texts(t));
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsAnOrdinaryCharacter() {
    DelimitedTable t = DelimitedTable.read("5\"x,b\n");
    assertEquals(List.of(List.of("5\"x", "b")), texts(t));
  }

  @Test
  void aQuotedLineBreakMakesTheRowSpanLinesAndCellsKeepTheirStartLine() {
    DelimitedTable t = DelimitedTable.read("\"two\r\nlines\",x\nnext,y\n");
    assertEquals(List.of(List.of("two\nlines", "x"), List.of("next", "y")), texts(t));
    Row first = t.rows().get(0);
    assertEquals(1, first.line());
    assertEquals(new Cell("x", 2, 2, false), first.cell(1));
    assertEquals(3, t.rows().get(1).line());
  }

  @Test
  void lfCrlfAndLoneCrAllEndALineAndNoFinalLineEndIsNeeded() {
    DelimitedTable t = DelimitedTable.read("a,b\r\nc,d\re,f\ng,h");
    assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h")), texts(t));
    assertEquals(4, t.rows().get(3).line());
  }

  @Test
  void cellsKnowTheirLineAndColumn() {
    DelimitedTable t = DelimitedTable.read("a,b\n\nc,,d\n");
    Row row = t.rows().get(2);
    assertEquals(3, row.line());
    assertEquals(new Cell("", 3, 2, false), row.cell(1));
    assertEquals(new Cell("d", 3, 3, false), row.cell(2));
  }

  @Test
  void blankLinesInsideAreRowsWithoutCellsAndTrailingOnesAreDropped() {
    DelimitedTable t = DelimitedTable.read("a,b\n   \nc,d\n\n  \n\n");
    assertEquals(3, t.rows().size());
    assertTrue(t.rows().get(1).isBlank());
    assertEquals(2, t.rows().get(1).line());
    assertEquals(0, t.rows().get(1).size());
  }

  @Test
  void aLineOfTabsInATabFileIsARowOfEmptyCellsNotABlankLine() {
    DelimitedTable t = DelimitedTable.read("a\tb\n\t\n");
    assertEquals(List.of(List.of("a", "b"), List.of("", "")), texts(t));
  }

  @Test
  void aTrailingDelimiterMakesATrailingEmptyCell() {
    assertEquals(List.of(List.of("a", "b", "")), texts(DelimitedTable.read("a,b,\n")));
  }

  @Test
  void emptyAndBlankTextsHaveNoRows() {
    assertEquals(0, DelimitedTable.read("").rows().size());
    assertEquals(0, DelimitedTable.read("\n \r\n").rows().size());
    assertEquals(0, DelimitedTable.read("\uFEFF").rows().size());
  }

  @Test
  void aByteOrderMarkIsDroppedFromStringsReadersAndFiles() throws IOException {
    assertEquals(List.of(List.of("a", "b")), texts(DelimitedTable.read("\uFEFFa,b")));
    assertEquals(List.of(List.of("a", "b")), texts(DelimitedTable.read(new StringReader("\uFEFFa,b"))));
    byte[] bytes = "\uFEFFé,b\r\n".getBytes(UTF_8);
    assertEquals(List.of(List.of("é", "b")), texts(DelimitedTable.read(file(bytes))));
  }

  @Test
  void filesWithAUtf16ByteOrderMarkAreReadAsUtf16() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xFE);
    out.write("Coût\tB\n".getBytes(UTF_16LE));
    assertEquals(List.of(List.of("Coût", "B")), texts(DelimitedTable.read(file(out.toByteArray()))));
  }

  @Test
  void unicodeIsKeptAsIs() {
    DelimitedTable t = DelimitedTable.read("中文,😀 emoji,Ünï\n");
    assertEquals(List.of(List.of("中文", "😀 emoji", "Ünï")), texts(t));
  }

  @Test
  void anUnclosedQuoteIsAnErrorWhereTheCellOpens() {
    assertError("line 2, column 2: unclosed quote (the cell runs to the end of the file)", 2, 2, "\"abc\nd,e",
        () -> DelimitedTable.read("a,b\nc,\"abc\nd,e"));
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    assertError(
        "line 1, column 2: unexpected 'x' after the closing quote (a quote inside a quoted cell is written \"\")",
        1, 2, "x", () -> DelimitedTable.read("a,\"b\"x,c\n"));
  }

  @Test
  void aNulCharacterIsBinaryDataAtItsLineAndCell() {
    assertError("line 2, column 3: NUL character: binary data, not a text file", 2, 3, "U+0000",
        () -> DelimitedTable.read("a,b,c\nd,e,f\u0000g\n"));
  }

  @Test
  void otherControlCharactersAreBinaryDataToo() {
    assertError("line 1, column 1: control character U+0007: binary data, not a text file", 1, 1, "U+0007",
        () -> DelimitedTable.read("\u0007"));
  }

  @Test
  void invalidUtf8IsAnErrorAtItsLineAndCell() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write("a\tb\nCo".getBytes(UTF_8));
    out.write(0xFB); // Windows-1252 'û'
    out.write("t\tx\n".getBytes(UTF_8));
    Path p = file(out.toByteArray());
    SsimFormatException e = assertThrows(SsimFormatException.class, () -> DelimitedTable.read(p));
    assertEquals("line 2, column 1: not UTF-8 text: byte 0xFB (binary data, or save the file as UTF-8)",
        e.getMessage());
    assertEquals("0xFB", e.token());
  }

  @Test
  void invalidUtf8FarIntoALargeFileIsReportedAtItsLine() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 5000; i++) {
      out.write("x,y,z\n".getBytes(UTF_8));
    }
    out.write("x,".getBytes(UTF_8));
    out.write(0xC3);
    out.write(0x28);
    SsimFormatException e = assertThrows(SsimFormatException.class, () -> DelimitedTable.read(file(out.toByteArray())));
    assertEquals("line 5001, column 2: not UTF-8 text: byte 0xC3 (binary data, or save the file as UTF-8)",
        e.getMessage());
  }

  @Test
  void aFileCutInsideAUtf8SequenceIsAnError() throws IOException {
    byte[] bytes = {'a', ',', (byte) 0xE2, (byte) 0x82};
    SsimFormatException e = assertThrows(SsimFormatException.class, () -> DelimitedTable.read(file(bytes)));
    assertEquals("line 1, column 2: not UTF-8 text: bytes 0xE2 0x82 (binary data, or save the file as UTF-8)",
        e.getMessage());
  }

  @Test
  void rowsAndCellsAreImmutable() {
    DelimitedTable t = DelimitedTable.read("a,b\n");
    assertThrows(UnsupportedOperationException.class, () -> t.rows().clear());
    assertThrows(UnsupportedOperationException.class, () -> t.rows().get(0).cells().clear());
  }
}
