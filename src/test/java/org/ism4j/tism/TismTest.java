package org.ism4j.tism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.ism4j.ssim.SsimFormatException;
import org.junit.jupiter.api.Test;

/** The hand-worked five-factor TISM of examples/tism-5 (see its NOTES.md), and the table errors. */
class TismTest {
  static final Path DIR = Path.of("examples/tism-5");

  static IsmModel model() throws IOException {
    return IsmAnalyzer.analyze(Ssim.parse(DIR.resolve("ssim.tsv")));
  }

  static Tism tism() throws IOException {
    IsmModel m = model();
    return Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations(DIR.resolve("interpretations.tsv")),
        InterpretationTable.parseSignificance(DIR.resolve("significant.tsv")));
  }

  private static TismLink direct(String from, String to, String why) {
    return new TismLink(from, to, TismLink.Kind.DIRECT, why, List.of(), true);
  }

  private static TismLink transitive(String from, String to, String why, boolean kept, String... via) {
    return new TismLink(from, to, TismLink.Kind.TRANSITIVE, why, List.of(via), kept);
  }

  @Test
  void everyLinkHasItsKindInterpretationShortestPathAndSignificance() throws IOException {
    Tism t = tism();
    assertEquals(List.of(
        direct("Leadership", "Training", "leaders fund and schedule training"),
        transitive("Leadership", "Skills", "leaders also coach directly", true, "Training"),
        transitive("Leadership", "Quality", "", false, "Training", "Skills"),
        direct("Training", "Skills", "courses build skills"),
        transitive("Training", "Quality", "trained staff follow the quality procedures", true, "Skills"),
        direct("Skills", "Quality", "skilled staff make fewer errors"),
        direct("Budget", "Skills", ""),
        transitive("Budget", "Quality", "", false, "Skills")), t.links());
    assertEquals("[[Quality], [Skills], [Training, Budget], [Leadership]]", t.levels().toString());
    assertEquals(List.of("direct link Budget → Skills has no interpretation"), t.warnings());
    assertEquals(4, t.transitiveLinks().size());
    assertEquals(6, t.keptLinks().size());
  }

  @Test
  void theInterpretiveMatrixHoldsInterpretationsAndViaForKeptTransitiveLinks() throws IOException {
    Tism t = tism();
    List<List<String>> matrix = new ArrayList<>();
    for (String from : t.labels()) {
      List<String> row = new ArrayList<>();
      for (String to : t.labels()) {
        row.add(t.cell(from, to));
      }
      matrix.add(row);
    }
    assertEquals(List.of(
        List.of("", "leaders fund and schedule training", "via Training", "", ""),
        List.of("", "", "courses build skills", "via Skills", ""),
        List.of("", "", "", "skilled staff make fewer errors", ""),
        List.of("", "", "", "", ""),
        List.of("", "", "", "", "")), matrix);
  }

  @Test
  void withoutASignificanceTableNoTransitiveLinkIsKept() throws IOException {
    IsmModel m = model();
    Tism t = Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations(DIR.resolve("interpretations.tsv")), null);
    assertEquals(4, t.keptLinks().size());
    assertEquals("", t.cell("Leadership", "Skills"));
  }

  private static String error(String interpretations, String significance) throws IOException {
    IsmModel m = model();
    SsimFormatException e = assertThrows(SsimFormatException.class, () -> Tism.of(
        m.initialReachability(), m.levels(), InterpretationTable.parseInterpretations(interpretations),
        significance == null ? null : InterpretationTable.parseSignificance(significance)));
    return e.getMessage();
  }

  @Test
  void anInterpretationOfANonLinkIsAnErrorAtItsLine() throws IOException {
    assertEquals("line 3, column 1: Leadership → Quality is not a direct link but a transitive one "
        + "(give it in the significance table)",
        error("from\tto\tinterpretation\nLeadership\tTraining\tx\nLeadership\tQuality\ty\n", null));
    assertEquals("line 1, column 1: Quality → Leadership is not a direct link (the SSIM does not say "
        + "Quality influences Leadership)", error("Quality\tLeadership\ty\n", null));
    assertEquals("line 2, column 1: unknown factor 'Leadrship' (closest: Leadership, Budget, Quality, …)",
        error("Training\tSkills\tx\nLeadrship\tTraining\ty\n", null));
    assertEquals("line 2, column 1: link Training → Skills is listed twice (first on line 1)",
        error("Training\tSkills\tx\nTraining\tSkills\ty\n", null));
    assertEquals("line 1, column 2: expected from, to and interpretation (tab-separated), found 1 cell",
        error("Training\n", null));
  }

  @Test
  void aSignificanceRowMustBeATransitiveLink() throws IOException {
    assertEquals("line 1, column 1: Training → Skills is not a transitive link but a direct one "
        + "(interpret it in the interpretation table)", error("", "Training\tSkills\tyes\tx\n"));
    assertEquals("line 1, column 1: Quality → Budget is not a transitive link",
        error("", "Quality\tBudget\tno\t\n"));
    assertEquals("line 1, column 3: cannot read 'maybe' as significant (expected yes or no)",
        error("", "Leadership\tSkills\tmaybe\tx\n"));
  }
}
