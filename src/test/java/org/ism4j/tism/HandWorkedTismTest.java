package org.ism4j.tism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.ism4j.IsmModel;
import org.ism4j.ssim.SsimFormatException;
import org.junit.jupiter.api.Test;

/**
 * The edges of the examples/tism-5 TISM that {@link TismTest} leaves out: self links, absent
 * links, the words of the table and the significance values. The model: Leadership → Training →
 * Skills → Quality and Budget → Skills.
 */
class HandWorkedTismTest {

  private static Tism tism(String interpretations, String significance) throws IOException {
    IsmModel m = TismTest.model();
    return Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations(interpretations),
        significance == null ? null : InterpretationTable.parseSignificance(significance));
  }

  @Test
  void aPairThatIsNoLinkHasNoTismLink() throws IOException {
    Tism t = TismTest.tism();
    assertNull(t.link("Quality", "Leadership"));
    assertNull(t.link("Skills", "Skills"), "a factor is no link of its own");
    assertEquals("", t.cell("Quality", "Leadership"));
    assertEquals("Tism[5 factors, 8 links]", t.toString());
    assertEquals(t.levels(), t.partition().levels());
    assertThrows(IllegalArgumentException.class, () -> t.link("Nobody", "Skills"));
    assertThrows(IllegalArgumentException.class, () -> t.link("Skills", "Nobody"));
  }

  @Test
  void kindsHaveLowerCaseNames() {
    assertEquals("direct", TismLink.Kind.DIRECT.label());
    assertEquals("transitive", TismLink.Kind.TRANSITIVE.label());
    assertTrue(new TismLink("a", "b", TismLink.Kind.DIRECT, "", List.of(), true).isDirect());
    assertFalse(new TismLink("a", "b", TismLink.Kind.TRANSITIVE, "", List.of(), true).isDirect());
  }

  @Test
  void aSelfLinkIsNeitherDirectNorTransitive() throws IOException {
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> tism("Skills\tSkills\tx\n", null));
    assertEquals("line 1, column 1: Skills → Skills is not a direct link (the SSIM does not say "
        + "Skills influences Skills)", e.getMessage());
    e = assertThrows(SsimFormatException.class, () -> tism("", "Skills\tSkills\tyes\tx\n"));
    assertEquals("line 1, column 1: Skills → Skills is not a transitive link", e.getMessage());
  }

  @Test
  void anEmptyInterpretationOfADirectLinkIsAWarning() throws IOException {
    Tism t = tism("Training\tSkills\t\n", null);
    assertEquals(List.of(
        "direct link Leadership → Training has no interpretation",
        "direct link Training → Skills has no interpretation",
        "direct link Skills → Quality has no interpretation",
        "direct link Budget → Skills has no interpretation"), t.warnings());
    assertEquals("", t.link("Training", "Skills").interpretation());
  }

  @Test
  void significanceWordsAndAnInterpretationSpreadOverCells() throws IOException {
    Tism t = tism("", "Leadership\tSkills\ty\tcoaching\tdirect\n"
        + "Training\tQuality\t1\n"
        + "Leadership\tQuality\tsignificant\n"
        + "Budget\tQuality\tn\tbudget pays\n");
    assertTrue(t.link("Leadership", "Skills").significant());
    assertEquals("coaching, direct", t.link("Leadership", "Skills").interpretation());
    assertTrue(t.link("Training", "Quality").significant());
    assertEquals("", t.link("Training", "Quality").interpretation());
    assertTrue(t.link("Leadership", "Quality").significant());
    assertFalse(t.link("Budget", "Quality").significant());
    assertEquals("via Training, Skills", t.cell("Leadership", "Quality"));
    assertEquals("", t.cell("Budget", "Quality"), "not kept");
  }

  @Test
  void aShortSignificanceRowNamesTheFourColumns() {
    SsimFormatException e = assertThrows(SsimFormatException.class,
        () -> InterpretationTable.parseSignificance("Leadership\tSkills\n"));
    assertEquals("line 1, column 3: expected from, to, significant and interpretation "
        + "(tab-separated), found 2 cells", e.getMessage());
  }

  @Test
  void theTransitiveLinksAreTheFourTheClosureAdds() throws IOException {
    assertEquals(List.of("Leadership → Skills", "Leadership → Quality", "Training → Quality",
        "Budget → Quality"), TismTest.tism().transitiveLinks().stream()
            .map(l -> l.from() + " → " + l.to()).toList());
  }

  @Test
  void aTwoColumnHeaderIsAHeaderToo() {
    List<InterpretationTable.Row> rows =
        InterpretationTable.parseInterpretations("from\tto\nTraining\tSkills\n").rows();
    assertEquals(1, rows.size());
    assertEquals("Training", rows.get(0).from());
    assertEquals("", rows.get(0).interpretation());
  }
}
