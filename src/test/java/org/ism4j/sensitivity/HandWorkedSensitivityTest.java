package org.ism4j.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.CellChange;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Every single change of a → b with c apart, worked by hand. Base levels: a 2, b 1, c 1.
 *
 * <pre>
 * cell (a, b) = V   A: b → a       a 2→1, b 1→2   X: a ⇄ b   a 2→1 (cycle)   O: a 2→1
 * cell (a, c) = O   V: a → c, b    nothing         A: c → a → b   c 1→3        X: a ⇄ c → b  c 1→2 (cycle)
 * cell (b, c) = O   V: a → b → c   a 2→3, b 1→2   A: c → b   c 1→2            X: b ⇄ c   nothing (cycle)
 * </pre>
 */
class HandWorkedSensitivityTest {

  private static Sensitivity sensitivity() {
    return Sensitivity.of(Ssim.builder("a", "b", "c").v("a", "b").build());
  }

  private static CellSensitivity cell(Sensitivity s, String from, String to) {
    return s.cells().stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst()
        .orElseThrow();
  }

  @Test
  void theBaseModel() {
    Sensitivity s = sensitivity();
    assertEquals(List.of(2, 1, 1), s.levels().asList());
    assertEquals(2, s.levelCount());
    assertEquals(List.of("a", "b", "c"), s.factors());
    assertEquals(3, s.cells().size());
    assertEquals(9, s.changeCount());
    assertEquals("Sensitivity[3 factors, 9 changes, 3 pivotal cells]", s.toString());
  }

  @Test
  void reversingALinkSwapsItsEnds() {
    CellSensitivity ab = cell(sensitivity(), "a", "b");
    assertEquals(Relation.V, ab.relation());
    assertEquals("a,b=V", ab.toString());
    List<Alternative> alts = ab.alternatives();
    assertEquals(List.of(Relation.A, Relation.X, Relation.O),
        alts.stream().map(Alternative::relation).toList());
    assertEquals(List.of(new Move("a", 2, 1), new Move("b", 1, 2)), alts.get(0).moves());
    assertEquals(2, alts.get(0).levelCount());
    assertFalse(alts.get(0).cyclesChanged());
    assertEquals(List.of("a"), alts.get(1).movedFactors());
    assertEquals(1, alts.get(1).levelCount());
    assertTrue(alts.get(1).cyclesChanged());
    assertEquals(1, alts.get(2).movedCount());
    assertFalse(alts.get(2).cyclesChanged());
    assertEquals(Relation.A, ab.mostMoving().relation());
    assertEquals(2, ab.maxMoved());
    assertFalse(ab.isRobust());
  }

  @Test
  void theFirstOfTiedAlternativesMovesTheMost() {
    CellSensitivity ac = cell(sensitivity(), "a", "c");
    List<Alternative> alts = ac.alternatives();
    assertEquals(List.of(), alts.get(0).moves(), "a → c: c stays on level 1");
    assertFalse(alts.get(0).changesAnything());
    assertEquals(List.of(new Move("c", 1, 3)), alts.get(1).moves());
    assertEquals(3, alts.get(1).levelCount());
    assertEquals(List.of(new Move("c", 1, 2)), alts.get(2).moves());
    assertEquals(Relation.A, ac.mostMoving().relation(), "A and X both move one factor: A first");
    assertEquals(1, ac.maxMoved());
  }

  @Test
  void aCycleWithoutAMoveStillChangesSomething() {
    CellSensitivity bc = cell(sensitivity(), "b", "c");
    Alternative x = bc.alternatives().get(2);
    assertEquals(Relation.X, x.relation());
    assertEquals(List.of(), x.moves());
    assertTrue(x.cyclesChanged());
    assertTrue(x.changesAnything());
    assertEquals(List.of(new Move("a", 2, 3), new Move("b", 1, 2)), bc.alternatives().get(0).moves());
  }

  @Test
  void pivotalCellsMostMovingFirstInInputOrderOnTies() {
    Sensitivity s = sensitivity();
    assertEquals(List.of("a,b=V", "b,c=O", "a,c=O"),
        s.pivotal().stream().map(CellSensitivity::toString).toList());
    assertEquals(List.of(), s.robust());
    // a moves under (a,b) A, X, O and (b,c) V; b under (a,b) A and (b,c) V; c under (a,c) A, X
    // and (b,c) A
    assertEquals(List.of(4, 2, 3), s.movingChanges().asList());
    assertEquals(4, s.movingChanges("a"));
  }

  @Test
  void aMoveKnowsItsShiftAndPrintsAnArrow() {
    Move m = new Move("c", 1, 3);
    assertEquals(2, m.shift());
    assertEquals(-2, new Move("c", 3, 1).shift());
    assertEquals("c 1→3", m.toString());
  }

  @Test
  void aModelGivesTheSensitivityOfItsSsim() {
    Ssim ssim = Ssim.builder("a", "b", "c").v("a", "b").build();
    Sensitivity s = Sensitivity.of(IsmAnalyzer.analyze(ssim));
    assertEquals(List.of(2, 1, 1), s.levels().asList());
    assertEquals(List.of(4, 2, 3), s.movingChanges().asList());
  }

  @Test
  void whatIfKeepsBothModelsAndTheChanges() {
    IsmModel model = IsmAnalyzer.analyze(Ssim.builder("a", "b", "c").v("a", "b").build());
    List<CellChange> drop = List.of(new CellChange("a", "b", Relation.O));
    WhatIf w = WhatIf.of(model, drop);
    assertSame(model, w.before());
    assertEquals(drop, w.changes());
    assertEquals(1, w.after().levels().levelCount(), "without a → b everything is on level 1");
    assertEquals(List.of(new Move("a", 2, 1)), w.moved());
    assertFalse(w.cyclesChanged(), "no cycle before, none after");
    WhatIf loop = WhatIf.of(model, List.of(new CellChange("a", "b", Relation.X)));
    assertTrue(loop.cyclesChanged(), "a ⇄ b is a new cycle");
  }
}
