package org.ism4j.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.CellChange;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/** Sensitivity and what-if on models worked by hand. */
class SensitivityTest {
  /** A → B → C → D: levels D 1, C 2, B 3, A 4. */
  private static Ssim chain() {
    return Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build();
  }

  /** A → B → C → A: one cycle, one level. */
  private static Ssim cycle() {
    return Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").a("A", "C").build();
  }

  @Test
  void everyLinkOfAChainIsPivotal() {
    Sensitivity s = Sensitivity.of(chain());
    assertEquals(6, s.cells().size());
    assertEquals(18, s.changeCount());
    for (CellSensitivity c : s.cells()) {
      if (c.relation() == Relation.V) {
        assertTrue(s.pivotal().contains(c), c + " is pivotal");
      }
    }
    // dropping B → C cuts the chain in two: A 2, B 1; C and D stay
    CellSensitivity bc = cell(s, "B", "C");
    Alternative drop = alternative(bc, Relation.O);
    assertEquals(List.of(new Move("A", 4, 2), new Move("B", 3, 1)), drop.moves());
    assertEquals(2, drop.levelCount());
    assertFalse(drop.cyclesChanged());
    // reversing it (C → B) makes A → B and C → B → ... no: A → B, C → B, C → D
    Alternative x = alternative(bc, Relation.X);
    assertTrue(x.cyclesChanged(), "B ⇄ C forms a cycle");
    assertEquals(List.of("A", "B"), x.movedFactors());
  }

  @Test
  void theChainLinksMoveTheMostAndTheFirstLinkMovesOnlyItsTail() {
    Sensitivity s = Sensitivity.of(chain());
    CellSensitivity first = s.pivotal().get(0);
    assertTrue(first.maxMoved() >= 3, first + " moves " + first.maxMoved());
    Alternative dropAb = alternative(cell(s, "A", "B"), Relation.O);
    assertEquals(List.of(new Move("A", 4, 1)), dropAb.moves());
  }

  @Test
  void oneLinkRemovedBreaksTheCycle() {
    Sensitivity s = Sensitivity.of(cycle());
    Alternative dropAb = alternative(cell(s, "A", "B"), Relation.O);
    assertTrue(dropAb.cyclesChanged());
    // B → C → A: A 1, C 2, B 3
    assertEquals(List.of(new Move("B", 1, 3), new Move("C", 1, 2)), dropAb.moves());
    assertEquals(3, dropAb.levelCount());
    // adding the reverse link keeps the cycle and every level
    Alternative both = alternative(cell(s, "A", "B"), Relation.X);
    assertFalse(both.changesAnything());
    assertEquals(0, s.robust().size(), "every link of a 3-cycle breaks it");
  }

  @Test
  void firmnessCountsTheChangesThatMoveAFactor() {
    Sensitivity s = Sensitivity.of(cycle());
    int total = 0;
    for (CellSensitivity c : s.cells()) {
      for (Alternative a : c.alternatives()) {
        total += a.movedCount();
      }
    }
    int sum = 0;
    for (String f : s.factors()) {
      sum += s.movingChanges(f);
    }
    assertEquals(total, sum);
    assertThrows(IllegalArgumentException.class, () -> s.movingChanges("Z"));
  }

  @Test
  void aCellBetweenUnrelatedFactorsAboveEverythingIsRobust() {
    // A and B both reach C; whatever A,B is, A and B stay above C on level 2
    Ssim ssim = Ssim.builder("A", "B", "C").v("A", "C").v("B", "C").build();
    Sensitivity s = Sensitivity.of(ssim);
    CellSensitivity ab = cell(s, "A", "B");
    assertFalse(ab.isRobust(), "A → B puts A on level 3");
    assertEquals(List.of(), s.robust());
  }

  @Test
  void whatIfReportsTheLevelsBeforeAndAfter() {
    IsmModel m = IsmAnalyzer.analyze(cycle());
    WhatIf w = WhatIf.of(m, List.of(CellChange.parse("A,B=O", m.labels())));
    assertEquals(1, w.levelsBefore().levelCount());
    assertEquals(3, w.levelsAfter().levelCount());
    assertEquals(List.of(new Move("B", 1, 3), new Move("C", 1, 2)), w.moved());
    assertTrue(w.cyclesChanged());
  }

  @Test
  void aChangeReadFromTheLaterFactorIsMirrored() {
    IsmModel m = IsmAnalyzer.analyze(chain());
    IsmModel w = m.with(List.of(new CellChange("B", "A", Relation.V)));
    assertEquals(Relation.A, w.ssim().relation("A", "B"));
    assertEquals(Relation.V, m.ssim().relation("A", "B"), "the model itself is unchanged");
  }

  @Test
  void changesAreParsedAgainstTheLabels() {
    Labels labels = Labels.of("a,b", "c", "d");
    assertEquals(new CellChange("a,b", "c", Relation.X), CellChange.parse("a,b , c = x", labels));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CellChange.parse("c,e=V", labels));
    assertTrue(e.getMessage().startsWith("unknown factor 'e'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CellChange.parse("c,d=Q", labels));
    assertEquals("'c,d=Q': expected FROM,TO=R with R one of V, A, X or O", e.getMessage());
  }

  @Test
  void noSingleJudgementOfBanking17BreaksItsSeventeenFactorCycle() throws IOException {
    Sensitivity s = Sensitivity.of(Ssim.parse(Path.of("examples", "banking-17", "ssim.tsv")));
    assertEquals(17 * 16 / 2, s.cells().size());
    assertEquals(1, s.levelCount());
    assertEquals(List.of(), s.pivotal());
    assertEquals(s.cells(), s.robust());
    for (CellSensitivity c : s.cells()) {
      for (Alternative a : c.alternatives()) {
        assertFalse(a.cyclesChanged(), c + " -> " + a.relation());
      }
    }
    for (String f : s.factors()) {
      assertEquals(0, s.movingChanges(f));
    }
  }

  private static CellSensitivity cell(Sensitivity s, String from, String to) {
    return s.cells().stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst()
        .orElseThrow();
  }

  private static Alternative alternative(CellSensitivity c, Relation r) {
    return c.alternatives().stream().filter(a -> a.relation() == r).findFirst().orElseThrow();
  }
}
