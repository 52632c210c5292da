package org.ism4j.weighted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimFormatException;
import org.junit.jupiter.api.Test;

/**
 * The weighted-matrix reader on small texts written for one decision each: where the labels are,
 * which scale the weights are on (the rule of {@link WeightedMatrix#parse(String)}: a {@code P}
 * makes it Godet, a word fuzzy, a fraction fuzzy when no weight exceeds 1, integers Godet up to 3),
 * and each refusal at its line, cell and token, counted by hand.
 */
class HandWorkedWeightedReaderTest {
  private static final String GODET = "an integer 0 to 3 or P";

  private static SsimFormatException refused(String text, Scale scale) {
    return assertThrows(SsimFormatException.class, () -> WeightedMatrix.parse(text, scale));
  }

  private static void assertRefused(String message, String token, String text, Scale scale) {
    SsimFormatException e = refused(text, scale);
    assertEquals(message, e.getMessage());
    assertEquals(token, e.token());
  }

  @Test
  void integersUpToThreeAreGodetAndTheDiagonalDoesNotCount() {
    assertEquals(Scale.GODET, WeightedMatrix.parse("0 3\n2 0\n").scale());
    // a 9 on the diagonal is ignored: the off-diagonal weights are all at most 3
    WeightedMatrix m = WeightedMatrix.parse("\tA\tB\nA\t9\t1\nB\t3\t7\n");
    assertEquals(Scale.GODET, m.scale());
    assertEquals(0, m.weight("A", "A"));
    assertEquals(0, m.weight("B", "B"));
    assertEquals(1, m.weight("A", "B"));
    assertEquals(3, m.weight("B", "A"));
    // a fraction on the diagonal is ignored too: integers, so Godet
    assertEquals(Scale.GODET, WeightedMatrix.parse("0.5 1\n1 0.5\n").scale());
    // a fraction off it with a weight above 1: DEMATEL; at most 1: fuzzy
    assertEquals(Scale.DEMATEL, WeightedMatrix.parse("0 0.5\n2 0\n").scale());
    assertEquals(Scale.FUZZY, WeightedMatrix.parse("0 0.25\n0.5 0\n").scale());
  }

  @Test
  void theWordNoneIsAFuzzyWordWorthZero() {
    WeightedMatrix m = WeightedMatrix.parse("0 none\n1 0\n");
    assertEquals(Scale.FUZZY, m.scale());
    assertEquals(0, m.weight(0, 1));
    assertEquals(1, m.weight(1, 0));
    assertRefused("line 1, column 2: fuzzy word 'none' on the godet scale (expected " + GODET + ")", "none",
        "0 none\n1 0\n", Scale.GODET);
  }

  @Test
  void aLowerCasePIsAPotentialLink() {
    WeightedMatrix m = WeightedMatrix.parse("0 p\n1 0\n");
    assertEquals(Scale.GODET, m.scale());
    assertTrue(m.isPotential(0, 1));
    assertFalse(m.isPotential(1, 0));
    assertEquals(1, m.weight(1, 0));
    // the message names the letter as the scale's documentation writes it; the token is as written
    assertRefused("line 1, column 2: potential link 'P' on the dematel scale (expected a non-negative number;"
        + " P belongs to the godet scale)", "p", "0 p\n1 0\n", Scale.DEMATEL);
  }

  @Test
  void mixedScalesNameTheFirstCellOfTheOtherKind() {
    // word first, then P: the P is the offending cell
    assertRefused("line 3, column 2: 'P' mixes scales with 'high' at line 2, column 3 (P is godet, words are fuzzy)",
        "P", "\tA\tB\nA\t0\thigh\nB\tP\t0\n", null);
    // two P before the word: the first P is named
    assertRefused("line 3, column 4: 'low' mixes scales with 'P' at line 2, column 3 (P is godet, words are fuzzy)",
        "low", "\tA\tB\tC\nA\t0\tP\tP\nB\t0\t0\tlow\nC\t0\t0\t0\n", null);
    // two words before the P: the first word is named
    assertRefused("line 3, column 4: 'P' mixes scales with 'high' at line 2, column 3 (P is godet, words are fuzzy)",
        "P", "\tA\tB\tC\nA\t0\thigh\tlow\nB\t0\t0\tP\nC\t0\t0\t0\n", null);
  }

  @Test
  void numberedHeadersAndLabelColumnsAreLabels() {
    // corner, header 1 2 3 and a label column 1 2 3
    WeightedMatrix a = WeightedMatrix.parse("\t1\t2\t3\n1\t0\t1\t0\n2\t0\t0\t1\n3\t0\t0\t0\n");
    assertEquals(Labels.of("1", "2", "3"), a.labels());
    assertEquals(1, a.weight("1", "2"));
    assertEquals(1, a.weight("2", "3"));
    assertEquals(0, a.weight("1", "3"));
    // no corner: the header is one cell shorter than the rows below it
    WeightedMatrix b = WeightedMatrix.parse("1 2 3\n1 0 1 0\n2 0 0 1\n3 0 0 0\n");
    assertEquals(a, b);
    // labels down the side only: a header-less matrix with a label column
    WeightedMatrix c = WeightedMatrix.parse("x 0 2\ny 1 0\n");
    assertEquals(Labels.of("x", "y"), c.labels());
    assertEquals(2, c.weight("x", "y"));
    assertEquals(1, c.weight("y", "x"));
  }

  @Test
  void leadingBlankLinesAreSkippedAndCountInLineNumbers() {
    WeightedMatrix m = WeightedMatrix.parse("\n\n0 2\n1 0\n");
    assertEquals(Labels.of("1", "2"), m.labels());
    assertEquals(2, m.weight(0, 1));
    assertRefused("line 5, column 2: not a weight 'zz' (expected " + GODET + ")", "zz",
        "\n\n\tA\tB\nA\t0\t1\nB\tzz\t0\n", null);
  }

  @Test
  void everyRefusalIsAtItsLineCellAndToken() {
    assertRefused("line 1, column 1: empty file: expected a square matrix of weights", "", "", null);
    assertRefused("line 1, column 1: empty file: expected a square matrix of weights", "", "\n\n", null);
    assertRefused("line 2, column 1: blank line inside the matrix", "", "0 1\n\n1 0\n", null);
    assertRefused("line 1, column 1: no matrix rows after the header", "", "\tA\tB\n", null);
    assertRefused("line 1, column 1: a label but no weights in the row", "", "A\nB\n", null);
    assertRefused("line 1, column 3: the header names 3 factors but the rows hold 2 weights", "B",
        "\tA\tB\tC\nA\t0\t1\nB\t1\t0\n", null);
    assertRefused("line 3, column 4: row has 5 cells, expected 3 (as in line 2)", "5",
        "\tA\tB\nA\t0\t1\nB\t1\t0\t5\t6\n", null);
    assertRefused("line 3, column 1: more rows than factors (2 weights per row)", "1", "0 1\n1 0\n1 1\n", null);
    assertRefused("line 2, column 1: only 2 rows for 3 factors (a square matrix has as many rows as weights per"
        + " row)", "1", "0 1 0\n1 0 1\n", null);
    assertRefused("line 3, column 1: empty label (factor 2)", "", "\tA\tB\nA\t0\t1\n\t1\t0\n", null);
    assertRefused("line 1, column 3: duplicate label 'A' (also at line 1, column 2)", "A",
        "\tA\tA\nA\t0\t1\nA\t1\t0\n", null);
    assertRefused("line 2, column 1: duplicate label 'x' (also at line 1, column 1)", "x", "x 0 2\nx 1 0\n", null);
    assertRefused("line 2, column 2: diagonal cell 'x' is not a weight (expected empty, -, or " + GODET + "; it is ignored)",
        "x", "\tA\tB\nA\tx\t1\nB\t0\t0\n", null);
    assertRefused("line 2, column 3: '-' off the diagonal (expected " + GODET + "; write 0 for no influence)",
        "-", "\tA\tB\nA\t0\t-\nB\t0\t0\n", null);
    assertRefused("line 1, column 2: weight '1.5' is not on the godet scale (expected " + GODET + ")", "1.5",
        "0 1.5\n1 0\n", Scale.GODET);
    assertRefused("line 1, column 2: weight '4' is not on the godet scale (expected " + GODET + ")", "4",
        "0 4\n1 0\n", Scale.GODET);
  }

  @Test
  void theDiagonalMayBeEmptyADashOrAnyWeightToken() {
    for (String d : new String[] {"", "-", "P", "0", "2.5", "high"}) {
      WeightedMatrix m = WeightedMatrix.parse("\tA\tB\nA\t" + d + "\t1\nB\t1\t0\n", Scale.GODET);
      assertEquals(0, m.weight("A", "A"), "diagonal " + d);
      assertFalse(m.isPotential(0, 0), "diagonal " + d);
    }
  }
}
