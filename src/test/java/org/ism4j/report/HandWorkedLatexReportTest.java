package org.ism4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The whole LaTeX of {@link LatexReport}, worked by hand, with labels and names full of LaTeX's
 * specials ({@code & % $ # _ { } ~ ^ \\ >}, escaped as {@code \\&}, {@code \\textasciitilde{}}, …).
 *
 * <p>The chain: R&amp;D → 50% → ~^\\ (SSIM V, V and O for the two ends). IRM rows 110, 011, 001; the
 * closure adds R&amp;D → ~^\\ (1*). Result-first levels: ~^\\ 1, 50% 2, R&amp;D 3. Driving power
 * (FRM row sums) 3, 2, 1; dependence (column sums) 1, 2, 3; split n/2 = 1.5, strictly greater is
 * strong: R&amp;D IV independent, 50% III linkage, ~^\\ II dependent. Labels are at most 5 columns,
 * so matrices are keyed by label and, without names, there is no factor table.
 *
 * <p>LOOP: Cost_1 and Time{x} with X, one cycle; IRM = FRM = all ones, no transitive link, one
 * level; powers 2 and 2 against n/2 = 1, both III linkage. "Cost_1" is 6 columns (more than 5),
 * so matrices and iteration sets are keyed by number and a factor table is printed.
 */
class HandWorkedLatexReportTest {
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final IsmModel chainModel = IsmAnalyzer.analyze(
      Ssim.builder("R&D", "50%", "~^\\").v("R&D", "50%").v("50%", "~^\\").build());

  private static final IsmModel LOOP =
      IsmAnalyzer.analyze(Ssim.builder("Cost_1", "Time{x}").x("Cost_1", "Time{x}").build());

  private static final FactorNames LOOP_NAMES = FactorNames.of(Map.of("Cost_1", "Cost ^ 1$"));

  private static final String CHAIN_TEX = """
      % ISM analysis, written by ism4j; needs \\usepackage{booktabs}
      % 3 factors, 3 levels, 1 transitive link; MICMAC split rule n/2

      \\begin{table}[htbp]
      \\centering
      \\small
      \\caption{Structural self-interaction matrix (SSIM): row $i$, column $j$: V $i$ influences\
       $j$, \
      A $j$ influences $i$, X both, O neither}
      \\label{tab:ism-ssim}
      \\begin{tabular}{lccc}
      \\toprule
       & R\\&D & 50\\% & \\textasciitilde{}\\textasciicircum{}\\textbackslash{} \\\\
      \\midrule
      R\\&D &  & V & O \\\\
      50\\% &  &  & V \\\\
      \\textasciitilde{}\\textasciicircum{}\\textbackslash{} &  &  &  \\\\
      \\bottomrule
      \\end{tabular}
      \\end{table}

      \\begin{table}[htbp]
      \\centering
      \\small
      \\caption{Initial reachability matrix (IRM)}
      \\label{tab:ism-irm}
      \\begin{tabular}{lccc}
      \\toprule
       & R\\&D & 50\\% & \\textasciitilde{}\\textasciicircum{}\\textbackslash{} \\\\
      \\midrule
      R\\&D & 1 & 1 & 0 \\\\
      50\\% & 0 & 1 & 1 \\\\
      \\textasciitilde{}\\textasciicircum{}\\textbackslash{} & 0 & 0 & 1 \\\\
      \\bottomrule
      \\end{tabular}
      \\end{table}

      \\begin{table}[htbp]
      \\centering
      \\small
      \\caption{Final reachability matrix (FRM); 1* is a transitive link, added by the full \
      transitive closure}
      \\label{tab:ism-frm}
      \\begin{tabular}{lccc}
      \\toprule
       & R\\&D & 50\\% & \\textasciitilde{}\\textasciicircum{}\\textbackslash{} \\\\
      \\midrule
      R\\&D & 1 & 1 & 1* \\\\
      50\\% & 0 & 1 & 1 \\\\
      \\textasciitilde{}\\textasciicircum{}\\textbackslash{} & 0 & 0 & 1 \\\\
      \\bottomrule
      \\end{tabular}
      \\end{table}

      \\begin{table}[htbp]
      \\centering
      \\small
      \\caption{Level partition, iteration 1}
      \\label{tab:ism-iteration-1}
      \\begin{tabular}{lp{0.22\\linewidth}p{0.22\\linewidth}p{0.22\\linewidth}c}
      \\toprule
      Factor & Reachability set $R(i)$ & Antecedent set $A(i)$ & Intersection $R(i) \\cap A(i)$ \
      & Level \\\\
      \\midrule
      R\\&D & R\\&D, 50\\%, \\textasciitilde{}\\textasciicircum{}\\textbackslash{} & R\\&D & R\\&D\
       &  \\\\
      50\\% & 50\\%, \\textasciitilde{}\\textasciicircum{}\\textbackslash{} & R\\&D, 50\\% & 50\\%\
       &  \\\\
      \\textasciitilde{}\\textasciicircum{}\\textbackslash{} \
      & \\textasciitilde{}\\textasciicircum{}\\textbackslash{} \
      & R\\&D, 50\\%, \\textasciitilde{}\\textasciicircum{}\\textbackslash{} \
      & \\textasciitilde{}\\textasciicircum{}\\textbackslash{} & 1 \\\\
      \\bottomrule
      \\end{tabular}
      \\end{table}

      \\begin{table}[htbp]
      \\centering
      \\small
      \\caption{Level partition, iteration 2}
      \\label{tab:ism-iteration-2}
      \\begin{tabular}{lp{0.22\\linewidth}p{0.22\\linewidth}p{0.22\\linewidth}c}
      \\toprule
      Factor & Reachability set $R(i)$ & Antecedent set $A(i)$ & Intersection $R(i) \\cap A(i)$ \
      & Level \\\\
      \\midrule
      R\\&D & R\\&D, 50\\% & R\\&D & R\\&D &  \\\\
      50\\% & 50\\% & R\\&D, 50\\% & 50\\% & 2 \\\\
      \\bottomrule
      \\end{tabular}
      \\end{table}

      \\begin{table}[htbp]
      \\centering
      \\small
      \\caption{Level partition, iteration 3}
      \\label{tab:ism-iteration-3}
      \\begin{tabular}{lp{0.22\\linewidth}p{0.22\\linewidth}p{0.22\\linewidth}c}
      \\toprule
      Factor & Reachability set $R(i)$ & Antecedent set $A(i)$ & Intersection $R(i) \\cap A(i)$ \
      & Level \\\\
      \\midrule
      R\\&D & R\\&D & R\\&D & R\\&D & 3 \\\\
      \\bottomrule
      \\end{tabular}
      \\end{table}

      \\begin{table}[htbp]
      \\centering
      \\small
      \\caption{Levels (level 1 is the top of the digraph)}
      \\label{tab:ism-levels}
      \\begin{tabular}{rp{0.7\\linewidth}}
      \\toprule
      Level & Factors \\\\
      \\midrule
      1 & \\textasciitilde{}\\textasciicircum{}\\textbackslash{} \\\\
      2 & 50\\% \\\\
      3 & R\\&D \\\\
      \\bottomrule
      \\end{tabular}
      \\end{table}
      % cycles: no cycles: no two factors reach each other, so every factor is a component of its\
       own

      \\begin{table}[htbp]
      \\centering
      \\small
      \\caption{MICMAC analysis, split rule n/2: a power is strong when \\textgreater{} 1.5 (ties\
       are \
      weak)}
      \\label{tab:ism-micmac}
      \\begin{tabular}{lrrl}
      \\toprule
      Factor & Driving & Dependence & Cluster \\\\
      \\midrule
      R\\&D & 3 & 1 & IV independent \\\\
      50\\% & 2 & 2 & III linkage \\\\
      \\textasciitilde{}\\textasciicircum{}\\textbackslash{} & 1 & 3 & II dependent \\\\
      \\bottomrule
      \\end{tabular}
      \\end{table}
      """;

  @Test
  void chainWithoutNames() {
    assertEquals(CHAIN_TEX, LatexReport.of(chainModel).render());
  }

  /** The matrix limit is inclusive: 3 factors with limit 3 print everything. */
  @Test
  void aLimitEqualToTheSizeStillPrintsTheMatrices() {
    assertEquals(CHAIN_TEX, LatexReport.of(chainModel).withMatrixLimit(3).render());
  }

  /**
   * LOOP with names and a source with a line break (a space in the comment): the factor table has
   * numbers (keyed by number), labels and names, a factor without a name has an empty cell; levels
   * and MICMAC get a name column. The level and cycle counts read "1 levels", "0 transitive links".
   */
  @Test
  void loopWithNamesIsKeyedByNumber() {
    String expected = """
        % ISM analysis of my file.tsv, written by ism4j; needs \\usepackage{booktabs}
        % 2 factors, 1 level, 0 transitive links; MICMAC split rule n/2

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{Factors}
        \\label{tab:ism-factors}
        \\begin{tabular}{rll}
        \\toprule
        \\# & Label & Name \\\\
        \\midrule
        1 & Cost\\_1 & Cost \\textasciicircum{} 1\\$ \\\\
        2 & Time\\{x\\} &  \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{Structural self-interaction matrix (SSIM): row $i$, column $j$: V $i$ influences \
        $j$, A $j$ influences $i$, X both, O neither}
        \\label{tab:ism-ssim}
        \\begin{tabular}{lcc}
        \\toprule
         & 1 & 2 \\\\
        \\midrule
        1 &  & X \\\\
        2 &  &  \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{Initial reachability matrix (IRM)}
        \\label{tab:ism-irm}
        \\begin{tabular}{lcc}
        \\toprule
         & 1 & 2 \\\\
        \\midrule
        1 & 1 & 1 \\\\
        2 & 1 & 1 \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{Final reachability matrix (FRM); 1* is a transitive link, added by the full \
        transitive closure}
        \\label{tab:ism-frm}
        \\begin{tabular}{lcc}
        \\toprule
         & 1 & 2 \\\\
        \\midrule
        1 & 1 & 1 \\\\
        2 & 1 & 1 \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{Level partition, iteration 1}
        \\label{tab:ism-iteration-1}
        \\begin{tabular}{lp{0.22\\linewidth}p{0.22\\linewidth}p{0.22\\linewidth}c}
        \\toprule
        Factor & Reachability set $R(i)$ & Antecedent set $A(i)$ & Intersection $R(i) \\cap A(i)$ \
        & Level \\\\
        \\midrule
        1 & 1, 2 & 1, 2 & 1, 2 & 1 \\\\
        2 & 1, 2 & 1, 2 & 1, 2 & 1 \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{Levels (level 1 is the top of the digraph)}
        \\label{tab:ism-levels}
        \\begin{tabular}{rll}
        \\toprule
        Level & Factor & Name \\\\
        \\midrule
        1 & Cost\\_1 & Cost \\textasciicircum{} 1\\$ \\\\
         & Time\\{x\\} &  \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}
        % cycles: all 2 factors form one cycle: every factor reaches every other, so all share\
         level 1

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{MICMAC analysis, split rule n/2: a power is strong when \\textgreater{} 1 (ties\
         are \
        weak)}
        \\label{tab:ism-micmac}
        \\begin{tabular}{llrrl}
        \\toprule
        Factor & Name & Driving & Dependence & Cluster \\\\
        \\midrule
        Cost\\_1 & Cost \\textasciicircum{} 1\\$ & 2 & 2 & III linkage \\\\
        Time\\{x\\} &  & 2 & 2 & III linkage \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}
        """;
    assertEquals(expected,
        LatexReport.of(LOOP).withNames(LOOP_NAMES).withSource("my\nfile.tsv").render());
  }

  /** Without names the factor table of LOOP has only numbers and labels ("rl"). */
  @Test
  void loopWithoutNamesHasANumberedFactorTable() {
    String tex = LatexReport.of(LOOP).render();
    String expected = """
        % ISM analysis, written by ism4j; needs \\usepackage{booktabs}
        % 2 factors, 1 level, 0 transitive links; MICMAC split rule n/2

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{Factors}
        \\label{tab:ism-factors}
        \\begin{tabular}{rl}
        \\toprule
        \\# & Label \\\\
        \\midrule
        1 & Cost\\_1 \\\\
        2 & Time\\{x\\} \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}
        """;
    assertEquals(expected, tex.substring(0, expected.length()));
    String levels = tex.substring(tex.indexOf("\\caption{Levels"), tex.indexOf("% cycles"));
    assertEquals("""
        \\caption{Levels (level 1 is the top of the digraph)}
        \\label{tab:ism-levels}
        \\begin{tabular}{rp{0.7\\linewidth}}
        \\toprule
        Level & Factors \\\\
        \\midrule
        1 & Cost\\_1, Time\\{x\\} \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}
        """, levels);
  }

  /**
   * Limit 1 below the 2 factors: a note instead of the matrices and iterations, and the factor
   * table (named) without numbers, since nothing is keyed by number any more.
   */
  @Test
  void aModelAboveTheLimitGetsANoteAndAnUnnumberedFactorTable() {
    String tex = LatexReport.of(LOOP).withNames(LOOP_NAMES).withMatrixLimit(1).render();
    String expected = """
        % ISM analysis, written by ism4j; needs \\usepackage{booktabs}
        % 2 factors, 1 level, 0 transitive links; MICMAC split rule n/2

        \\begin{table}[htbp]
        \\centering
        \\small
        \\caption{Factors}
        \\label{tab:ism-factors}
        \\begin{tabular}{ll}
        \\toprule
        Label & Name \\\\
        \\midrule
        Cost\\_1 & Cost \\textasciicircum{} 1\\$ \\\\
        Time\\{x\\} &  \\\\
        \\bottomrule
        \\end{tabular}
        \\end{table}
        % not printed for 2 factors (matrices and iteration tables are printed up to 1 factors; \
        the JSON export holds the full reachability matrix)

        \\begin{table}[htbp]
        """;
    assertEquals(expected, tex.substring(0, expected.length()));
    // without names and above the limit: no factor table at all, the note comes second
    String bare = LatexReport.of(LOOP).withMatrixLimit(1).render();
    assertEquals("% not printed for 2 factors", bare.lines().skip(2).findFirst().orElseThrow()
        .substring(0, 27));
  }
}
