package org.ism4j.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.ism4j.IsmAnalyzer;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The x-coordinates of {@link XPlacement} for boxes 50 wide (GAP 28 between boxes, so centres of
 * neighbours in a row are 50 + 28 = 78 apart), worked by hand: each row starts packed and centred
 * on the widest row, then each box moves to the median x of its neighbours (weight 1, or 0.2 for a
 * box with no neighbour, which keeps its place) under the no-overlap order, by pooling adjacent
 * violators; then parts are packed left to right.
 */
class HandWorkedXPlacementTest {
  private static final double EPS = 1e-9;

  private static LayerOrder order(LayeredDigraph d) {
    double[] widths = new double[d.nodes().size()];
    Arrays.fill(widths, 50);
    LayerOrder o = new LayerOrder(d, d.nodes(), widths, level -> level - 1);
    o.order();
    return o;
  }

  @Test
  void aParentSitsCentredOverItsTwoChildren() {
    // A → C, B → C: rows [C] over [A, B]. Widest row 50 + 78 = 128: A at 25, B at 103; C at
    // (128 − 50) / 2 + 25 = 64, the median of 25 and 103. A and B both aim at 64: targets 64 and
    // 64 − 78 = −14 pool to 25: nothing moves.
    LayerOrder o = order(IsmAnalyzer.analyze(
        Ssim.builder("A", "B", "C").v("A", "C").v("B", "C").build()).digraph());
    assertEquals(List.of(List.of(2), List.of(0, 1)), o.rows);
    assertArrayEquals(new double[] {25, 103, 64}, XPlacement.place(o), EPS);
  }

  @Test
  void aLoneBoxFollowsItsRowButKeepsItsDistance() {
    // B → C, A alone: A and C on level 1, B on level 2. Parts: {B, C} (C at 1.5 / 2, B at
    // 0.5 / 1: mean 0.625, root B) and {A} (alone: last), so row 0 is [C, A].
    // Start: C 25, A 25 + 78 = 103; B (128 − 50) / 2 + 25 = 64. Row 0: C aims at B (64, weight
    // 1), A at itself (103 − 78 = 25 after its offset, weight 0.2): pooled (64 + 0.2 × 25) / 1.2
    // = 57.5, so C 57.5 and A 135.5; row 1: B under C at 57.5. Then nothing moves, and the part
    // {A} packs against C at exactly 57.5 + 78.
    LayerOrder o = order(IsmAnalyzer.analyze(
        Ssim.builder("A", "B", "C").v("B", "C").build()).digraph());
    assertEquals(List.of(List.of(2, 0), List.of(1)), o.rows);
    assertArrayEquals(new int[] {0, 1, 1}, o.partOf);
    assertEquals(List.of(1, 0), o.partOrder);
    assertArrayEquals(new double[] {135.5, 57.5, 57.5}, XPlacement.place(o), EPS);
  }

  @Test
  void aLoneBoxPulledIntoItsRowPoolsWithTheTwoPartsBeforeIt() {
    // A → C, B → D, E alone: C, D, E on level 1 (row 0), A, B on level 2. No crossing, so no
    // sweep; parts {A, C} (root A: C at 0.5 / 3, A at 0.5 / 2, mean 5/24), {B, D} (root B, mean
    // (1.5 / 3 + 1.5 / 2) / 2 = 5/8), {E} (alone: last).
    // Start: row 0 packed 50 + 78 + 78 = 206 wide: C 25, D 103, E 181; row 1 (206 − 128) / 2 = 39
    // in: A 64, B 142. Pass down, row 0: targets C 64 (A), D 142 − 78 = 64 (B), E (no neighbour:
    // itself, weight 0.2) 181 − 156 = 25. E pools with D: (64 + 0.2 × 25) / 1.2 = 57.5 (weight
    // 1.2), that with C: (64 + 1.2 × 57.5) / 2.2 = 133 / 2.2 = 665/11. So C 665/11, D 665/11 +
    // 78, E 665/11 + 156; row 1 under them: A 665/11, B 665/11 + 78. Every target is now met, so
    // nothing moves again, and each part packs against the one before it at exactly 78.
    LayerOrder o = order(IsmAnalyzer.analyze(
        Ssim.builder("A", "B", "C", "D", "E").v("A", "C").v("B", "D").build()).digraph());
    assertEquals(List.of(List.of(2, 3, 4), List.of(0, 1)), o.rows);
    assertArrayEquals(new int[] {0, 1, 0, 1, 4}, o.partOf);
    assertEquals(List.of(0, 1, 4), o.partOrder);
    double c = 665.0 / 11;
    assertArrayEquals(new double[] {c, c + 78, c, c + 78, c + 156}, XPlacement.place(o), EPS);
  }
}
