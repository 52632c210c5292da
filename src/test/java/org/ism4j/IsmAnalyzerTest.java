package org.ism4j;

import org.ism4j.internal.Access;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ism4j.level.Iteration;
import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Cluster;
import org.ism4j.micmac.SplitRule;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

class IsmAnalyzerTest {

  @Test
  void chainOfFourNeedsTwoStepsOfTransitivityAndGetsFourLevels() {
    // A → B → C → D: a one-pass "transitivity check" would miss A → D (it needs two intermediate steps)
    Ssim ssim = Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build();
    IsmModel m = IsmAnalyzer.analyze(ssim);
    ReachabilityMatrix frm = m.finalReachability();
    assertTrue(frm.reaches("A", "D"));
    assertTrue(frm.isTransitiveLink("A", "D"));
    assertTrue(frm.isTransitiveLink("A", "C"));
    assertFalse(frm.isTransitiveLink("A", "B"), "a direct link is not a transitive link");
    assertFalse(frm.reaches("D", "A"));
    assertEquals("1*", frm.cell(0, 3));
    assertEquals("1", frm.cell(0, 1));
    assertEquals("0", frm.cell(3, 0));
    assertEquals(3, frm.transitiveLinks().size()); // A→C, A→D, B→D
    assertEquals(List.of(Set.of("D"), Set.of("C"), Set.of("B"), Set.of("A")), m.levels().levels());
    assertEquals(4, m.levels().levelOf("A"));
  }

  @Test
  void aCycleSharesOneLevelAndItsSuccessorSitsAbove() {
    // B ⇄ C (X), A → B, C → D
    Ssim ssim = Ssim.builder("A", "B", "C", "D").v("A", "B").x("B", "C").v("C", "D").build();
    LevelPartition p = IsmAnalyzer.level(ssim);
    assertEquals(List.of(Set.of("D"), Set.of("B", "C"), Set.of("A")), p.levels());
    assertEquals(List.of("B", "C"), new ArrayList<>(p.levels().get(1)), "input order inside a level");
  }

  @Test
  void isolatedFactorsAreOnLevelOneAndAutonomous() {
    Ssim ssim = Ssim.builder("A", "B", "C", "Lone").v("A", "B").v("B", "C").build();
    IsmModel m = IsmAnalyzer.analyze(ssim);
    assertEquals(1, m.levels().levelOf("Lone"));
    assertEquals(1, m.micmac().drivingPower("Lone"));
    assertEquals(1, m.micmac().dependencePower("Lone"));
    assertEquals(Cluster.AUTONOMOUS, m.micmac().cluster("Lone"));
  }

  @Test
  void aSingleFactorIsOneLevelOfOne() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("Only").build());
    assertEquals(List.of(Set.of("Only")), m.levels().levels());
    assertEquals(1, m.micmac().drivingPower("Only"));
    assertEquals(1, m.levels().iterations().size());
  }

  @Test
  void noFactorsGiveNoLevels() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder(List.of()).build());
    assertEquals(List.of(), m.levels().levels());
    assertEquals(0, Access.condensation(m.finalReachability()).componentCount());
  }

  @Test
  void micmacOfAChainWithALoneFactorUnderEachSplitRule() {
    // A → B → C and D alone: driving A3 B2 C1 D1, dependence A1 B2 C3 D1 (each counting itself)
    Ssim ssim = Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").build();
    IsmModel half = IsmAnalyzer.analyze(ssim);
    assertEquals(SplitRule.HALF_N, half.micmac().splitRule());
    assertEquals(2.0, half.micmac().drivingThreshold());
    // n/2 = 2, strict: A (3, 1) independent; B (2, 2) tie is weak: autonomous; C (1, 3) dependent
    assertEquals(List.of(Cluster.INDEPENDENT, Cluster.AUTONOMOUS, Cluster.DEPENDENT, Cluster.AUTONOMOUS),
        half.micmac().clusters());
    IsmModel mean = IsmAnalyzer.analyze(ssim, IsmOptions.defaults().withSplitRule(SplitRule.MEAN));
    // mean driving = 7/4 = 1.75: A and B strong; mean dependence 1.75: B and C strong
    assertEquals(List.of(Cluster.INDEPENDENT, Cluster.LINKAGE, Cluster.DEPENDENT, Cluster.AUTONOMOUS),
        mean.micmac().clusters());
    IsmModel median = IsmAnalyzer.analyze(ssim, IsmOptions.defaults().withSplitRule(SplitRule.MEDIAN));
    // median driving of {1,1,2,3} = 1.5: A and B strong; dependence {1,1,2,3} = 1.5: B and C strong
    assertEquals(1.5, median.micmac().drivingThreshold());
    assertEquals(mean.micmac().clusters(), median.micmac().clusters());
  }

  @Test
  void iterationTablesPrintSetsIncludingTheFactorItself() {
    Ssim ssim = Ssim.builder("A", "B", "C").v("A", "B").x("B", "C").build();
    List<Iteration> its = IsmAnalyzer.level(ssim).iterations();
    assertEquals(2, its.size());
    Iteration first = its.get(0);
    Iteration.Row a = first.rows().get(0);
    assertEquals(List.of("A", "B", "C"), a.reachabilitySet());
    assertEquals(List.of("A"), a.antecedentSet());
    assertEquals(List.of("A"), a.intersection());
    assertFalse(a.isAssigned());
    Iteration.Row b = first.rows().get(1);
    assertEquals(List.of("B", "C"), b.reachabilitySet());
    assertEquals(List.of("A", "B", "C"), b.antecedentSet());
    assertEquals(List.of("B", "C"), b.intersection());
    assertEquals(1, b.level().getAsInt());
    assertEquals(List.of("B", "C"), first.assigned());
    assertEquals(1, its.get(1).rows().size(), "only A is left in iteration 2");
    assertEquals(List.of("A"), its.get(1).rows().get(0).reachabilitySet());
  }

  @Test
  void relationsReadBothWays() {
    Ssim ssim = Ssim.builder("A", "B").a("A", "B").build();
    assertEquals(Relation.A, ssim.relation("A", "B"));
    assertEquals(Relation.V, ssim.relation("B", "A"));
    assertTrue(ReachabilityMatrix.initial(ssim).reaches("B", "A"));
    assertFalse(ReachabilityMatrix.initial(ssim).reaches("A", "B"));
  }

  @Test
  void aModelOverTheFactorLimitIsRefusedWithTheLimitNamed() {
    Ssim ssim = Ssim.builder("A", "B", "C").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IsmAnalyzer.analyze(ssim, IsmOptions.defaults().withMaxFactors(2)));
    assertEquals("3 factors exceed the limit of 2 (raise it with IsmOptions.withMaxFactors)", e.getMessage());
  }

  @Test
  void levelHonoursTheFactorLimitOfItsOptions() {
    Ssim ssim = Ssim.builder("A", "B", "C").v("A", "B").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IsmAnalyzer.level(ssim, IsmOptions.defaults().withMaxFactors(2)));
    assertEquals("3 factors exceed the limit of 2 (raise it with IsmOptions.withMaxFactors)", e.getMessage());
    assertEquals(2, IsmAnalyzer.level(ssim, IsmOptions.defaults().withMaxFactors(3)).levelOf("A"));
  }

  @Test
  void unknownLabelsAreNamed() {
    Ssim ssim = Ssim.builder("A", "B").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IsmAnalyzer.level(ssim).levelOf("Z"));
    assertEquals("unknown factor 'Z' (closest: A, B)", e.getMessage());
  }

  /** The stack of {@link #onASmallStack}: far too small for one frame per factor of a long chain. */
  static final long SMALL_STACK = 256 * 1024;

  @Test
  void aChainOf20000FactorsNeedsNoDeepStack() throws Throwable {
    int n = 20_000;
    // the proof is only as good as the stack is small: recursion as deep as the chain must fail on it
    assertTrue(onASmallStack(() -> recurse(n)) instanceof StackOverflowError,
        "a " + SMALL_STACK / 1024 + " KB stack holds " + n + " recursive calls: the test proves nothing");
    Throwable failure = onASmallStack(() -> checkChain(n));
    if (failure != null) {
      throw failure;
    }
  }

  /** Analyses a chain of n factors and checks what follows from its shape. */
  static void checkChain(int n) {
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      b.set(i, i);
      if (i + 1 < n) {
        b.set(i, i + 1);
      }
    }
    ReachabilityMatrix irm = Access.make(ReachabilityMatrix.class, Labels.numbered(n), b.build());
    IsmModel m = IsmAnalyzer.analyze(irm, IsmOptions.defaults().withMaxFactors(n));
    assertEquals(n, m.levels().levelCount());
    assertEquals(n, m.levels().levelOf(0), "the first factor drives the whole chain: bottom level");
    assertEquals(1, m.levels().levelOf(n - 1));
    assertEquals(n, m.micmac().drivingPower(0));
    assertEquals(n, m.micmac().dependencePower(n - 1));
    assertTrue(m.finalReachability().reaches(0, n - 1));
    assertFalse(m.finalReachability().reaches(n - 1, 0));
    assertEquals(n - 1, m.digraph().skeletonEdges().size());
  }

  /**
   * Runs {@code r} in a thread with a {@link #SMALL_STACK} (a recursive algorithm over a long chain
   * overflows it) and returns what it threw, or null.
   */
  static Throwable onASmallStack(Runnable r) throws InterruptedException {
    Throwable[] thrown = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        r.run();
      } catch (Throwable e) {
        thrown[0] = e;
      }
    }, "small-stack", SMALL_STACK);
    t.start();
    t.join();
    return thrown[0];
  }

  private static int recurse(int depth) {
    return depth == 0 ? 0 : 1 + recurse(depth - 1);
  }
}
