package org.ism4j.ssim;

import org.ism4j.internal.Access;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.SsimParser.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsimParserTest {
  private static final SsimParser PARSER = SsimParser.defaults();
  private static final Path BANKING = Path.of("examples/banking-17/ssim.tsv");

  @TempDir Path dir;

  static void assertError(String message, int line, int column, String token, Runnable r) {
    SsimFormatException e = assertThrows(SsimFormatException.class, r::run);
    assertEquals(message, e.getMessage());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
    assertEquals(token, e.token());
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static Ssim costQualityTrust() {
    return Ssim.builder("Cost", "Quality", "Trust").v("Cost", "Quality").x("Cost", "Trust").build();
  }

  @Nested
  class Banking17 {
    @Test
    void readsTheExampleAsPrinted() throws IOException {
      Ssim ssim = PARSER.parse(BANKING);
      assertEquals(Labels.numbered(17), ssim.labels());
      assertEquals(Relation.V, ssim.relation("1", "2"));
      assertEquals(Relation.A, ssim.relation("4", "13"));
      assertEquals(Relation.V, ssim.relation("13", "4"));
      assertEquals(153, ReachabilityMatrix.initial(ssim).ones());
    }

    @Test
    void isDetectedAsAnSsimAndReadTheSameByEveryEntryPoint() throws IOException {
      Ssim ssim = PARSER.parse(BANKING);
      assertEquals(Kind.SSIM, PARSER.parseDetected(BANKING).kind());
      assertEquals(ssim, PARSER.parseDetected(BANKING).ssim());
      assertEquals(ssim, Ssim.parse(BANKING));
      assertEquals(ssim, PARSER.parse(Files.readString(BANKING)));
      try (StringReader r = new StringReader(Files.readString(BANKING))) {
        assertEquals(ssim, PARSER.parse(r));
      }
    }

    @Test
    void readsTheSameAsCommaSeparatedWithCrlfAndByteOrderMark() throws IOException {
      String csv = "\uFEFF" + Files.readString(BANKING).replace('\t', ',').replace("\n", "\r\n");
      assertEquals(PARSER.parse(BANKING), PARSER.parse(csv));
      assertEquals(PARSER.parse(BANKING), PARSER.parse(file("b.csv", csv.getBytes(UTF_8))));
    }

    @Test
    void roundTripsThroughToTsv() throws IOException {
      Ssim ssim = PARSER.parse(BANKING);
      assertEquals(ssim, PARSER.parse(ssim.toTsv()));
    }

    @Test
    void isNoReachabilityMatrix() {
      assertError("line 2, column 2: diagonal cell (1, 1) is empty (expected 1: every factor reaches itself)",
          2, 2, "", () -> {
            try {
              ReachabilityMatrix.initial(PARSER.parseIrm(BANKING));
            } catch (IOException e) {
              throw new AssertionError(e);
            }
          });
    }
  }

  @Nested
  class HeaderAndLabelColumn {
    @Test
    void emptyCornerMeansHeaderAndLabelColumn() {
      Ssim ssim = PARSER.parse("\tCost\tQuality\tTrust\nCost\t\tV\tX\nQuality\t\t\tO\nTrust\t\t\t\n");
      assertEquals(costQualityTrust(), ssim);
    }

    @Test
    void cornerTextIsRecognizedByTheLabelsBelowIt() {
      assertEquals(costQualityTrust(), PARSER.parse("Factor,Cost,Quality,Trust\nCost,,V,X\nQuality,,,O\nTrust,,,\n"));
    }

    @Test
    void numberedLabelsUnderACornerText() {
      Ssim ssim = PARSER.parse("No.\t1\t2\t3\n1\t\tV\tA\n2\t\t\tX\n3\t\t\t\n");
      assertEquals(Labels.numbered(3), ssim.labels());
      assertEquals(Relation.A, ssim.relation("1", "3"));
    }

    @Test
    void headerWithoutLabelColumn() {
      assertEquals(costQualityTrust(), PARSER.parse("Cost,Quality,Trust\n-,V,X\nA,-,O\nX,O,-\n"));
    }

    @Test
    void labelColumnWithoutHeader() {
      assertEquals(costQualityTrust(), PARSER.parse("Cost\t\tV\tX\nQuality\t\t\tO\nTrust\t\t\t\n"));
    }

    @Test
    void numberedLabelColumnWithoutHeader() {
      Ssim ssim = PARSER.parse("1\t\tV\tA\n2\t\t\tX\n3\t\t\t\n");
      assertEquals(Labels.numbered(3), ssim.labels());
      assertEquals(Relation.X, ssim.relation("2", "3"));
    }

    @Test
    void labelColumnNumberedFromZeroWithoutHeader() {
      Ssim ssim = PARSER.parse("0;-;V;A\n1;-;-;X\n2;-;-;-\n");
      assertEquals(List.of("0", "1", "2"), ssim.labels());
    }

    @Test
    void withoutLabelsTheFactorsAreNumberedFromOne() {
      Ssim ssim = PARSER.parse("\tV\tX\n\t\tO\n\t\t\n");
      assertEquals(Labels.numbered(3), ssim.labels());
      assertEquals(Relation.V, ssim.relation("1", "2"));
    }

    @Test
    void spaceSeparatedHeaderMayLeaveOutTheCorner() {
      assertEquals(costQualityTrust(), PARSER.parse("Cost Quality Trust\nCost - V X\nQuality - - O\nTrust - - -\n"));
    }

    @Test
    void spaceSeparatedHeaderMayQuoteAnEmptyCorner() {
      assertEquals(costQualityTrust(), PARSER.parse("\"\" Cost Quality Trust\nCost - V X\nQuality - - O\nTrust - - -\n"));
    }

    @Test
    void labelsAreTrimmedAndMayHoldSpacesQuotesCommasAndAnyUnicode() {
      String text = "\"\",\" Cost, total \",\"Trust \"\"x\"\"\",中文 😀\n"
          + "\" Cost, total \",,V,x\n"
          + "\"Trust \"\"x\"\"\",,,o\n"
          + "中文 😀,,,\n";
      Ssim ssim = PARSER.parse(text);
      assertEquals(List.of("Cost, total", "Trust \"x\"", "中文 😀"), ssim.labels());
      assertEquals(Relation.X, ssim.relation("Cost, total", "中文 😀"));
    }

    @Test
    void aHeaderOfMatrixSymbolsCannotBeToldFromDataAsDocumented() {
      // factors named X and O: the header reads as a data row, as the class documentation warns
      Ssim ssim = PARSER.parse("\tX\tO\nX\t\tV\nO\t\t\n");
      assertEquals(Labels.numbered(3), ssim.labels());
    }
  }

  @Nested
  class ZeroOneMatrices {
    private final BitMatrix expected = BitMatrix.of(new boolean[][] {
        {true, false, true},
        {false, true, false},
        {false, true, true}});

    @Test
    void withoutLabelsIsAnIrmOfNumberedFactors() {
      SsimParser.Parsed p = PARSER.parseDetected("1,0,1\n0,1,0\n0,1,1\n");
      assertEquals(Kind.IRM, p.kind());
      assertEquals(Access.make(ReachabilityMatrix.class, Labels.numbered(3), expected), ReachabilityMatrix.initial(p.ssim()));
      assertEquals(p.ssim(), p.ssim());
      assertEquals(Relation.A, p.ssim().relation("2", "3"));
    }

    @Test
    void withNumberedHeaderAndLabelColumn() {
      assertEquals(Access.make(ReachabilityMatrix.class, Labels.numbered(3), expected),
          ReachabilityMatrix.initial(PARSER.parseIrm("\t1\t2\t3\n1\t1\t0\t1\n2\t0\t1\t0\n3\t0\t1\t1\n")));
    }

    @Test
    void withNumberedHeaderOnly() {
      assertEquals(Access.make(ReachabilityMatrix.class, Labels.numbered(3), expected),
          ReachabilityMatrix.initial(PARSER.parseIrm("1 2 3\n1 0 1\n0 1 0\n0 1 1\n")));
    }

    @Test
    void withHeaderNumberedFromZeroAndNoLabelColumn() {
      ReachabilityMatrix m = ReachabilityMatrix.initial(PARSER.parseIrm("0,1,2\n1,0,1\n0,1,0\n0,1,1\n"));
      assertEquals(Access.make(ReachabilityMatrix.class, Labels.of("0", "1", "2"), expected), m);
    }

    @Test
    void twoFactorsNumberedFromZeroOverAnEmptyCorner() {
      ReachabilityMatrix m = ReachabilityMatrix.initial(PARSER.parseIrm(",0,1\n0,1,1\n1,0,1\n"));
      assertEquals(List.of("0", "1"), m.labels());
      assertEquals(true, m.reaches("0", "1"));
      assertEquals(false, m.reaches("1", "0"));
    }

    @Test
    void withNamedLabelsAndCrlf() {
      ReachabilityMatrix m = ReachabilityMatrix.initial(PARSER.parseIrm(";Cost;Trust\r\nCost;1;1\r\nTrust;0;1\r\n"));
      assertEquals(List.of("Cost", "Trust"), m.labels());
      assertEquals(3, Access.bits(m).cardinality());
    }

    @Test
    void parseAnyConvertsAnIrmToItsSsim() {
      Ssim ssim = PARSER.parseDetected("1 1 1\n0 1 1\n0 1 1\n").ssim();
      assertEquals(Relation.V, ssim.relation("1", "2"));
      assertEquals(Relation.X, ssim.relation("2", "3"));
      assertEquals(Kind.IRM, PARSER.parseDetected("1 1 1\n0 1 1\n0 1 1\n").kind());
    }

    @Test
    void theDiagonalMustBeOne() {
      assertError("line 2, column 2: diagonal cell (2, 2) is '0' (expected 1: every factor reaches itself)",
          2, 2, "0", () -> ReachabilityMatrix.initial(PARSER.parseIrm("1,0\n0,0\n")));
    }

    @Test
    void anEmptyDiagonalIsNotOneEvenWhenTheKindIsDetected() {
      String text = "\t1\t0\t1\n0\t\t1\t0\n0\t0\t\t1\n1\t1\t0\t\n";
      assertError("line 1, column 1: diagonal cell (1, 1) is empty (expected 1: every factor reaches itself)",
          1, 1, "", () -> ReachabilityMatrix.initial(PARSER.parseIrm(text)));
      assertError("line 1, column 1: diagonal cell (1, 1) is empty (expected 1: every factor reaches itself)",
          1, 1, "", () -> PARSER.parseDetected(text).ssim());
    }

    @Test
    void aTwoIsAnError() {
      assertError("line 2, column 3: cell (2, 3) is '2' (expected 0 or 1)", 2, 3, "2",
          () -> ReachabilityMatrix.initial(PARSER.parseIrm("1,0,1,0\n0,1,2,0\n0,0,1,0\n1,1,1,1\n")));
      assertError("line 2, column 3: cell (2, 3) is '2' (expected 0 or 1)", 2, 3, "2",
          () -> PARSER.parseDetected("1,0,1,0\n0,1,2,0\n0,0,1,0\n1,1,1,1\n").ssim());
    }

    @Test
    void aTypoInTheFirstRowOrColumnDoesNotMakeItAHeaderOrALabelColumn() {
      assertError("line 1, column 2: cell (1, 2) is '2' (expected 0 or 1)", 1, 2, "2",
          () -> ReachabilityMatrix.initial(PARSER.parseIrm("1 2 0 1 0\n0 1 0 1 0\n0 0 1 0 0\n1 1 1 1 0\n0 0 0 0 1\n")));
      assertError("line 2, column 1: cell (2, 1) is '2' (expected 0 or 1)", 2, 1, "2",
          () -> ReachabilityMatrix.initial(PARSER.parseIrm("1 1 0 1 0\n2 1 0 1 0\n0 0 1 0 0\n1 1 1 1 0\n0 0 0 0 1\n")));
    }

    @Test
    void anEmptyCellIsAnError() {
      assertError("line 1, column 3: cell (1, 3) is empty (expected 0 or 1)", 1, 3, "",
          () -> ReachabilityMatrix.initial(PARSER.parseIrm("1,0,\n0,1,0\n0,1,1\n")));
    }

    @Test
    void anSsimIsNoIrm() {
      assertError("line 2, column 3: cell (A, B) is 'V' (expected 0 or 1; an SSIM of V, A, X and O is read by parse or parseDetected)",
          2, 3, "V", () -> ReachabilityMatrix.initial(PARSER.parseIrm("\tA\tB\nA\t1\tV\nB\tA\t1\n")));
    }

    @Test
    void anIrmIsNoSsim() {
      assertError("line 1, column 2: unknown relation '0' in cell (1, 2) (expected V, A, X or O; a 0/1 matrix is read by parseIrm or parseDetected)",
          1, 2, "0", () -> PARSER.parse("1,0\n1,1\n"));
    }

    @Test
    void symbolsInADetectedIrmAreErrors() {
      assertError("line 3, column 2: cell (2, 1) is 'A' (expected 0 or 1)", 3, 2, "A",
          () -> PARSER.parseDetected("\"\",1,2\n1,1,0\n2,A,1\n").ssim());
    }
  }

  @Nested
  class Layouts {
    @Test
    void upperTriangleWithDashes() {
      assertEquals(costQualityTrust(), PARSER.parse("\tCost\tQuality\tTrust\nCost\t-\tV\tX\nQuality\t-\t-\tO\nTrust\t-\t-\t-\n"));
    }

    @Test
    void theDiagonalMayBeEmptyDashXOrOne() {
      for (String d : List.of("", "-", "X", "x", "1")) {
        String text = "\tCost\tQuality\tTrust\nCost\t" + d + "\tV\tX\nQuality\t\t" + d + "\tO\nTrust\t\t\t" + d + "\n";
        assertEquals(costQualityTrust(), PARSER.parse(text), d);
        assertEquals(costQualityTrust(), PARSER.parseDetected(text).ssim(), d);
      }
    }

    @Test
    void fullSquareWithMirroredLowerTriangle() {
      assertEquals(costQualityTrust(), PARSER.parse("\tCost\tQuality\tTrust\nCost\tX\tV\tX\nQuality\tA\tX\tO\nTrust\tX\tO\tX\n"));
    }

    @Test
    void symbolsInEitherCase() {
      assertEquals(costQualityTrust(), PARSER.parse("\tCost\tQuality\tTrust\nCost\t\tv\tx\nQuality\ta\t\to\nTrust\t\t\t\n"));
    }

    @Test
    void aLowerCellThatMirrorsItsUpperCellIsAcceptedInAnUpperTriangleFile() {
      assertEquals(costQualityTrust(), PARSER.parse("\tCost\tQuality\tTrust\nCost\t\tV\tX\nQuality\t\t\tO\nTrust\tX\t\t\n"));
    }

    @Test
    void trailingBlankLinesAndAMissingFinalLineEndAreFine() {
      assertEquals(costQualityTrust(), PARSER.parse("\tCost\tQuality\tTrust\nCost\t\tV\tX\nQuality\t\t\tO\nTrust\t\t\t\n\n  \n\n"));
      assertEquals(costQualityTrust(), PARSER.parse("\tCost\tQuality\tTrust\nCost\t\tV\tX\nQuality\t\t\tO\nTrust\t\t\t"));
    }

    @Test
    void leadingBlankLinesAreSkippedAndLinesStillCount() {
      assertError("line 4, column 3: unknown relation 'Q' in cell (A, B) (expected V, A, X or O)", 4, 3, "Q",
          () -> PARSER.parse("\n  \n\tA\tB\nA\t\tQ\nB\t\t\n"));
    }

    @Test
    void oneFactor() {
      assertEquals(List.of("Cost"), PARSER.parse("\tCost\nCost\t\n").labels());
      assertEquals(List.of("Cost"), PARSER.parse("Cost\t-\n").labels());
      assertEquals(Kind.SSIM, PARSER.parseDetected("1\n").kind());
    }

    @Test
    void readersAreReadButNotClosed() throws IOException {
      boolean[] closed = {false};
      StringReader r = new StringReader("\tCost\tQuality\tTrust\nCost\t\tV\tX\nQuality\t\t\tO\nTrust\t\t\t\n") {
        @Override
        public void close() {
          closed[0] = true;
        }
      };
      assertEquals(costQualityTrust(), PARSER.parse(r));
      assertFalse(closed[0]);
    }

    @Test
    void theStaticEntryPointsUseTheDefaultParser() {
      assertEquals(costQualityTrust(), Ssim.parse("Cost\t\tV\tX\nQuality\t\t\tO\nTrust\t\t\t\n"));
      assertEquals(3, ReachabilityMatrix.parse("1,0,1\n0,1,0\n0,1,1\n").size());
      assertSame(PARSER, SsimParser.defaults());
      assertEquals(SsimParser.DEFAULT_MAX_FACTORS, PARSER.maxFactors());
    }
  }

  @Nested
  class Errors {
    @Test
    void unknownSymbol() {
      assertError("line 2, column 4: unknown relation 'Q' in cell (A, C) (expected V, A, X or O)", 2, 4, "Q",
          () -> PARSER.parse("\tA\tB\tC\nA\t\tV\tQ\nB\t\t\tO\nC\t\t\t\n"));
    }

    @Test
    void unknownSymbolWhileTheKindIsOpen() {
      assertError("line 2, column 3: unknown relation 'Q' in cell (A, B) (expected V, A, X, O, 0 or 1)", 2, 3, "Q",
          () -> PARSER.parseDetected("\tA\tB\nA\t\tQ\nB\t\t\n").ssim());
    }

    @Test
    void unknownSymbolNamesAColumnFactorWhoseLabelIsNotYetRead() {
      assertError("line 1, column 3: unknown relation 'Q' in cell (Cost, factor 2) (expected V, A, X or O)", 1, 3, "Q",
          () -> PARSER.parse("Cost\t\tQ\tV\tV\nTrust\t\t\tV\tV\nSpeed\t\t\t\tV\nTime\t\t\t\t\n"));
    }

    @Test
    void anEmptyUpperCell() {
      assertError("line 2, column 3: cell (A, B) is empty (expected V, A, X or O)", 2, 3, "",
          () -> PARSER.parse("\tA\tB\tC\nA\t\t\tX\nB\t\t\tO\nC\t\t\t\n"));
    }

    @Test
    void aWrongDiagonal() {
      assertError("line 2, column 2: diagonal cell (A, A) is 'V' (expected empty, -, X or 1)", 2, 2, "V",
          () -> PARSER.parse("\tA\tB\nA\tV\tV\nB\t\t\n"));
    }

    @Test
    void aRowWithTooManyCells() {
      assertError("line 3, column 5: row has 5 cells, expected 4", 3, 5, "V",
          () -> PARSER.parse("\tA\tB\tC\nA\t\tV\tX\nB\t\t\tO\tV\nC\t\t\t\n"));
    }

    @Test
    void aRowWithTooFewCells() {
      assertError("line 3, column 4: row has 3 cells, expected 4", 3, 4, "",
          () -> PARSER.parse("\tA\tB\tC\nA\t\tV\tX\nB\t\t\nC\t\t\t\n"));
    }

    @Test
    void aShortRowInASpaceSeparatedFileExplainsDashes() {
      assertError("line 3, column 3: row has 2 cells, expected 4 (a space-separated file has no empty cells: write - for an empty cell)",
          3, 3, "", () -> PARSER.parse("\"\" A B C\nA - V X\nB O\nC - - -\n"));
    }

    @Test
    void aTrailingDelimiterIsAnEmptyCellNotSilentlyDropped() {
      assertError("line 1, column 4: empty label (factor 3)", 1, 4, "",
          () -> PARSER.parse("\tA\tB\t\nA\t\tV\t\nB\t\t\t\n"));
    }

    @Test
    void duplicateLabelInTheHeader() {
      assertError("line 1, column 4: duplicate label 'Cost' in columns 2 and 4", 1, 4, "Cost",
          () -> PARSER.parse("\tCost\tTrust\tCost\nCost\t\tV\tX\nTrust\t\t\tO\nCost\t\t\t\n"));
    }

    @Test
    void duplicateLabelInTheLabelColumn() {
      assertError("line 3, column 1: duplicate label 'Cost' in lines 1 and 3", 3, 1, "Cost",
          () -> PARSER.parse("Cost\t\tV\tX\nTrust\t\t\tO\nCost\t\t\t\n"));
    }

    @Test
    void emptyLabelInTheHeader() {
      assertError("line 1, column 3: empty label (factor 2)", 1, 3, "",
          () -> PARSER.parse("\tCost\t \tTrust\nCost\t\tV\tX\n\t\t\tO\nTrust\t\t\t\n"));
    }

    @Test
    void emptyLabelInTheLabelColumn() {
      assertError("line 3, column 1: empty label (factor 2)", 3, 1, "",
          () -> PARSER.parse("\tCost\tQuality\tTrust\nCost\t\tV\tX\n\t\t\tO\nTrust\t\t\t\n"));
    }

    @Test
    void headerAndLabelColumnDisagree() {
      assertError("line 4, column 1: label 'Trsut' differs from the header's 'Trust' (line 1, column 4)", 4, 1, "Trsut",
          () -> PARSER.parse("\tCost\tQuality\tTrust\nCost\t\tV\tX\nQuality\t\t\tO\nTrsut\t\t\t\n"));
    }

    @Test
    void fewerRowsThanColumns() {
      assertError("line 4, column 1: fewer rows than columns: 2 rows, expected 3 (the matrix must be square)", 4, 1, "",
          () -> PARSER.parse("\tA\tB\tC\nA\t\tV\tX\nB\t\t\tO\n"));
    }

    @Test
    void aHeaderAndNoRows() {
      assertError("line 2, column 1: fewer rows than columns: 0 rows, expected 2 (the matrix must be square)", 2, 1, "",
          () -> PARSER.parse("\tA\tB\n"));
    }

    @Test
    void moreRowsThanColumns() {
      assertError("line 4, column 1: more rows than columns: expected 3 rows (the matrix must be square)", 4, 1, "",
          () -> PARSER.parse("\tV\tX\n\t\tO\n\t\t\n\t\t\n"));
    }

    @Test
    void textAfterTheMatrixAndABlankLineIsAnExtraRow() {
      assertError("line 5, column 1: more rows than columns: expected 2 rows (the matrix must be square)", 5, 1, "Notes",
          () -> PARSER.parse("\tA\tB\nA\t\tV\nB\t\t\n\nNotes\n"));
    }

    @Test
    void contradictingMirror() {
      String text = "\tB\tA\tD\tC\n"
          + "B\t\tV\tO\tX\n"
          + "A\t\t\tO\tV\n"
          + "D\t\t\t\tA\n"
          + "C\t\tV\t\t\n";
      assertError("line 5, column 3: cell (C, A) is 'V' but its mirror (A, C) is 'V' (expected A)", 5, 3, "V",
          () -> PARSER.parse(text));
    }

    @Test
    void aLowerCellFilledInAnUpperTriangleFileThatContradicts() {
      assertError("line 4, column 2: cell (Trust, Cost) is 'o' but its mirror (Cost, Trust) is 'X' (expected X)",
          4, 2, "o", () -> PARSER.parse("\tCost\tQuality\tTrust\nCost\t\tV\tX\nQuality\t\t\tO\nTrust\to\t\t\n"));
    }

    @Test
    void blankLineInsideTheMatrix() {
      assertError("line 2, column 1: blank line inside the matrix", 2, 1, "",
          () -> PARSER.parse("\tA\tB\n\nA\t\tV\nB\t\t\n"));
      assertError("line 3, column 1: blank line inside the matrix", 3, 1, "",
          () -> PARSER.parse("\tA\tB\nA\t\tV\n \nB\t\t\n"));
    }

    @Test
    void emptyFile() throws IOException {
      assertError("line 1, column 1: empty file", 1, 1, "", () -> PARSER.parse(""));
      assertError("line 1, column 1: empty file", 1, 1, "", () -> PARSER.parse("\n  \r\n\n"));
      assertError("line 1, column 1: empty file", 1, 1, "", () -> PARSER.parse("\uFEFF"));
      Path empty = file("empty.tsv", new byte[0]);
      SsimFormatException e = assertThrows(SsimFormatException.class, () -> PARSER.parseDetected(empty).ssim());
      assertEquals("line 1, column 1: empty file", e.getMessage());
    }

    @Test
    void aSingleLabelIsNoMatrix() {
      assertError("line 1, column 1: no matrix: the first row holds a single cell, 'Cost'", 1, 1, "Cost",
          () -> PARSER.parse("Cost\n"));
    }

    @Test
    void unclosedQuote() {
      assertError("line 2, column 3: unclosed quote (the cell runs to the end of the file)", 2, 3, "\"V\nB,,\n",
          () -> PARSER.parse("\"\",A,B\nA,,\"V\nB,,\n"));
    }

    @Test
    void textAfterAClosingQuote() {
      assertError("line 2, column 3: unexpected 'W' after the closing quote (a quote inside a quoted cell is written \"\")",
          2, 3, "W", () -> PARSER.parse(",A,B\nA,,\"V\"W\nB,,\n"));
    }

    @Test
    void nulCharacter() {
      assertError("line 2, column 2: NUL character: binary data, not a text file", 2, 2, "U+0000",
          () -> PARSER.parse("\tA\nA\t\u0000\n"));
    }

    @Test
    void invalidUtf8InAFile() throws IOException {
      byte[] bytes = "\tCaf\u00e9\tB\nCaf".getBytes(UTF_8);
      byte[] latin1 = new byte[bytes.length + 6];
      System.arraycopy(bytes, 0, latin1, 0, bytes.length);
      latin1[bytes.length] = (byte) 0xE9; // é in Windows-1252
      System.arraycopy("\t\tV\n".getBytes(UTF_8), 0, latin1, bytes.length + 1, 4);
      Path p = file("latin1.tsv", java.util.Arrays.copyOf(latin1, bytes.length + 5));
      SsimFormatException e = assertThrows(SsimFormatException.class, () -> PARSER.parse(p));
      assertEquals("line 2, column 1: not UTF-8 text: byte 0xE9 (binary data, or save the file as UTF-8)", e.getMessage());
      assertEquals("0xE9", e.token());
    }

    @Test
    void binaryFile() throws IOException {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
      Path p = file("image.png", png);
      SsimFormatException e = assertThrows(SsimFormatException.class, () -> PARSER.parseDetected(p).ssim());
      assertEquals("line 1, column 1: not UTF-8 text: byte 0x89 (binary data, or save the file as UTF-8)", e.getMessage());
    }

    @Test
    void utf16WithoutByteOrderMarkIsBinaryData() throws IOException {
      Path p = file("utf16.txt", "\tA\nA\t\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
      SsimFormatException e = assertThrows(SsimFormatException.class, () -> PARSER.parse(p));
      assertEquals("line 1, column 2: NUL character: binary data, not a text file", e.getMessage());
    }

    @Test
    void aFileOverTheFactorLimitFailsWhereTheCountPassesIt() {
      SsimParser small = SsimParser.builder().maxFactors(3).build();
      assertEquals(3, small.maxFactors());
      assertError("line 1, column 5: too many factors: more than 3 (the limit; raise it with SsimParser.builder().maxFactors(int))",
          1, 5, "D", () -> small.parse("\tA\tB\tC\tD\nA\t\tV\tV\tV\n"));
      assertError("line 1, column 4: too many factors: more than 3 (the limit; raise it with SsimParser.builder().maxFactors(int))",
          1, 4, "0", () -> small.parseDetected("1,0,0,0\n0,1,0,0\n0,0,1,0\n0,0,0,1\n").ssim());
      assertError("line 1, column 4: too many factors: more than 3 (the limit; raise it with SsimParser.builder().maxFactors(int))",
          1, 4, "D", () -> small.parse("A B C D\nA - V V V\n"));
      assertEquals(3, small.parse("\tA\tB\tC\nA\t\tV\tV\nB\t\t\tV\nC\t\t\t\n").size());
    }

    @Test
    void aMillionFactorHeaderFailsFastWithoutAllocatingTheMatrix() {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i <= 1_000_000; i++) {
        sb.append('\t').append(i);
      }
      sb.append("\n1\t\tV\n");
      assertError("line 1, column 20002: too many factors: more than 20000 (the limit; raise it with SsimParser.builder().maxFactors(int))",
          1, 20002, "20001", () -> PARSER.parse(sb.toString()));
    }

    @Test
    void theFactorLimitMustBePositive() {
      assertThrows(IllegalArgumentException.class, () -> SsimParser.builder().maxFactors(0));
    }

    @Test
    void everyErrorIsAnIllegalArgumentException() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PARSER.parse("Q"));
      assertEquals(SsimFormatException.class, e.getClass());
    }
  }
}
