package org.ism4j.ssim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MatrixReader} at its documented limits, worked by hand: the factor limit reached exactly
 * and passed by one (the column where the count passes it), a corner over exactly
 * {@value MatrixReader#LABEL_SAMPLE} labels that are all matrix tokens, "more than half" in the
 * label rule, and which rows the fast path reads: every data row but the first, which the header
 * rule has already read ahead, when each row is plain.
 */
class HandWorkedMatrixReaderTest {
  private static final String LIMIT_REMEDY =
      " (the limit; raise it with SsimParser.builder().maxFactors(int))";

  private static SsimParser limit(int maxFactors) {
    return SsimParser.builder().maxFactors(maxFactors).build();
  }

  private static void assertTooMany(int max, int column, String token, Runnable r) {
    SsimFormatException e = assertThrows(SsimFormatException.class, r::run);
    assertEquals("line 1, column " + column + ": too many factors: more than " + max + LIMIT_REMEDY,
        e.getMessage());
    assertEquals(1, e.line());
    assertEquals(column, e.column());
    assertEquals(token, e.token());
  }

  @Test
  void aFirstRowPastTheLimitFailsWhereTheCountPassesIt() {
    // limit 2. "\tA\tB\tC": 4 cells > 2 + 1; empty first cell, so counting starts at cell 2 and
    // the third factor is cell 2 + 2 = 4, "C"
    assertTooMany(2, 4, "C", () -> limit(2).parse("\tA\tB\tC\n"));
    // "F\tA\tB\tC": first cell text (no matrix token), the same count: cell 4, "C"
    assertTooMany(2, 4, "C", () -> limit(2).parse("F\tA\tB\tC\n"));
    // "1,0,0,0": the first cell is a matrix cell, so the third factor is cell 2 + 1 = 3, "0"
    assertTooMany(2, 3, "0", () -> limit(2).parseIrm("1,0,0,0\n0,1,0,0\n0,0,1,0\n0,0,0,1\n"));
  }

  @Test
  void aMatrixOfExactlyTheLimitIsRead() {
    // no header, no label column, 3 factors named 1 to 3 under a limit of 3: the identity IRM is an
    // SSIM of O only
    Ssim s = limit(3).parseIrm("1,0,0\n0,1,0\n0,0,1\n");
    assertEquals(List.of("1", "2", "3"), s.labels());
    assertEquals(Relation.O, s.relation(0, 1));
    assertEquals(Relation.O, s.relation(0, 2));
    assertEquals(Relation.O, s.relation(1, 2));
    // with header and label column, 3 factors under a limit of 3
    assertEquals(3, limit(3).parse("\tA\tB\tC\nA\t\tV\tV\nB\t\t\tV\nC\t\t\t\n").size());
  }

  @Test
  void aCornerOverEightLabelsThatAreAllMatrixTokensIsAHeader() {
    // corner "F", then 8 labels, each a matrix token; the first cells of the 8 rows repeat them,
    // which the shape rule checks for up to LABEL_SAMPLE = 8 labels. V → A is the one link.
    String[] names = {"V", "A", "X", "O", "0", "1", "v", "a"};
    StringBuilder text = new StringBuilder("F");
    for (String l : names) {
      text.append('\t').append(l);
    }
    text.append('\n');
    for (int i = 0; i < 8; i++) {
      text.append(names[i]);
      for (int j = 0; j < 8; j++) {
        text.append('\t').append(j <= i ? "" : i == 0 && j == 1 ? "V" : "O");
      }
      text.append('\n');
    }
    Ssim s = SsimParser.defaults().parse(text.toString());
    assertEquals(List.of(names), s.labels());
    assertEquals(Relation.V, s.relation(0, 1));
    assertEquals(Relation.O, s.relation(0, 2));
    assertEquals(Relation.O, s.relation(6, 7));
  }

  @Test
  void theLabelColumnRuleLooksAtEightRowsOnly() {
    // no header; 9 rows of a label and 9 cells. The first cells of the first LABEL_SAMPLE = 8 rows,
    // V P A Q X R O S, are distinct and 4 are no tokens: a label column. (With the ninth, V again,
    // they would be neither distinct nor more than half, 4 of 9, non-tokens.) So row 9 is a
    // duplicate label, line 9 against line 1.
    String[] names = {"V", "P", "A", "Q", "X", "R", "O", "S", "V"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      text.append(names[i]);
      for (int j = 0; j < 9; j++) {
        text.append('\t').append(j <= i ? "" : "O");
      }
      text.append('\n');
    }
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> SsimParser.defaults().parse(text.toString()));
    assertEquals("line 9, column 1: duplicate label 'V' in lines 1 and 9", e.getMessage());
    assertEquals("V", e.token());
  }

  @Test
  void cellsLookLikeLabelsWhenMoreThanHalfAreNoMatrixTokens() {
    // 2 of 4 not tokens is not more than half, and Q repeats: no labels
    assertFalse(MatrixReader.labelLike(List.of("Q", "Q", "O", "O")));
    // 3 of 4: more than half, though Q repeats
    assertTrue(MatrixReader.labelLike(List.of("Q", "Q", "R", "O")));
    // 1 of 4 but all distinct: labels
    assertTrue(MatrixReader.labelLike(List.of("Q", "V", "A", "O")));
    // no non-token at all: never labels
    assertFalse(MatrixReader.labelLike(List.of("V", "A", "X", "O")));
  }

  /** The number of rows the fast path read. */
  private static int scanned(String text, MatrixReader.Mode mode) throws IOException {
    Tokenizer t = new Tokenizer(TextSource.of(text), SsimParser.MAX_CELL_CHARS, 20_002);
    MatrixReader reader = new MatrixReader(t, 20_000, mode, true);
    reader.read();
    return reader.scannedRows();
  }

  @Test
  void theFastPathReadsTheRowsAfterTheFirstOfAPlainIrm() throws IOException {
    // 3 rows: A read ahead by the header rule, B and C scanned
    assertEquals(2, scanned("\tA\tB\tC\nA\t1\t1\t0\nB\t0\t1\t1\nC\t0\t0\t1\n",
        MatrixReader.Mode.IRM));
  }

  @Test
  void theFastPathReadsAnIrmRowWhoseSecondWordIsAllZeros() throws IOException {
    // the 65-factor identity: rows 2..65 are scanned (64 rows), though for rows 2..64 the cells
    // 65.. (the second 64-bit word) are all 0 and for row 65 the first word is
    StringBuilder text = new StringBuilder();
    for (int j = 1; j <= 65; j++) {
      text.append('\t').append('F').append(j);
    }
    text.append('\n');
    for (int i = 1; i <= 65; i++) {
      text.append('F').append(i);
      for (int j = 1; j <= 65; j++) {
        text.append('\t').append(i == j ? '1' : '0');
      }
      text.append('\n');
    }
    assertEquals(64, scanned(text.toString(), MatrixReader.Mode.IRM));
  }

  @Test
  void theFastPathReadsTheSecondRowOfATwoFactorSsim() throws IOException {
    assertEquals(1, scanned("\tA\tB\nA\t\tV\nB\t\t\n", MatrixReader.Mode.SSIM));
  }

  @Test
  void theFastPathReadsAFullSquareWithXDiagonalAndMirroredCells() throws IOException {
    // A → B (V, mirrored A), B → C (V, mirrored A), (A, C) O mirrored O; diagonal X. Rows B and C
    // are scanned: their lower cells are exact mirrors, their diagonal X is allowed
    String text = "\tA\tB\tC\nA\tX\tV\tO\nB\tA\tX\tV\nC\tO\tA\tX\n";
    assertEquals(2, scanned(text, MatrixReader.Mode.SSIM));
    Ssim s = SsimParser.defaults().parse(text);
    assertEquals(Relation.V, s.relation(0, 1));
    assertEquals(Relation.O, s.relation(0, 2));
    assertEquals(Relation.V, s.relation(1, 2));
  }

  @Test
  void theParserNamesItsLimit() {
    assertEquals("SsimParser[maxFactors=7]", limit(7).toString());
  }
}
