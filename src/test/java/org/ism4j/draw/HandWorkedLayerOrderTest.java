package org.ism4j.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ism4j.IsmAnalyzer;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.Node;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The rows of {@link LayerOrder} for two tiny digraphs, worked by hand: components (vertices) are
 * numbered by input position, level l is row l − 1, each row starts in vertex order, a barycenter
 * key is (mean neighbour position + 0.5) × row size / other row size − 0.5, and the order with the
 * fewest crossings is kept; then each weakly connected part is kept together, parts by their mean
 * relative position (pos + 0.5) / row size.
 */
class HandWorkedLayerOrderTest {
  private static LayerOrder order(LayeredDigraph d) {
    List<Node> nodes = d.nodes();
    double[] widths = new double[nodes.size()];
    Arrays.fill(widths, 50);
    LayerOrder o = new LayerOrder(d, nodes, widths, level -> level - 1);
    o.order();
    return o;
  }

  @Test
  void twoCrossedEdgesAreUncrossedByTheFirstBarycenterSweep() {
    // A → D, B → C: A (0), B (1) on level 2; C (2), D (3) on level 1. Rows [C, D] over [A, B]:
    // C(0) → B(1) and D(1) → A(0) cross once. Down sweep: A's key (1 + 0.5) × 2 / 2 − 0.5 = 1,
    // B's (0 + 0.5) × 2 / 2 − 0.5 = 0: [B, A], no crossing. Parts {B, C} (B at 0.5 / 2, C at
    // 0.5 / 2: mean 0.25) and {A, D} (mean 0.75); the union of C with B leaves B (1) the root of
    // the first, of D with A leaves A (0) the root of the second.
    LayerOrder o = order(IsmAnalyzer.analyze(
        Ssim.builder("A", "B", "C", "D").v("A", "D").v("B", "C").build()).digraph());
    assertEquals(List.of(List.of(2, 3), List.of(1, 0)), o.rows);
    assertEquals(0, o.dummyCount);
    assertArrayEquals(new int[] {0, 1, 1, 0}, o.partOf);
    assertEquals(List.of(1, 0), o.partOrder);
    List<String> chains = new ArrayList<>();
    for (int[] c : o.chains) {
      chains.add(Arrays.toString(c));
    }
    assertEquals(List.of("[0, 3]", "[1, 2]"), chains);
  }

  @Test
  void aLongEdgeGetsADummyThatTheSweepMovesUnderItsTarget() {
    // A → B → D and A → C: C (2), D (3) level 1, B (1) level 2, A (0) level 3. A → C spans two
    // rows: dummy 4 on row 1. Rows [C, D], [B, 4], [A]: C(0) → 4(1) and D(1) → B(0) cross.
    // Down sweep: B's key (1 + 0.5) × 2 / 2 − 0.5 = 1, the dummy's 0: [4, B]; A's (0.5 + 0.5) ×
    // 1 / 2 − 0.5 = 0. No crossing left. One part; its root is A (0).
    LayerOrder o = order(IsmAnalyzer.analyze(
        Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "D").v("A", "C").build()).digraph());
    assertEquals(List.of(List.of(2, 3), List.of(4, 1), List.of(0)), o.rows);
    assertEquals(1, o.dummyCount);
    assertEquals(5, o.boxCount + o.dummyCount);
    // rows of A, B, C, D, then the dummy
    assertEquals(List.of(2, 1, 0, 0, 1), o.layerOf);
    assertEquals(6.0, o.widthOf.get(4)); // DigraphLayout.DUMMY_WIDTH 6
    assertEquals(50.0, o.widthOf.get(0));
    assertEquals(List.of(4, 1), List.of(o.down.get(2).get(0), o.down.get(3).get(0)));
    assertEquals(List.of(2), o.up.get(4));
    assertEquals(List.of(0), o.down.get(4));
    assertArrayEquals(new int[] {0, 0, 0, 0, 0}, o.partOf);
    assertEquals(List.of(0), o.partOrder);
    List<String> chains = new ArrayList<>();
    for (int[] c : o.chains) {
      chains.add(Arrays.toString(c));
    }
    assertEquals(List.of("[0, 1]", "[0, 4, 2]", "[1, 3]"), chains);
  }
}
