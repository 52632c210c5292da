package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Ssim;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

/**
 * The facade's factor limit on every entry point and its printed forms, found untested by PIT
 * (issue 15).
 */
class HandWorkedFacadeTest {
  private static final String OVER_TWO =
      "3 factors exceed the limit of 2 (raise it with IsmOptions.withMaxFactors)";

  @Test
  void everyEntryPointWithAMatrixHonoursTheFactorLimit() {
    ReachabilityMatrix irm = ReachabilityMatrix.initial(Ssim.builder("A", "B", "C").v("A", "B").build());
    IsmOptions two = IsmOptions.defaults().withMaxFactors(2);
    assertEquals(OVER_TWO, assertThrows(IllegalArgumentException.class,
        () -> IsmAnalyzer.analyze(irm, two)).getMessage());
    assertEquals(OVER_TWO, assertThrows(IllegalArgumentException.class,
        () -> IsmAnalyzer.level(irm, two)).getMessage());
    // at the limit itself the model is accepted
    IsmOptions three = IsmOptions.defaults().withMaxFactors(3);
    assertEquals(3, IsmAnalyzer.analyze(irm, three).size());
    assertEquals(2, IsmAnalyzer.level(irm, three).levelOf("A"));
  }

  /**
   * An FRM given as input is analysed as an IRM that is already closed: the model's IRM is no FRM,
   * but holds the transitive link A → C of the chain A → B → C as a direct one.
   */
  @Test
  void aFinalMatrixIsAnalysedAsAClosedInitialOne() {
    ReachabilityMatrix frm = ReachabilityMatrix.initial(
        Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").build()).closure();
    IsmModel m = IsmAnalyzer.analyze(frm, IsmOptions.defaults());
    assertFalse(m.initialReachability().isFinal());
    assertTrue(m.initialReachability().reaches("A", "C"));
    assertTrue(m.finalReachability().isFinal());
    assertEquals(3, m.levels().levelCount());
  }

  /** A graph has no options: the default limit of 20,000 factors applies. */
  @Test
  void aGraphOverTheDefaultLimitIsRefused() {
    Graph<Integer, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (int v = 0; v <= IsmOptions.DEFAULT_MAX_FACTORS; v++) {
      g.addVertex(v);
    }
    assertEquals("20001 factors exceed the limit of 20000 (raise it with IsmOptions.withMaxFactors)",
        assertThrows(IllegalArgumentException.class, () -> IsmAnalyzer.level(g)).getMessage());
  }

  /** A ⇄ B, both → C: one cycle, C on level 1 and the cycle on level 2. */
  @Test
  void theModelAndOptionsPrintTheirCounts() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C").x("A", "B").v("B", "C").build());
    assertEquals("IsmModel[3 factors, 1 cycles, 2 levels]", m.toString());
    assertEquals("IsmOptions[splitRule=n/2, maxFactors=20000, partition=result-first]",
        IsmOptions.defaults().toString());
  }

  @Test
  void anExampleKnowsItsName() {
    Examples.Example e = Examples.load(Examples.KUMAR_2014);
    assertEquals("kumar-2014", e.name());
    assertEquals("Example[kumar-2014]", e.toString());
  }
}
