package org.ism4j.weighted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.SsimFormatException;
import org.junit.jupiter.api.Test;

class WeightedMatrixTest {
  @Test
  void readsHeaderLabelColumnAndDetectsGodetWithPotentialLinks() {
    WeightedMatrix m = WeightedMatrix.parse("\tA\tB\tC\nA\t-\t3\tP\nB\t0\t\t2\nC\t1\t0\t0\n");
    assertEquals(Labels.of("A", "B", "C"), m.labels());
    assertEquals(Scale.GODET, m.scale());
    assertEquals(3, m.weight("A", "B"));
    assertEquals(0, m.weight("A", "C"));
    assertTrue(m.isPotential(0, 2));
    assertFalse(m.isPotential(0, 1));
    assertTrue(m.hasPotentialLinks());
  }

  @Test
  void numbersFactorsWhenThereAreNoLabels() {
    WeightedMatrix m = WeightedMatrix.parse("0,1\n1,0\n");
    assertEquals(Labels.of("1", "2"), m.labels());
    assertEquals(Scale.GODET, m.scale()); // a 0/1 matrix is Godet
  }

  @Test
  void detectsFuzzyFromWordsAndFromFractions() {
    WeightedMatrix words = WeightedMatrix.parse("x\ty\nx\t\tvery high\ny\tLow\t\n");
    assertEquals(Scale.FUZZY, words.scale());
    assertEquals(0.9, words.weight("x", "y"));
    assertEquals(0.3, words.weight("y", "x"));
    assertEquals(Scale.FUZZY, WeightedMatrix.parse("0 0.5\n1 0\n").scale());
    assertEquals(Scale.DEMATEL, WeightedMatrix.parse("0 1.5\n1 0\n").scale());
    assertEquals(Scale.DEMATEL, WeightedMatrix.parse("0 4\n1 0\n").scale());
  }

  @Test
  void readsLabelsAboveCornerlessSpaceSeparatedRows() {
    WeightedMatrix m = WeightedMatrix.parse("p q\np 0 2\nq 1 0\n");
    assertEquals(Labels.of("p", "q"), m.labels());
    assertEquals(2, m.weight("p", "q"));
  }

  @Test
  void errorsNameLineColumnAndToken() {
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> WeightedMatrix.parse("\tA\tB\nA\t0\t7\nB\t1\t0\n", Scale.GODET));
    assertEquals("line 2, column 3: weight '7' is not on the godet scale (expected an integer 0 to 3 or P)",
        e.getMessage());
    assertEquals("7", e.token());

    e = assertThrows(SsimFormatException.class, () -> WeightedMatrix.parse("\tA\tB\nA\t0\t\nB\t1\t0\n"));
    assertEquals("line 2, column 3: empty cell (expected an integer 0 to 3 or P; write 0 for no influence)",
        e.getMessage());

    e = assertThrows(SsimFormatException.class, () -> WeightedMatrix.parse("\tA\tB\nA\t0\tP\nB\thigh\t0\n"));
    assertEquals("line 3, column 2: 'high' mixes scales with 'P' at line 2, column 3 (P is godet, words are fuzzy)",
        e.getMessage());

    e = assertThrows(SsimFormatException.class, () -> WeightedMatrix.parse("\tA\tB\nA\t0\t1\nB\t1\n"));
    assertEquals("line 3, column 2: row has 2 cells, expected 3 (as in line 2)", e.getMessage());

    e = assertThrows(SsimFormatException.class, () -> WeightedMatrix.parse("\tA\tB\nA\t0\t1\nC\t1\t0\n"));
    assertEquals("line 3, column 1: label 'C' differs from the header's 'B' (line 1, column 3)", e.getMessage());

    e = assertThrows(SsimFormatException.class, () -> WeightedMatrix.parse("0\t0.5\n1.2\t0\n", Scale.FUZZY));
    assertEquals("line 2, column 1: weight '1.2' is not on the fuzzy scale (expected a number from 0 to 1 or one of"
        + " none, very low, low, medium, high, very high, complete)", e.getMessage());

    e = assertThrows(SsimFormatException.class, () -> WeightedMatrix.parse("0\t-1\n1\t0\n"));
    assertEquals("line 1, column 2: negative weight '-1' (expected an integer 0 to 3 or P)", e.getMessage());
  }

  @Test
  void averagesExpertsCellByCell() {
    Labels l = Labels.of("a", "b");
    WeightedMatrix e1 = WeightedMatrix.of(l, new double[][] {{0, 4}, {1, 0}}, Scale.DEMATEL);
    WeightedMatrix e2 = WeightedMatrix.of(l, new double[][] {{0, 2}, {0, 0}}, Scale.DEMATEL);
    WeightedMatrix mean = WeightedMatrix.average(List.of(e1, e2));
    assertEquals(3, mean.weight(0, 1));
    assertEquals(0.5, mean.weight(1, 0));
    assertEquals(2, mean.experts());

    WeightedMatrix other = WeightedMatrix.of(Labels.of("a", "c"), new double[][] {{0, 1}, {1, 0}}, Scale.DEMATEL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeightedMatrix.average(List.of(e1, other)));
    assertEquals("expert 2 names different factors from expert 1: factor 2 is 'c', expected 'b'", e.getMessage());
  }
  /** The named mean says which expert differs by the caller's names, never by a number. */
  @Test
  void theNamedMeanNamesTheExpertsAsTheCallerDoes() {
    Labels l = Labels.of("a", "b");
    WeightedMatrix e1 = WeightedMatrix.of(l, new double[][] {{0, 4}, {1, 0}}, Scale.DEMATEL);
    WeightedMatrix e2 = WeightedMatrix.of(l, new double[][] {{0, 2}, {0, 0}}, Scale.DEMATEL);
    assertEquals(3, WeightedMatrix.average(List.of(e1, e2), List.of("x.tsv", "y.tsv")).weight(0, 1));
    WeightedMatrix other = WeightedMatrix.of(Labels.of("a", "c"), new double[][] {{0, 1}, {1, 0}}, Scale.DEMATEL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WeightedMatrix.average(List.of(e1, e2, other), List.of("x.tsv", "y.tsv", "z.tsv")));
    assertEquals("expert 'z.tsv' names different factors from expert 'x.tsv': factor 2 is 'c', expected 'b'",
        e.getMessage());
    WeightedMatrix godet = WeightedMatrix.of(l, new double[][] {{0, 1}, {1, 0}}, Scale.GODET);
    e = assertThrows(IllegalArgumentException.class,
        () -> WeightedMatrix.average(List.of(e1, godet), List.of("x.tsv", "g.tsv")));
    assertEquals("expert 'g.tsv' uses the godet scale, expert 'x.tsv' the dematel scale", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> WeightedMatrix.average(List.of(e1, e2), List.of("x.tsv")));
    assertEquals("1 names for 2 experts", e.getMessage());
  }
}
