package org.ism4j.level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.ism4j.Matrices;
import org.ism4j.reach.ReachabilityMatrix;
import org.junit.jupiter.api.Test;

/**
 * Small partitions worked by hand, for what the properties never reach: a textbook iteration that
 * gets stuck (a matrix that is not transitively closed), the printed forms, and the direction names.
 */
class HandWorkedPartitionTest {

  /** 1 → 2 → 3 → 1 without the closure: every R(i) = {i, i+1}, A(i) = {i, i-1}, so no rule holds. */
  private static boolean[][] openCycle() {
    boolean[][] m = new boolean[3][3];
    m[0][1] = true;
    m[1][2] = true;
    m[2][0] = true;
    return m;
  }

  @Test
  void anOpenCycleStopsTheTextbookPartitionAtTheFirstIteration() {
    TextbookPartition t = TextbookPartition.of(Matrices.irm(openCycle()));
    assertFalse(t.isComplete());
    assertEquals(1, t.iterations().size(), "an iteration that assigns nothing is the last");
    assertEquals(List.of(), t.iterations().get(0).assigned());
    for (int i = 0; i < 3; i++) {
      assertEquals(0, t.levelOf(i), "factor " + (i + 1) + " stays unassigned");
    }
    Iteration.Row first = t.iterations().get(0).rows().get(0);
    assertEquals(List.of("1", "2"), first.reachabilitySet());
    assertEquals(List.of("1", "3"), first.antecedentSet());
    assertEquals(List.of("1"), first.intersection());
    assertFalse(first.isAssigned());
    assertEquals(OptionalInt.empty(), first.level());
  }

  @Test
  void aClosedModelIsCompleteWithEveryLevelPositive() {
    // 1 → 2 → 3, closed: levels 3, 2, 1 from the top
    boolean[][] m = new boolean[3][3];
    m[0][1] = true;
    m[1][2] = true;
    m[0][2] = true;
    TextbookPartition t = TextbookPartition.of(Matrices.irm(m));
    assertTrue(t.isComplete());
    assertEquals(3, t.levelOf(0));
    assertEquals(2, t.levelOf(1));
    assertEquals(1, t.levelOf(2));
    assertEquals(OptionalInt.of(1), t.iterations().get(0).rows().get(2).level());
  }

  @Test
  void causeFirstStuckAfterOneIterationNumbersOnlyWhatItAssigned() {
    // factor 4 → 1, and 1 → 2 → 3 → 1 left open. Cause-first (R ∩ A = A): iteration 1 assigns
    // factor 4 alone (A(4) = {4}); iteration 2 assigns nothing. One complete iteration: factor 4 is
    // on level 1 of 1, the open cycle stays at 0.
    boolean[][] m = new boolean[4][4];
    m[0][1] = true;
    m[1][2] = true;
    m[2][0] = true;
    m[3][0] = true;
    TextbookPartition t = TextbookPartition.of(Matrices.irm(m), PartitionDirection.CAUSE_FIRST);
    assertFalse(t.isComplete());
    assertEquals(2, t.iterations().size());
    assertEquals(1, t.levelOf(3));
    for (int i = 0; i < 3; i++) {
      assertEquals(0, t.levelOf(i), "factor " + (i + 1) + " stays unassigned");
    }
    Iteration first = t.iterations().get(0);
    assertEquals(1, first.number());
    assertEquals(1, first.level());
    assertEquals(List.of("4"), first.assigned());
    assertEquals(OptionalInt.of(1), first.rows().get(3).level());
    Iteration second = t.iterations().get(1);
    assertEquals(2, second.number());
    assertEquals(List.of(), second.assigned());
    for (Iteration.Row r : second.rows()) {
      assertEquals(OptionalInt.empty(), r.level(), r.factor());
    }
  }

  @Test
  void causeFirstCompleteNumbersLevelsFromTheTop() {
    // 1 → 2 → 3 closed: cause-first assigns 1 first (the source), which is the bottom level 3
    boolean[][] m = new boolean[3][3];
    m[0][1] = true;
    m[1][2] = true;
    m[0][2] = true;
    TextbookPartition t = TextbookPartition.of(Matrices.irm(m), PartitionDirection.CAUSE_FIRST);
    assertTrue(t.isComplete());
    assertEquals(3, t.levelOf(0));
    assertEquals(1, t.levelOf(2));
    assertEquals(3, t.iterations().get(0).level());
    assertEquals(OptionalInt.of(3), t.iterations().get(0).rows().get(0).level());
  }

  @Test
  void printedFormsNameLevelsAndSets() {
    boolean[][] m = new boolean[2][2];
    m[0][1] = true;
    ReachabilityMatrix irm = Matrices.irm(m);
    LevelPartition p = LevelPartition.of(irm);
    assertEquals("level 1: [2]\nlevel 2: [1]\n", p.toString());
    assertEquals(2, p.levelOf("1"));
    assertEquals(1, p.levelOf("2"));
    Iteration it = p.iterations().get(0);
    assertTrue(it.toString().startsWith("Iteration 1 "), it.toString());
    assertEquals("2 R=[2] A=[1, 2] R∩A=[2] level 1", it.rows().get(1).toString());
    assertEquals("1 R=[1, 2] A=[1] R∩A=[1]", it.rows().get(0).toString());
    AdversarialPartition a = AdversarialPartition.of(irm);
    assertEquals("AdversarialPartition[2 levels, movable []]", a.toString());
  }

  @Test
  void directionsParseTheirLabelsInAnyCaseAndWithUnderscores() {
    assertEquals(PartitionDirection.RESULT_FIRST, PartitionDirection.parse(" Result-First "));
    assertEquals(PartitionDirection.CAUSE_FIRST, PartitionDirection.parse("CAUSE_FIRST"));
    assertEquals("result-first", PartitionDirection.RESULT_FIRST.label());
    assertEquals("cause-first", PartitionDirection.CAUSE_FIRST.label());
    assertEquals("R(i) ∩ A(i) = R(i)", PartitionDirection.RESULT_FIRST.rule());
    assertEquals("R(i) ∩ A(i) = A(i)", PartitionDirection.CAUSE_FIRST.rule());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartitionDirection.parse("top-down"));
    assertEquals("unknown partition direction 'top-down' (expected result-first or cause-first)",
        e.getMessage());
  }
}
