package org.ism4j.testing;

import static org.ism4j.testing.IsmAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.level.PartitionDirection;
import org.ism4j.micmac.Cluster;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Assertion messages whose choices PIT found untested (issue 15), on one model worked by hand:
 * A → C, B → C, D alone (n = 4).
 *
 * <p>Result-first: C and D on level 1, A and B on level 2; the longest chains down are A → C and
 * B → C, so "a longest chain" is the first of them in input order, A → C. Cause-first: iteration 1
 * takes A, B and D (A(i) = {i}), iteration 2 takes C; numbered from the top, C is on level 1 of 2
 * and the longest chain into C, first in input order, is again A → C.
 *
 * <p>MICMAC, n/2 = 2 with a strict {@code >}: A has driving power 2 (A, C) and dependence power 1,
 * so it is weak on both: autonomous.
 */
class HandWorkedAssertionMessagesTest {
  private static final Ssim SSIM = Ssim.builder("A", "B", "C", "D").v("A", "C").v("B", "C").build();
  // built for every test, not once in a static field, so that PIT's mutants reach it
  private final IsmModel fixture = IsmAnalyzer.analyze(SSIM);

  @Test
  void aLongestChainIsTheFirstInInputOrder() {
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat(fixture).hasLevelCount(3));
    assertEquals("expected 3 levels, but there are 2: a longest chain is A \u2192 C", e.getMessage());
  }

  @Test
  void theCauseFirstChainIntoAFactorIsTheFirstInInputOrder() {
    IsmModel causeFirst = IsmAnalyzer.analyze(SSIM,
        IsmOptions.defaults().withPartitionDirection(PartitionDirection.CAUSE_FIRST));
    assertThat(causeFirst).hasLevel("C", 1);
    AssertionError e = assertThrows(AssertionError.class, () -> assertThat(causeFirst).hasLevel("C", 2));
    assertTrue(e.getMessage().startsWith("expected C on level 2, but it is on level 1 (cause-first): "
        + "the longest chain into it, A \u2192 C, spans 2 levels of 2"), e.getMessage());
  }

  @Test
  void levelOneIsAValidExpectationAndZeroIsNot() {
    assertThat(fixture.levels()).hasLevel("C", 1).hasLevel("D", 1).hasLevel("A", 2);
    assertEquals("a level is at least 1, was 0", assertThrows(IllegalArgumentException.class,
        () -> assertThat(fixture.levels()).hasLevel("C", 0)).getMessage());
  }

  @Test
  void aPowerEqualToTheThresholdIsWeak() {
    assertThat(fixture).hasCluster("A", Cluster.AUTONOMOUS);
    AssertionError e = assertThrows(AssertionError.class,
        () -> assertThat(fixture).hasCluster("A", Cluster.INDEPENDENT));
    assertEquals("expected A in cluster independent, but it is autonomous: driving power "
        + "2 \u2264 2 (weak), dependence power 1 \u2264 2 (weak), split rule n/2", e.getMessage());
  }
}
