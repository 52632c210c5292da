package org.ism4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ism4j.panel.AggregationRule;
import org.ism4j.panel.Panel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The whole text and Markdown of {@link PanelReport}, worked by hand from the panel's definitions
 * and the report's layout rules: a title underlined with '=' of its length, sections underlined
 * with '-' of theirs, tables indented two spaces with two-space gaps, columns padded to their
 * widest cell (headers included, right-aligned columns padded on the left), trailing spaces
 * trimmed.
 *
 * <p>The three-expert panel over A, B, C (cells A–B, A–C, B–C): e1 V V O, e2 V O O, e3 X O O.
 * Majority: A–B has i → j from V or X by 3 of 3 and j → i by 1 of 3, so V; A–C has i → j by 1 of
 * 3, so O; B–C O. Fleiss' kappa, k = 3: P(A–B) = (2² + 1² − 3) / (3 · 2) = 1/3, P(A–C) = (1 + 4 −
 * 3) / 6 = 1/3, P(B–C) = (9 − 3) / 6 = 1, P̄ = 5/9; of the 9 ratings V 3, A 0, X 1, O 5, so Pe =
 * (9 + 0 + 1 + 25) / 81 = 35/81 and κ = (45/81 − 35/81) / (46/81) = 10/46 = 0.217, "fair" (≤ 0.40).
 */
class HandWorkedPanelReportTest {
  private static Ssim ssim(String ab, String ac, String bc) {
    return Ssim.parse("\tA\tB\tC\nA\t\t" + ab + "\t" + ac + "\nB\t\t\t" + bc + "\nC\t\t\t\n");
  }

  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final Panel threeExperts = Panel.builder().expert("e1", ssim("V", "V", "O"))
      .expert("e2", ssim("V", "O", "O")).expert("e3", ssim("X", "O", "O")).build();

  /** Two experts who wrote the same SSIM: A → B, A → C. */
  private final Panel sameTwice = Panel.builder().expert("Ana", ssim("V", "V", "O"))
      .expert("Ben", ssim("V", "V", "O")).build();

  /** Under mode, A–B is V 1, A 1: a tie, and majority gives O (1 of 2 is not more than half). */
  private final Panel modeTie = Panel.builder().expert("e1", ssim("V", "V", "O"))
      .expert("e2", ssim("A", "V", "O")).build();

  private PanelReport three() {
    return PanelReport.of(threeExperts.agreement(AggregationRule.majority()));
  }

  /** The text between a section's title line and the next blank line. */
  private static String section(String text, String title) {
    int start = text.indexOf("\n" + title + "\n") + 1;
    int end = text.indexOf("\n\n", start);
    return text.substring(start, end < 0 ? text.length() : end + 1);
  }

  // the title "Expert panel: 3 experts, 3 factors" is 13 + 11 + 10 = 34 columns
  // the Factors table: "#" width 1 right-aligned, "factor" width 6
  // the SSIM matrix: header "", 1, 2, 3, all width 1 and right-aligned, no rule; row 1 is
  // "1", "", "V", "O" -> "  1" + "  " + " " + "  V" + "  O"
  // contested: cell width 5 ("A – B"), aggregate 9 (header), share 5 (header), counts 1;
  // "V" + 8 pad + 2 gap + 1 pad of " 0.67" = 11 spaces before 0.67
  // experts: expert 6, agreement 9, cells 6 ("2 of 3"), so the header " cells" is padded left;
  // "e1" + 4 pad + 2 gap + 5 pad of "     0.67" = 11 spaces before 0.67
  private static final String THREE_TEXT = """
      Expert panel: 3 experts, 3 factors
      ==================================
        rule majority: a direction holds when more than half of the experts assert it
        an expert asserts i → j with V or X, and j → i with A or X

      Factors
      -------
        #  factor
        -  ------
        1  A
        2  B
        3  C

      Aggregated SSIM (majority)
      --------------------------
        row i, column j: V i influences j, A j influences i, X both, O neither

           1  2  3
        1     V  O
        2        O
        3

      Agreement
      ---------
        Fleiss' kappa 0.217: fair agreement, over 3 cells, 3 experts, categories V, A, X and O
        Reading (Landis & Koch 1977): < 0 poor, ≤ 0.20 slight, ≤ 0.40 fair, ≤ 0.60 moderate,
        ≤ 0.80 substantial, > 0.80 almost perfect

      Contested cells (lowest share first)
      ------------------------------------
        cell   aggregate  share  V  A  X  O
        -----  ---------  -----  -  -  -  -
        A – B  V           0.67  2  0  1  0
        A – C  O           0.67  1  0  0  2

      Experts (share of cells equal to the aggregate)
      -----------------------------------------------
        expert  agreement   cells
        ------  ---------  ------
        e1           0.67  2 of 3
        e2           1.00  3 of 3
        e3           0.67  2 of 3
      """;

  @Test
  void threeExpertPanelAsText() {
    assertEquals(THREE_TEXT, three().text());
  }

  /**
   * Markdown escapes '#' as "\#", '&' as "&amp;", '<' as "&lt;" and '>' as "\>"; right-aligned
   * columns get "---:"; an empty cell is "|  |".
   */
  @Test
  void threeExpertPanelAsMarkdown() {
    String expected = """
        # Expert panel: 3 experts, 3 factors

        Rule majority: a direction holds when more than half of the experts assert it; \
        an expert asserts i → j with V or X, and j → i with A or X.

        ## Aggregated SSIM (majority)

        Row i, column j: V i influences j, A j influences i, X both, O neither.

        | \\# | factor | 1 | 2 | 3 |
        | --- | --- | --- | --- | --- |
        | 1 | A |  | V | O |
        | 2 | B |  |  | O |
        | 3 | C |  |  |  |

        ## Agreement

        Fleiss' kappa 0.217: fair agreement, over 3 cells, 3 experts, categories V, A, X and O.
        Reading (Landis &amp; Koch 1977): &lt; 0 poor, ≤ 0.20 slight, ≤ 0.40 fair, \
        ≤ 0.60 moderate, ≤ 0.80 substantial, \\> 0.80 almost perfect.

        ### Contested cells (lowest share first)

        | cell | aggregate | share | V | A | X | O |
        | --- | --- | ---: | ---: | ---: | ---: | ---: |
        | A – B | V | 0.67 | 2 | 0 | 1 | 0 |
        | A – C | O | 0.67 | 1 | 0 | 0 | 2 |

        ### Experts (share of cells equal to the aggregate)

        | expert | agreement | cells |
        | --- | ---: | ---: |
        | e1 | 0.67 | 2 of 3 |
        | e2 | 1.00 | 3 of 3 |
        | e3 | 0.67 | 2 of 3 |
        """;
    assertEquals(expected, three().markdown());
  }

  /**
   * Two identical experts: every cell unanimous, so each P_i = (2² − 2) / 2 = 1 = P̄; Pe = (4² +
   * 2²) / 6² = 20/36 &lt; 1, κ = (1 − Pe) / (1 − Pe) = 1. Every resample aggregates to the same
   * SSIM, so levels are B, C 1 (sinks) and A 2 in 10 of 10 resamples, and leaving one out changes
   * nothing.
   */
  @Test
  void identicalExpertsWithStabilityAsText() {
    PanelReport r = PanelReport.of(sameTwice.agreement(AggregationRule.majority()))
        .withStability(sameTwice.stability(AggregationRule.majority(), 10, 7));
    // stability table widths: factor 6, level 5, stability 9, the last 23;
    // "A" + 5 pad + 2 gap + 4 pad of "    2" = 11 spaces; "2" + 2 gap + 4 pad of "    1.000"
    // leave one out: "expert left out" 15, "Ana" + 12 pad + 2 gap = 14 spaces before "none"
    String expected = """
        Expert panel: 2 experts, 3 factors
        ==================================
          rule majority: a direction holds when more than half of the experts assert it
          an expert asserts i → j with V or X, and j → i with A or X

        Factors
        -------
          #  factor
          -  ------
          1  A
          2  B
          3  C

        Aggregated SSIM (majority)
        --------------------------
          row i, column j: V i influences j, A j influences i, X both, O neither

             1  2  3
          1     V  V
          2        O
          3

        Agreement
        ---------
          Fleiss' kappa 1.000: almost perfect agreement, over 3 cells, 2 experts, categories V, A,\
         X and O
          Reading (Landis & Koch 1977): < 0 poor, ≤ 0.20 slight, ≤ 0.40 fair, ≤ 0.60 moderate,
          ≤ 0.80 substantial, > 0.80 almost perfect

        Contested cells (lowest share first)
        ------------------------------------
          none: every expert wrote the aggregate's symbol in every cell

        Experts (share of cells equal to the aggregate)
        -----------------------------------------------
          expert  agreement   cells
          ------  ---------  ------
          Ana          1.00  3 of 3
          Ben          1.00  3 of 3

        Stability of the levels
        -----------------------
          10 bootstrap resamples of the experts (seed 7): 100.0% give every factor the full panel's\
         level

          factor  level  stability  levels in the resamples
          ------  -----  ---------  -----------------------
          A           2      1.000  2: 100.0%
          B           1      1.000  1: 100.0%
          C           1      1.000  1: 100.0%

        Leave one expert out
        --------------------
          expert left out  factors whose level changes
          ---------------  ---------------------------
          Ana              none
          Ben              none
        """;
    assertEquals(expected, r.text());
  }

  /**
   * The bootstrap's draws are documented as java.util.Random(seed).nextInt(k), draw after draw;
   * Random(1).nextInt(2) gives 1 0, 0 0, 0 0, 0 1 for the first four resamples of two experts. e1
   * wrote A–B V, e2 O. The full panel (and a 1 + 1 resample) has V 1 of 2, not more than half: O,
   * so A and B are both level 1. Resamples 2 and 3 are e1 twice: V 2 of 2, A → B, A level 2. So 2
   * of 4 resamples (50.0%) are identical; A is on level 1 in 2 of 4 (0.500, 1: 50.0%, 2: 50.0%), B
   * always. Leaving e1 out leaves O (no change); leaving e2 out leaves e1's V alone (1 of 1): A
   * moves from level 1 to 2.
   */
  @Test
  void stabilityOfAPanelThatDependsOnItsExperts() {
    Panel p = Panel.builder().expert("e1", Ssim.parse("\tA\tB\nA\t\tV\nB\t\t\n"))
        .expert("e2", Ssim.parse("\tA\tB\nA\t\tO\nB\t\t\n")).build();
    String text = PanelReport.of(p.agreement(AggregationRule.majority()))
        .withStability(p.stability(AggregationRule.majority(), 4, 1)).text();
    // "1: 50.0%, 2: 50.0%" (18) is narrower than its header (23); "A (1 → 2)" (9) than 27
    String expected = """

        Stability of the levels
        -----------------------
          4 bootstrap resamples of the experts (seed 1): 50.0% give every factor the full panel's\
         level

          factor  level  stability  levels in the resamples
          ------  -----  ---------  -----------------------
          A           1      0.500  1: 50.0%, 2: 50.0%
          B           1      1.000  1: 100.0%

        Leave one expert out
        --------------------
          expert left out  factors whose level changes
          ---------------  ---------------------------
          e1               none
          e2               A (1 → 2)
        """;
    assertEquals(expected, text.substring(text.indexOf("\nStability of the levels\n")));
  }

  /**
   * Ten factors: the keys 1 to 10 and the header "10" are two columns wide, so the right-aligned
   * number column and the last column show their alignment (" 1", " V"); the others are one wide.
   * Two identical experts with A–J V and I–J X, every other cell O.
   */
  @Test
  void tenFactorsRightAlignTheSsimMatrix() {
    Ssim s = Ssim.builder("A", "B", "C", "D", "E", "F", "G", "H", "I", "J").v("A", "J")
        .x("I", "J").build();
    Panel p = Panel.builder().expert("e1", s).expert("e2", s).build();
    String text = PanelReport.of(p.agreement(AggregationRule.majority())).text();
    String matrix = text.substring(text.indexOf("O neither\n\n") + 11,
        text.indexOf("\nAgreement\n"));
    String expected = """
              1  2  3  4  5  6  7  8  9  10
           1     O  O  O  O  O  O  O  O   V
           2        O  O  O  O  O  O  O   O
           3           O  O  O  O  O  O   O
           4              O  O  O  O  O   O
           5                 O  O  O  O   O
           6                    O  O  O   O
           7                       O  O   O
           8                          O   O
           9                              X
          10
        """;
    assertEquals(expected, matrix);
  }

  @Test
  void identicalExpertsWithStabilityAsMarkdownEnd() {
    PanelReport r = PanelReport.of(sameTwice.agreement(AggregationRule.majority()))
        .withStability(sameTwice.stability(AggregationRule.majority(), 10, 7));
    String md = r.markdown();
    String expected = """
        ### Contested cells (lowest share first)

        none: every expert wrote the aggregate's symbol in every cell

        ### Experts (share of cells equal to the aggregate)

        | expert | agreement | cells |
        | --- | ---: | ---: |
        | Ana | 1.00 | 3 of 3 |
        | Ben | 1.00 | 3 of 3 |

        ## Stability of the levels

        10 bootstrap resamples of the experts (seed 7): 100.0% give every factor the full panel's\
         level

        | factor | level | stability | levels in the resamples |
        | --- | ---: | ---: | --- |
        | A | 2 | 1.000 | 2: 100.0% |
        | B | 1 | 1.000 | 1: 100.0% |
        | C | 1 | 1.000 | 1: 100.0% |

        ### Leave one expert out

        | expert left out | factors whose level changes |
        | --- | --- |
        | Ana | none |
        | Ben | none |
        """;
    assertEquals(expected, md.substring(md.indexOf("### Contested")));
  }

  /**
   * Mode: A–B has V 1, A 1 (a tie), majority gives O; A–C V 2 gives V; B–C O. Kappa, k = 2:
   * P(A–B) = (1 + 1 − 2) / 2 = 0, the others 1, P̄ = 2/3; ratings V 3, A 1, X 0, O 2 of 6, Pe =
   * (9 + 1 + 4) / 36 = 7/18, κ = (12/18 − 7/18) / (11/18) = 5/11 = 0.455, "moderate". The tied
   * cell's share is O 0 of 2 = 0.00; each expert matches 2 of 3 cells (A–C and B–C).
   */
  @Test
  void modeTieIsMarkedAndCounted() {
    String text = PanelReport.of(modeTie.agreement(AggregationRule.mode())).text();
    String expected = """
        Expert panel: 2 experts, 3 factors
        ==================================
          rule mode: a cell takes its most frequent symbol; a tie falls back to majority
          an expert asserts i → j with V or X, and j → i with A or X

        Factors
        -------
          #  factor
          -  ------
          1  A
          2  B
          3  C

        Aggregated SSIM (mode)
        ----------------------
          row i, column j: V i influences j, A j influences i, X both, O neither

             1  2  3
          1     O  V
          2        O
          3

        Agreement
        ---------
          Fleiss' kappa 0.455: moderate agreement, over 3 cells, 2 experts, categories V, A, X and\
         O; \
        1 cell tied under mode, decided by majority
          Reading (Landis & Koch 1977): < 0 poor, ≤ 0.20 slight, ≤ 0.40 fair, ≤ 0.60 moderate,
          ≤ 0.80 substantial, > 0.80 almost perfect

        Contested cells (lowest share first)
        ------------------------------------
          cell   aggregate  share  V  A  X  O
          -----  ---------  -----  -  -  -  -
          A – B  O (tie)     0.00  1  1  0  0

        Experts (share of cells equal to the aggregate)
        -----------------------------------------------
          expert  agreement   cells
          ------  ---------  ------
          e1           0.67  2 of 3
          e2           0.67  2 of 3
        """;
    assertEquals(expected, text);
  }

  /** Two tied cells (A–B V/A, B–C V/O): the plural, and both "(tie)" rows, lowest share first. */
  @Test
  void twoTiesArePlural() {
    Panel p = Panel.builder().expert("e1", ssim("V", "V", "V")).expert("e2", ssim("A", "V", "O"))
        .build();
    String text = PanelReport.of(p.agreement(AggregationRule.mode())).text();
    // kappa: P = 0, 1, 0 -> P̄ 1/3; V 4, A 1, O 1 of 6 -> Pe = (16 + 1 + 1) / 36 = 1/2;
    // κ = (1/3 − 1/2) / (1/2) = −1/3, "poor"
    // B–C: V 1, O 1 tie; majority: 1 of 2 is not more than half, so O; share count(O) = 1/2
    // A–B: share 0/2 = 0.00 comes first, then B–C 0.50 (A–C is V 2 of 2, not contested)
    assertEquals("""
          Fleiss' kappa -0.333: poor agreement, over 3 cells, 2 experts, categories V, A, X and O; \
        2 cells tied under mode, decided by majority
        """, text.lines().filter(l -> l.contains("kappa")).findFirst().orElseThrow() + "\n");
    assertEquals("""
        Contested cells (lowest share first)
        ------------------------------------
          cell   aggregate  share  V  A  X  O
          -----  ---------  -----  -  -  -  -
          A – B  O (tie)     0.00  1  1  0  0
          B – C  O (tie)     0.50  1  0  0  1
        """, section(text, CONTESTED));
  }

  private static final String CONTESTED = "Contested cells (lowest share first)";

  /** Limit 1 of the two contested cells of threeExperts. */
  private static final String LIMIT_1 = """
      Contested cells (lowest share first)
      ------------------------------------
        cell   aggregate  share  V  A  X  O
        -----  ---------  -----  -  -  -  -
        A – B  V           0.67  2  0  1  0
        … and 1 more of 2 contested cells
      """;

  /** Limit 1 of two contested cells: the first (A–B, cell order at equal share) and a count. */
  @Test
  void contestedLimitShowsTheFirstCellsAndCountsTheRest() {
    assertEquals(LIMIT_1, section(three().withContestedLimit(1).text(), CONTESTED));
    // limit 0: no row, so the cell column is as wide as its header "cell" (4)
    assertEquals("""
        Contested cells (lowest share first)
        ------------------------------------
          cell  aggregate  share  V  A  X  O
          ----  ---------  -----  -  -  -  -
          … and 2 more of 2 contested cells
        """, section(three().withContestedLimit(0).text(), CONTESTED));
    // limit 2 = the number of contested cells: everything shown, no count line
    assertEquals(THREE_TEXT, three().withContestedLimit(2).text());
    String md = three().withContestedLimit(1).markdown();
    assertEquals("""
        ### Contested cells (lowest share first)

        | cell | aggregate | share | V | A | X | O |
        | --- | --- | ---: | ---: | ---: | ---: | ---: |
        | A – B | V | 0.67 | 2 | 0 | 1 | 0 |

        … and 1 more of 2 contested cells

        ### Experts""", md.substring(md.indexOf("### Contested"), md.indexOf("### Experts") + 11));
  }

  @Test
  void contestedLimitRefusesNegatives() {
    assertEquals("the contested limit must be at least 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> three().withContestedLimit(-1))
            .getMessage());
  }

  /** "Panel A&B" is 9 columns, so 9 '='; Markdown escapes its '&'. */
  @Test
  void titleReplacesTheDefault() {
    PanelReport r = three().withTitle("Panel A&B");
    assertEquals("Panel A&B\n=========\n", r.text().substring(0, 20));
    assertEquals("# Panel A&amp;B\n\n", r.markdown().substring(0, 17));
    // each setting survives the ones that follow it, stability included ("T" is 1 column)
    String t = three().withContestedLimit(1).withTitle("T").text();
    assertEquals("T\n=\n", t.substring(0, 4));
    assertEquals(LIMIT_1, section(t, CONTESTED));
    String s = three().withTitle("T").withContestedLimit(1)
        .withStability(threeExperts.stability(AggregationRule.majority(), 1, 1)).text();
    assertEquals("T\n=\n", s.substring(0, 4));
    assertEquals(LIMIT_1, section(s, CONTESTED));
  }

  @Test
  void titleMustBeOneNonBlankLine() {
    for (String bad : new String[] {" ", "a\nb", "a\rb", "\nT", "\rT"}) {
      assertEquals("a title is one non-blank line, got '" + bad + "'",
          assertThrows(IllegalArgumentException.class, () -> three().withTitle(bad)).getMessage());
    }
  }

  @Test
  void stabilityMustBeOfTheSameFactorsAndRule() {
    assertEquals("the stability (rule mode) is not of this panel's aggregate (rule majority)",
        assertThrows(IllegalArgumentException.class,
            () -> three().withStability(threeExperts.stability(AggregationRule.mode(), 1, 1)))
            .getMessage());
    Panel other = Panel.builder().expert("x", Ssim.parse("\tP\tQ\nP\t\tV\nQ\t\t\n"))
        .expert("y", Ssim.parse("\tP\tQ\nP\t\tV\nQ\t\t\n")).build();
    assertEquals("the stability (rule majority) is not of this panel's aggregate (rule majority)",
        assertThrows(IllegalArgumentException.class,
            () -> three().withStability(other.stability(AggregationRule.majority(), 1, 1)))
            .getMessage());
  }

  /** The sentence of each of the other rules; unanimous gives A–B V (3 of 3 assert A → B). */
  @Test
  void ruleSentences() {
    assertEquals("  rule unanimous: a direction holds when every expert asserts it",
        PanelReport.of(threeExperts.agreement(AggregationRule.unanimous())).text().lines().skip(2)
            .findFirst().orElseThrow());
    assertEquals("  rule threshold=0.3: a direction holds when at least the share 0.3 of the "
            + "experts assert it",
        PanelReport.of(threeExperts.agreement(AggregationRule.threshold(0.3))).text().lines()
            .skip(2).findFirst().orElseThrow());
  }
}
