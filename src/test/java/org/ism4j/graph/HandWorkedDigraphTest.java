package org.ism4j.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ism4j.level.LevelPartition;
import org.ism4j.micmac.Micmac;
import org.ism4j.micmac.SplitRule;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/** The printed forms of the digraph of a → b → c, whose skeleton is a → b and b → c. */
class HandWorkedDigraphTest {

  @Test
  void theDigraphPrintsItsCountsAndANodeItsName() {
    Ssim chain = Ssim.builder("a", "b", "c").v("a", "b").v("b", "c").build();
    ReachabilityMatrix frm = ReachabilityMatrix.initial(chain).closure();
    LayeredDigraph d = LayeredDigraph.of(frm, LevelPartition.of(frm),
        Micmac.of(frm, SplitRule.HALF_N), LayeredDigraph.Options.defaults());
    assertEquals("LayeredDigraph[3 nodes, 3 levels, 2 skeleton edges]", d.toString());
    assertEquals("a", d.nodeOf("a").toString());
  }
}
