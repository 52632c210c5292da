package org.ism4j.ssim;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers against hostile input (issue 15): unbounded input is refused while it streams, in
 * bounded memory, and every refusal is a positioned one-line {@link SsimFormatException}. The
 * expected positions follow from the documented limits: 20,000 factors by default (so the first
 * row, whose first cell is empty, fails at cell 20,002), 100,000 characters a cell, 100,000 cells a
 * row of a {@link DelimitedTable}, 100,000 blank lines in a row.
 */
class HostileInputTest {
  private static final SsimParser PARSER = SsimParser.defaults();
  private static final Duration QUICK = Duration.ofSeconds(20);

  /** A stream that repeats {@code unit} forever after {@code prefix}, never ending. */
  static InputStream endless(String prefix, String unit) {
    byte[] head = prefix.getBytes(UTF_8);
    byte[] rep = unit.getBytes(UTF_8);
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        long p = pos++;
        return p < head.length ? head[(int) p] & 0xFF : rep[(int) ((p - head.length) % rep.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };
  }

  private static SsimFormatException refused(ThrowingRead read) {
    return assertTimeoutPreemptively(QUICK, () -> assertThrows(SsimFormatException.class, read::run));
  }

  interface ThrowingRead {
    void run() throws IOException;
  }

  private static void assertRefusal(String message, int line, int column, ThrowingRead read) {
    SsimFormatException e = refused(read);
    assertEquals(message, e.getMessage());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
  }

  // --- 1. memory is bounded: refused while streaming -------------------------------------------

  @Test
  void anEndlessFirstLineOfTabsIsRefusedAtTheFirstCellPastTheFactorLimit() {
    assertRefusal("line 1, column 20002: too many factors: more than 20000 (the limit; raise it with "
        + "SsimParser.builder().maxFactors(int))", 1, 20002, () -> PARSER.parseDetected(endless("", "\t")));
  }

  @Test
  void anEndlessFirstLineOfCommasIsRefusedToo() {
    assertRefusal("line 1, column 20002: too many factors: more than 20000 (the limit; raise it with "
        + "SsimParser.builder().maxFactors(int))", 1, 20002, () -> PARSER.parseDetected(endless("", ",")));
  }

  @Test
  void endlessZeroBytesAreRefusedAtTheFirstNul() {
    assertRefusal("line 1, column 1: NUL character: binary data, not a text file", 1, 1,
        () -> PARSER.parseDetected(endless("", "\0")));
  }

  @Test
  void anEndlessCellIsRefusedAtItsLengthLimit() {
    assertRefusal("line 1, column 1: cell longer than 100000 characters", 1, 1,
        () -> PARSER.parseDetected(endless("", "V")));
  }

  @Test
  void anEndlessRunOfBlankLinesIsRefused() {
    assertRefusal("line 100003, column 1: more than 100000 blank lines in a row: not a table", 100003, 1,
        () -> PARSER.parseDetected(endless("\tA\nA\t\n", "\n")));
  }

  @Test
  void anEndlessRunOfSpacesBetweenCellsIsRefused() {
    assertRefusal("line 2, column 2: more than 100000 spaces in a row: not a table", 2, 2,
        () -> PARSER.parseDetected(endless("A B\nA ", " ")));
  }

  @Test
  void anEndlessDataRowIsRefusedWithoutCountingItToTheEnd() {
    assertRefusal("line 2, column 3: row has more than 20002 cells, expected 2", 2, 3,
        () -> PARSER.parseDetected(endless("\tA\nA\t", "\t")));
  }

  @Test
  void anEndlessOneColumnFileIsRefusedAfterABoundedLookAhead() {
    // no line has two cells, so delimiter detection gives up after its bounded prefix
    assertRefusal("line 1, column 1: cell longer than 100000 characters", 1, 1,
        () -> PARSER.parseDetected(endless("", "VVVVVVVVVVVV")));
  }

  @Test
  void aTableRefusesAnEndlessRowAtItsRowLimit() {
    assertRefusal("line 1, column 100001: row has more than 100000 cells (the most a table row may have)",
        1, 100001, () -> DelimitedTable.read(endless("", "\t")));
    assertRefusal("line 2, column 100001: row has more than 100000 cells (the most a table row may have)",
        2, 100001, () -> FactorNames.parse(endless("id\tname\n", "\t")));
  }

  @Test
  void aTableRefusesAnEndlessCellAndEndlessZeros() {
    assertRefusal("line 1, column 1: cell longer than 100000 characters", 1, 1,
        () -> DelimitedTable.read(endless("", "x")));
    assertRefusal("line 1, column 1: NUL character: binary data, not a text file", 1, 1,
        () -> DelimitedTable.read(endless("", "\0")));
  }

  // --- 2. one factor in every layout ------------------------------------------------------------

  static Stream<Arguments> oneFactorFiles() {
    return Stream.of(
        Arguments.of("tab, corner text, numeric label", "Factor\t1\n1\t\n", "1"),
        Arguments.of("tab, corner text, label from 0", "Factor\t0\n0\t\n", "0"),
        Arguments.of("tab, empty corner", "\tCost\nCost\t\n", "Cost"),
        Arguments.of("tab, empty corner, numeric", "\t1\n1\t\n", "1"),
        Arguments.of("tab, label column only", "Cost\t-\n", "Cost"),
        Arguments.of("tab, header only", "Cost\n-\n", "Cost"),
        Arguments.of("no labels", "-\n", "1"),
        Arguments.of("comma, corner", ",Cost\nCost,\n", "Cost"),
        Arguments.of("comma, corner text", "Factor,1\n1,\n", "1"),
        Arguments.of("semicolon, corner", ";Cost\nCost;\n", "Cost"),
        Arguments.of("semicolon, corner text", "Factor;A\nA;-\n", "A"),
        Arguments.of("space, corner text, label A", "F A\nA -\n", "A"),
        Arguments.of("space, corner left out", "Cost\nCost -\n", "Cost"),
        Arguments.of("space, quoted corner", "\"\" Cost\nCost -\n", "Cost"),
        Arguments.of("space, label column only", "Cost -\n", "Cost"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneFactorFiles")
  void aOneFactorSsimIsReadInEveryLayout(String layout, String text, String label) {
    assertEquals(List.of(label), PARSER.parse(text).labels(), layout);
    assertEquals(List.of(label), PARSER.parseDetected(text).ssim().labels(), layout);
  }

  static Stream<Arguments> oneFactorIrms() {
    return Stream.of(
        Arguments.of("tab, corner text", "Factor\t1\n1\t1\n", "1"),
        Arguments.of("tab, empty corner", "\tCost\nCost\t1\n", "Cost"),
        Arguments.of("comma, corner text", "Factor,1\n1,1\n", "1"),
        Arguments.of("semicolon, empty corner", ";1\n1;1\n", "1"),
        Arguments.of("space, corner left out", "Cost\nCost 1\n", "Cost"),
        Arguments.of("space, corner text", "F A\nA 1\n", "A"),
        Arguments.of("label column only", "Cost\t1\n", "Cost"),
        Arguments.of("no labels", "1\n", "1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneFactorIrms")
  void aOneFactorIrmIsReadInEveryLayout(String layout, String text, String label) {
    assertEquals(List.of(label), PARSER.parseIrm(text).labels(), layout);
  }

  @Test
  void twoFactorsNumberedFromZeroUnderATextCorner() {
    Ssim ssim = PARSER.parse("Factor\t0\t1\n0\t\tV\n1\t\t\n");
    assertEquals(List.of("0", "1"), ssim.labels());
    assertEquals(Relation.V, ssim.relation("0", "1"));
  }

  @Test
  void twoFactorsNamedLikeRelationsInASpaceFile() {
    Ssim ssim = PARSER.parse("A B\nA - V\nB - -\n");
    assertEquals(List.of("A", "B"), ssim.labels());
    assertEquals(Relation.V, ssim.relation("A", "B"));
  }

  // --- 3. controls, one-line messages, BOMs -----------------------------------------------------

  @Test
  void deleteAndC1ControlsAreRefusedNamingTheCharacter() {
    assertRefusal("line 1, column 2: control character U+007F: binary data, not a text file", 1, 2,
        () -> PARSER.parse("\tA\u007f\nA\u007f\t\n"));
    assertRefusal("line 1, column 2: control character U+0085: binary data, not a text file", 1, 2,
        () -> PARSER.parse("\tA\u0085\nA\u0085\t\n"));
    assertRefusal("line 2, column 1: control character U+009F: binary data, not a text file", 2, 1,
        () -> DelimitedTable.read("a\tb\n\u009f\n"));
  }

  @Test
  void aLabelWithALineBreakKeepsTheMessageOnOneLine() {
    SsimFormatException e = refused(() -> PARSER.parse(",\"A\nB\",\"A\nB\"\n\"A\nB\",,V\n\"A\nB\",,\n"));
    // the second label starts on line 2, after the line break inside the first
    assertEquals("line 2, column 3: duplicate label 'A\\nB' in columns 2 and 3", e.getMessage());
    assertEquals("A\nB", e.token());
    SsimFormatException tab = refused(() -> PARSER.parse(",A,B\nA,,\"Q\tR\u2028S\"\nB,,\n"));
    assertEquals("line 2, column 3: unknown relation 'Q\\tRU+2028S' in cell (A, B) (expected V, A, X or O)",
        tab.getMessage());
  }

  @Test
  void theClosestLabelMessageStaysOnOneLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Labels.of("Cost\nline two", "Trust").index("Cost\nline 2"));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertEquals("unknown factor 'Cost\\nline 2' (closest: Cost\\nline two, Trust)", e.getMessage());
  }

  @Test
  void aSecondByteOrderMarkIsRefusedWhereItIs() throws IOException {
    byte[] bytes = "\uFEFF\uFEFF\tA\nA\t\n".getBytes(UTF_8);
    assertRefusal("line 1, column 1: byte order mark (U+FEFF) inside the text: only the very start may "
        + "have one (a file saved twice with a BOM?); remove it", 1, 1,
        () -> PARSER.parseDetected(new ByteArrayInputStream(bytes)));
    assertRefusal("line 2, column 2: byte order mark (U+FEFF) inside the text: only the very start may "
        + "have one (a file saved twice with a BOM?); remove it", 2, 2,
        () -> PARSER.parse("\uFEFF\tA\nA\t\uFEFF\n"));
    assertEquals(List.of("A"), PARSER.parse("\uFEFF\tA\nA\t\n").labels());
  }

  // --- 4. comments ------------------------------------------------------------------------------

  @Test
  void aCommentLineIsRefusedAsUnsupported() {
    assertRefusal("line 1, column 1: '#' comment lines are not supported; remove the line (or quote a "
        + "label that starts with #)", 1, 1, () -> PARSER.parse("# my model\n\tA\tB\nA\t\tV\nB\t\t\n"));
    assertRefusal("line 3, column 1: '#' comment lines are not supported; remove the line (or quote a "
        + "label that starts with #)", 3, 1, () -> PARSER.parse("\tA\tB\nA\t\tV\n#B\t\t\n"));
    assertEquals(List.of("#1", "B"), PARSER.parse("\t#1\tB\n\"#1\"\t\tV\nB\t\t\n").labels());
  }

  // --- 5. duplicate labels ----------------------------------------------------------------------

  @Test
  void aDuplicateHeaderLabelThatIsARelationSymbolIsNamed() {
    assertRefusal("line 1, column 3: duplicate label 'A' in columns 2 and 3", 1, 3,
        () -> PARSER.parse("\tA\tA\nA\t-\tV\nA\t\t-\n"));
  }

  @Test
  void aDuplicateRowLabelIsNamedWithBothLines() {
    assertRefusal("line 3, column 1: duplicate label 'Cost' in lines 1 and 3", 3, 1,
        () -> PARSER.parse("Cost\t\tV\tX\nTrust\t\t\tO\nCost\t\t\t\n"));
  }

  @Test
  void aDuplicateLabelInANamesFileIsNamedWithBothLines() {
    assertRefusal("line 3, column 1: duplicate label 'A' in lines 2 and 3", 3, 1,
        () -> FactorNames.parse("id\tname\nA\tFirst\nA\tSecond\n"));
  }

  // --- 6. names files ---------------------------------------------------------------------------

  @Test
  void aNamesFileWithoutItsHeaderRowIsRefusedAgainstTheModel() {
    FactorNames names = FactorNames.parse("1\tInfrastructure\n2\tBrand\n");
    assertRefusal("line 1, column 1: the first row names the factor '1', but a names table starts with a "
        + "header row (such as label<TAB>name), which is not read as a name: add one", 1, 1,
        () -> names.checkAgainst(Labels.of("1", "2")));
    assertEquals("Brand", FactorNames.parse("id\tname\n1\tInfrastructure\n2\tBrand\n")
        .checkAgainst(Labels.of("1", "2")).nameOf("2"));
  }

  @Test
  void anSsimGivenAsANamesFileIsRefused() {
    String expected = "line 1, column 1: a matrix, not a names table: the labels across the first row are "
        + "the labels down the first column (expected a header row, then label<TAB>name per factor)";
    assertRefusal(expected, 1, 1, () -> FactorNames.parse("\tA\tB\tC\nA\t\tV\tO\nB\t\t\tV\nC\t\t\t\n"));
    assertRefusal(expected.replace("<TAB>", " "), 1, 1, () -> FactorNames.parse("A B\nA - V\nB - -\n"));
  }
}
