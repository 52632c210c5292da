package org.ism4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ism4j.Examples;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables for a paper: booktabs, captions, labels to \ref, escaped labels; compiled when pdflatex is there. */
class LatexReportTest {
  @TempDir
  Path dir;

  private static final Ssim SPECIAL = Ssim.builder("R&D", "50%", "a_b", "{x}", "$", "#1", "~^\\")
      .v("R&D", "50%").x("50%", "a_b").a("{x}", "a_b").v("$", "#1").v("#1", "~^\\").v("a_b", "$").build();

  @Test
  void everyTableHasACaptionAndALabel() {
    String tex = LatexReport.of(IsmAnalyzer.analyze(SPECIAL)).render();
    for (String label : new String[] {"ssim", "irm", "frm", "iteration-1", "levels", "micmac"}) {
      assertTrue(tex.contains("\\label{tab:ism-" + label + "}"), label);
    }
    int tables = tex.split("\\\\begin\\{table\\}", -1).length - 1;
    assertEquals(tables, tex.split("\\\\caption\\{", -1).length - 1);
    assertEquals(tables, tex.split("\\\\toprule", -1).length - 1);
  }

  @Test
  void labelsAreEscaped() {
    assertEquals("R\\&D 50\\% a\\_b \\{x\\} \\$ \\#1 \\textasciitilde{}\\textasciicircum{}\\textbackslash{}",
        Escape.latex("R&D 50% a_b {x} $ #1 ~^\\"));
    String tex = LatexReport.of(IsmAnalyzer.analyze(SPECIAL)).render();
    assertTrue(tex.contains("1 & R\\&D & "), tex);
  }

  @Test
  void theFrmMarksTransitiveLinks() {
    String tex = LatexReport.of(IsmAnalyzer.analyze(Examples.load("banking-17").ssim())).render();
    String frm = tex.substring(tex.indexOf("\\label{tab:ism-frm}"), tex.indexOf("\\label{tab:ism-iteration-1}"));
    assertTrue(frm.contains("1*"), frm);
  }

  @Test
  void compilesWithPdflatex() throws IOException, InterruptedException {
    Assumptions.assumeTrue(onPath("pdflatex"), "pdflatex is not installed: the LaTeX output was not compiled");
    IsmModel m = IsmAnalyzer.analyze(SPECIAL);
    Files.writeString(dir.resolve("tables.tex"), LatexReport.of(m).render(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("paper.tex"), "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n"
        + "\\usepackage{booktabs}\n\\begin{document}\nSee Table~\\ref{tab:ism-frm}.\n\\input{tables}\n"
        + "\\end{document}\n", StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "paper.tex")
        .directory(dir.toFile()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdflatex timed out");
    assertEquals(0, p.exitValue(), log);
    assertTrue(Files.size(dir.resolve("paper.pdf")) > 0);
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
