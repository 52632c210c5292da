package org.ism4j.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ism4j.Matrices;
import org.ism4j.ssim.Link;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The chain a → b → c worked by hand: its IRM has 5 ones, its FRM 6, and the one cell the closure
 * adds, (a, c), is the transitive link printed 1*.
 */
class HandWorkedReachabilityTest {

  private static Ssim chain() {
    return Ssim.builder("a", "b", "c").v("a", "b").v("b", "c").build();
  }

  @Test
  void theClosureAddsExactlyTheTransitiveLink() {
    ReachabilityMatrix irm = ReachabilityMatrix.initial(chain());
    ReachabilityMatrix frm = irm.closure();
    assertFalse(irm.isFinal());
    assertTrue(frm.isFinal());
    assertSame(frm, frm.closure(), "an FRM is its own closure");
    assertSame(frm, irm.closure(), "the closure is kept");
    assertEquals(Optional.of(irm), frm.initial());
    assertEquals(Optional.empty(), irm.initial());
    assertEquals(5, irm.ones());
    assertEquals(6, frm.ones());
    assertFalse(irm.reaches(0, 2));
    assertTrue(frm.reaches(0, 2));
    assertTrue(frm.reaches("a", "c"));
    assertFalse(frm.reaches("c", "a"));
    assertTrue(frm.isTransitiveLink(0, 2));
    assertTrue(frm.isTransitiveLink("a", "c"));
    assertFalse(frm.isTransitiveLink("a", "b"), "a direct link");
    assertFalse(frm.isTransitiveLink("c", "a"), "no link at all");
    assertFalse(irm.isTransitiveLink("a", "c"), "an IRM has no transitive links");
    assertEquals(List.of(new Link("a", "c")), frm.transitiveLinks());
    assertEquals(List.of(), irm.transitiveLinks());
    List<String> visited = new ArrayList<>();
    frm.forEachTransitiveLink((from, to) -> visited.add(from + "," + to));
    irm.forEachTransitiveLink((from, to) -> visited.add("irm " + from + "," + to));
    assertEquals(List.of("0,2"), visited);
  }

  @Test
  void cellsPrintOneStarForTransitiveLinks() {
    ReachabilityMatrix frm = ReachabilityMatrix.initial(chain()).closure();
    assertEquals("1*", frm.cell(0, 2));
    assertEquals("1", frm.cell(0, 1));
    assertEquals("1", frm.cell(1, 1));
    assertEquals("0", frm.cell(2, 0));
    assertEquals("111", frm.rowString(0));
    assertEquals("001", frm.rowString(2));
    assertEquals("111\n011\n001\n", frm.toString());
  }

  @Test
  void setsIncludeTheFactorItself() {
    ReachabilityMatrix frm = ReachabilityMatrix.initial(chain()).closure();
    assertEquals(List.of("a", "b", "c"), frm.reachabilitySet(0));
    assertEquals(List.of("c"), frm.reachabilitySet(2));
    assertEquals(List.of("a"), frm.antecedentSet(0));
    assertEquals(List.of("a", "b", "c"), frm.antecedentSet(2));
    assertEquals(List.of("a", "b"), frm.antecedentSet(1));
  }

  @Test
  void closednessIsAboutTheCellsNotTheOrigin() {
    ReachabilityMatrix open = ReachabilityMatrix.initial(chain());
    assertFalse(open.isTransitivelyClosed());
    assertTrue(open.closure().isTransitivelyClosed());
    Ssim closed = Ssim.builder("a", "b", "c").v("a", "b").v("b", "c").v("a", "c").build();
    ReachabilityMatrix irm = ReachabilityMatrix.initial(closed);
    assertTrue(irm.isTransitivelyClosed(), "an IRM that happens to be closed");
    assertFalse(irm.isFinal());
    assertEquals(List.of(), irm.closure().transitiveLinks());
  }

  @Test
  void equalityIsLabelsAndCells() {
    ReachabilityMatrix irm = ReachabilityMatrix.initial(chain());
    ReachabilityMatrix same = ReachabilityMatrix.initial(chain());
    assertEquals(irm, same);
    assertEquals(irm.hashCode(), same.hashCode());
    assertNotEquals(irm, irm.closure(), "one more cell");
    assertNotEquals(irm, ReachabilityMatrix.initial(
        Ssim.builder("a", "b", "d").v("a", "b").v("b", "d").build()), "other labels");
    assertNotEquals(irm, (Object) "111\n011\n001\n");
    boolean[][] m = {{true, true, false}, {false, true, true}, {false, false, true}};
    assertEquals(irm.closure().rowString(0), Matrices.irm(m).closure().rowString(0));
  }

  @Test
  void theSsimOfAMatrixReadsBackItsCells() {
    ReachabilityMatrix frm = ReachabilityMatrix.initial(chain()).closure();
    Ssim s = frm.toSsim();
    assertEquals(Relation.V, s.relation("a", "c"));
    assertEquals(Relation.V, s.relation("a", "b"));
    assertEquals(chain(), ReachabilityMatrix.initial(chain()).toSsim());
  }

  @Test
  void largeMatricesPrintOnlyTheirSize() {
    ReachabilityMatrix big = Matrices.irm(new boolean[65][65]);
    assertEquals("ReachabilityMatrix[65 factors]", big.toString());
    ReachabilityMatrix edge = Matrices.irm(new boolean[64][64]);
    assertEquals(64 * 65, edge.toString().length(), "64 rows of 64 digits and a newline");
  }
}
