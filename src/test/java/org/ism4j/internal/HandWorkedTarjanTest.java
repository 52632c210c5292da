package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Tarjan's searches worked by hand, as {@link Tarjan} documents them.
 *
 * <p>Adjacency lists: a budget of n × wordsFor(n) × 2 ints (4 bytes an int, so exactly the 8 bytes
 * a word of the bit rows); more off-diagonal links than that and the lists are declined (null).
 * From n = 256 on, 64 sample rows (row s·n/64 for s = 0..63) are counted first and the lists
 * declined when (sampled × n / 64) &gt; 2 × budget.
 *
 * <p>Components are numbered in the order Tarjan finishes them: a depth-first search from each
 * unvisited factor in index order, targets in index order. From {@link Tarjan#PEEL_MIN} = 128
 * factors the bit-row search first tries the peel: F = what 0 reaches (breadth-first), C = the
 * factors of F that reach 0 (passes over F in breadth-first order, at most 4, the last of them one
 * that changes nothing); when F and C each hold at least half the factors, F \ C is numbered first
 * by Tarjan over F \ C alone in index order, then C, then the rest in index order. Otherwise plain
 * Tarjan. Plain Tarjan and the peel can number the same components differently: that difference is
 * what shows which path ran. Every matrix is built afresh in each test.
 */
class HandWorkedTarjanTest {

  /** Tarjan over adjacency lists of the matrix, which must fit in them. */
  private static int[] listComponents(BitMatrix m) {
    int[][] lists = Tarjan.adjacency(m);
    assertNotNull(lists);
    return Tarjan.components(m.size(), lists[0], lists[1]);
  }

  /** Sets the first {@code count} off-diagonal bits of row i, in column order. */
  private static void fillRow(BitMatrix.Builder b, int i, int count) {
    int set = 0;
    for (int j = 0; set < count; j++) {
      if (j != i) {
        b.set(i, j);
        set++;
      }
    }
  }

  /** The component numbers expected: {@code rest} for every factor but those given in pairs. */
  private static int[] expected(int n, int rest, int... factorAndComponent) {
    int[] comp = new int[n];
    Arrays.fill(comp, rest);
    for (int p = 0; p < factorAndComponent.length; p += 2) {
      comp[factorAndComponent[p]] = factorAndComponent[p + 1];
    }
    return comp;
  }

  @Test
  void adjacencyListsHoldTheOffDiagonalBitsRowByRow() {
    // row 0: 0, 1, 2 (0 is the diagonal, dropped); row 1: only the diagonal; row 2: 0
    BitMatrix m = BitMatrix.builder(3).set(0, 0).set(0, 2).set(0, 1).set(1, 1).set(2, 0).build();
    int[][] lists = Tarjan.adjacency(m);
    assertNotNull(lists);
    // start: row 0 at 0 with 2 targets, row 1 at 2 with none, row 2 at 2 with one: 3 in all
    assertArrayEquals(new int[] {0, 2, 2, 3}, lists[0]);
    assertArrayEquals(new int[] {1, 2, 0}, Arrays.copyOf(lists[1], 3));
  }

  @Test
  void sixtyFourFactorsTakeAtMost128Targets() {
    // budget = 64 × 1 word × 2 = 128 ints = 512 bytes = the 64 rows of one 8-byte word
    BitMatrix.Builder fits = BitMatrix.builder(64);
    fillRow(fits, 0, 63);
    fillRow(fits, 1, 63);
    fillRow(fits, 2, 2); // 63 + 63 + 2 = 128
    int[][] lists = Tarjan.adjacency(fits.build());
    assertNotNull(lists);
    assertEquals(128, lists[0][64]);
    assertEquals(126, lists[0][2]); // row 2 starts after 63 + 63
    assertEquals(0, lists[1][63]); // row 1's first target: column 0
    assertEquals(2, lists[1][64]); // row 1's second: column 2 (1 is its diagonal)

    BitMatrix.Builder over = BitMatrix.builder(64);
    fillRow(over, 0, 63);
    fillRow(over, 1, 63);
    fillRow(over, 2, 3); // 129 > 128
    assertNull(Tarjan.adjacency(over.build()));
  }

  @Test
  void twoWordsAFactorDoubleTheBudget() {
    // n = 128: budget = 128 × 2 words × 2 = 512 ints; 4 full rows of 127 = 508, then row 4
    BitMatrix.Builder fits = BitMatrix.builder(128);
    for (int i = 0; i < 4; i++) {
      fillRow(fits, i, 127);
    }
    fillRow(fits, 4, 4); // 508 + 4 = 512
    int[][] lists = Tarjan.adjacency(fits.build());
    assertNotNull(lists);
    assertEquals(512, lists[0][128]);
    assertEquals(508, lists[0][4]);

    BitMatrix.Builder over = BitMatrix.builder(128);
    for (int i = 0; i < 4; i++) {
      fillRow(over, i, 127);
    }
    fillRow(over, 4, 5); // 513 > 512
    assertNull(Tarjan.adjacency(over.build()));
  }

  /**
   * n = 256: words 4, budget 256 × 4 × 2 = 2048 ints, so 2 × budget = 4096; the sample rows are
   * s × 256 / 64 = 4s. Rows 0, 4, 8, 12 full (255 off-diagonal bits each, 1020) and 4 bits in row
   * 16: sampled 1024, estimate 1024 × 256 / 64 = 4096, not above 4096, so the 1024 links are
   * listed. With 5 bits in row 16: 1025 × 4 = 4100 &gt; 4096, declined, although 1025 links
   * would fit in 2048. Below 256 factors there is no sample: at 255 the same 1025 links are
   * listed.
   */
  @Test
  void from256FactorsSixtyFourSampleRowsDecide() {
    BitMatrix.Builder fits = BitMatrix.builder(256);
    for (int r = 0; r < 16; r += 4) {
      fillRow(fits, r, 255);
    }
    fillRow(fits, 16, 4);
    int[][] lists = Tarjan.adjacency(fits.build());
    assertNotNull(lists);
    assertEquals(1024, lists[0][256]);

    BitMatrix.Builder sampledOver = BitMatrix.builder(256);
    for (int r = 0; r < 16; r += 4) {
      fillRow(sampledOver, r, 255);
    }
    fillRow(sampledOver, 16, 5);
    assertNull(Tarjan.adjacency(sampledOver.build()));

    // n = 255: words 4, budget 255 × 4 × 2 = 2040 ≥ 4 × 254 + 9 = 1025, and no sample
    BitMatrix.Builder small = BitMatrix.builder(255);
    for (int r = 0; r < 16; r += 4) {
      fillRow(small, r, 254);
    }
    fillRow(small, 16, 9);
    lists = Tarjan.adjacency(small.build());
    assertNotNull(lists);
    assertEquals(1025, lists[0][255]);
  }

  /**
   * The sample rows are spread: at n = 256 they are 0, 4, …, 252. 1025 bits in rows 1, 2, 3, 5
   * (255 each) and 5 in row 6 are never sampled: estimate 0, and the 1025 links fit in 2048.
   */
  @Test
  void onlyTheSampleRowsAreCounted() {
    BitMatrix.Builder b = BitMatrix.builder(256);
    fillRow(b, 1, 255);
    fillRow(b, 2, 255);
    fillRow(b, 3, 255);
    fillRow(b, 5, 255);
    fillRow(b, 6, 5);
    int[][] lists = Tarjan.adjacency(b.build());
    assertNotNull(lists);
    assertEquals(1025, lists[0][256]);
  }

  /**
   * 0 ⇄ 1, 1 → 2, 2 → 4, 0 → 3, 3 → 4, 4 ⇄ 5. Search from 0: 0's targets 1, 3; 1 (0 on the stack:
   * low 0) then 2, 2 → 4 → 5, 5 → 4 on the stack: 5's low 3 (4's index), so 4 is a root: {4, 5}
   * first (0). Back to 2, a root: {2} (1). Back to 1 (low 0), back to 0, then 3: its target 4 is
   * finished, which does not lower 3's low, so {3} (2); then {0, 1} (3).
   */
  @Test
  void componentsAreNumberedInTheOrderTarjanFinishesThem() {
    BitMatrix m = BitMatrix.builder(6).set(0, 1).set(1, 0).set(1, 2).set(2, 4).set(0, 3)
        .set(3, 4).set(4, 5).set(5, 4).build();
    int[] want = {3, 3, 1, 2, 0, 0};
    assertArrayEquals(want, listComponents(m));
    assertArrayEquals(want, Tarjan.components(m));
  }

  /**
   * A finished factor does not lower a low-link even when it is the first one finished (component
   * 0): 0 → 1 (a sink, finished first as 0), 0 → 2, 2 → 1. Then 2 is a root, {2} is 1, {0} is 2.
   */
  @Test
  void aLinkIntoTheFirstFinishedComponentKeepsTheComponentsApart() {
    BitMatrix m = BitMatrix.builder(3).set(0, 1).set(0, 2).set(2, 1).build();
    assertArrayEquals(new int[] {2, 0, 1}, listComponents(m));
    assertArrayEquals(new int[] {2, 0, 1}, Tarjan.components(m));
  }

  /**
   * G1, 128 factors: 0 → 3..127, each of 3..127 → 0, 3 → 2, 4 → 1; 1 and 2 are sinks. Plain
   * Tarjan (the lists: 125 + 125 + 2 = 252 ≤ 512 links): 0 → 3 → 2 finishes {2} first (0), then
   * 0 → 4 → 1 finishes {1} (1), then C = {0, 3..127} (2). The peel: F = 0, then 3..127 (126), then
   * 3's 2 (127) and 4's 1 (128 = n, stop); queue 0, 3..127, 2, 1. Pass 0: 3..127 meet C = {0} and
   * join, 2 and 1 do not; pass 1 changes nothing. |F| = 128 and |C| = 126 are at least 64. F \ C =
   * {1, 2} in index order: {1} is 0, {2} is 1; then C is 2. Nothing is left outside F.
   */
  @Test
  void thePeelNumbersWhatLiesBelowTheGiantComponentInIndexOrder() {
    BitMatrix m = giant(128, 127);
    assertArrayEquals(expected(128, 2, 1, 1, 2, 0), listComponents(m));
    assertArrayEquals(expected(128, 2, 1, 0, 2, 1), Tarjan.components(m));
  }

  /** G1 on factors 0..n−1: 0 → 3..last and back, 3 → 2, 4 → 1; the rest isolated. */
  private static BitMatrix giant(int n, int last) {
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 3; i <= last; i++) {
      b.set(0, i).set(i, 0);
    }
    b.set(3, 2).set(4, 1);
    return b.build();
  }

  /**
   * 0 → 3..65 and back, 3 → 2, 4 → 1, 66..127 isolated (n = 128). F = {0, 1, 2, 3..65}: 66 ≥ 64;
   * C = {0, 3..65}: 64, exactly half, still peeled: {1} 0, {2} 1, C 2, then 66..127 one each in
   * index order, 3..64. With C = {0, 3..64} (63 &lt; half) the peel declines and plain Tarjan runs:
   * {2} 0, {1} 1, C 2, then 65..127 as 3..65.
   */
  @Test
  void aComponentOfExactlyHalfTheFactorsIsPeeled() {
    int[] peeled = expected(128, 2, 1, 0, 2, 1);
    for (int i = 66; i < 128; i++) {
      peeled[i] = i - 63; // 66 → 3, …, 127 → 64
    }
    assertArrayEquals(peeled, Tarjan.components(giant(128, 65)));

    int[] plain = expected(128, 2, 1, 1, 2, 0);
    for (int i = 65; i < 128; i++) {
      plain[i] = i - 62; // 65 → 3, …, 127 → 65
    }
    assertArrayEquals(plain, Tarjan.components(giant(128, 64)));
  }

  /**
   * G1 with the links back to 0 from 125 and 126 replaced by a chain 125 → 126 → 127 → 0. Queue
   * order 3..127, 2, 1: pass 0 lets 3..124 and 127 join (126 comes before 127), pass 1 lets 126
   * join, pass 2 125, pass 3 changes nothing: four passes, peeled ({1} 0, {2} 1, C 2). With 124 →
   * 125 instead of 124 → 0 too, 124 joins only in pass 3 and a fifth pass would be needed:
   * declined, and plain Tarjan numbers {2} 0, {1} 1, C 2.
   */
  @Test
  void thePeelGivesUpAfterFourBackwardPasses() {
    assertArrayEquals(expected(128, 2, 1, 0, 2, 1), Tarjan.components(chained(124)));
    assertArrayEquals(expected(128, 2, 1, 1, 2, 0), Tarjan.components(chained(123)));
  }

  /** 0 → 3..127; 3..last → 0, last + 1 → last + 2 → … → 127 → 0; 3 → 2, 4 → 1. */
  private static BitMatrix chained(int last) {
    BitMatrix.Builder b = BitMatrix.builder(128);
    for (int i = 3; i < 128; i++) {
      b.set(0, i);
    }
    for (int i = 3; i <= last; i++) {
      b.set(i, 0);
    }
    for (int i = last + 1; i < 127; i++) {
      b.set(i, i + 1);
    }
    b.set(127, 0).set(3, 2).set(4, 1);
    return b.build();
  }

  /**
   * Below {@link Tarjan#PEEL_MIN}: G1 on 127 factors (0 → 3..126 and back, 3 → 2, 4 → 1) is plain
   * Tarjan over the bit rows: {2} 0, {1} 1, C 2.
   */
  @Test
  void below128FactorsThereIsNoPeel() {
    assertArrayEquals(expected(127, 2, 1, 1, 2, 0), Tarjan.components(giant(127, 126)));
  }
}
