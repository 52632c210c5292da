package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Closures worked by hand: every factor reaches itself and whatever it reaches in any number of
 * steps. The case here is a cyclic input (so the component path, not the acyclic search) with rows
 * of 512 / 64 = 8 words, at least {@link TransitiveClosure#PICK_MIN_WORDS}, so successors are
 * picked before they are OR-ed; one factor has more successors than the 16 picks first allowed.
 */
class HandWorkedTransitiveClosureTest {

  /**
   * 512 factors: 0 → 1..20, each of 1..20 a sink, and the cycle 30 ⇄ 31. Closure: row 0 is
   * {0, 1, …, 20}; 30 and 31 reach {30, 31} and share one row array (one component); every other
   * factor reaches only itself. 0's 20 successor rows hold nothing of each other, so all 20 are
   * picked.
   */
  @Test
  void twentySuccessorsPickedAtWideRows() {
    BitMatrix.Builder in = BitMatrix.builder(512);
    for (int j = 1; j <= 20; j++) {
      in.set(0, j);
    }
    in.set(30, 31).set(31, 30);
    BitMatrix m = in.build();

    BitMatrix.Builder want = BitMatrix.builder(512);
    for (int i = 0; i < 512; i++) {
      want.set(i, i);
    }
    for (int j = 1; j <= 20; j++) {
      want.set(0, j);
    }
    want.set(30, 31).set(31, 30);
    BitMatrix expected = want.build();

    BitMatrix closure = TransitiveClosure.of(m);
    assertEquals(expected, closure);
    assertSame(closure.rows[30], closure.rows[31]);
    assertEquals(21, closure.rowCardinality(0));
    assertEquals(expected, TransitiveClosure.warshall(m));
  }
}
