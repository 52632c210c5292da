package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ism4j.Reference;

/** The fast closure, the bit-Warshall and the condensation against the boolean textbook reference. */
class ClosureProperties {

  @Property(tries = 400)
  void fastClosureEqualsTextbookWarshall(@ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @DoubleRange(min = 0, max = 0.3) double p, @ForAll long seed, @ForAll boolean acyclic) {
    boolean[][] m = acyclic ? Reference.randomDag(n, p, seed) : Reference.randomDigraph(n, p, seed);
    boolean[][] expected = Reference.closure(m);
    assertArrayEquals(expected, TransitiveClosure.of(BitMatrix.of(m)).toBooleanArray());
  }

  @Property(tries = 200)
  void bitWarshallEqualsTextbookWarshall(@ForAll @IntRange(min = 0, max = 140) int n,
      @ForAll @DoubleRange(min = 0, max = 0.1) double p, @ForAll long seed) {
    boolean[][] m = Reference.randomDigraph(n, p, seed);
    assertArrayEquals(Reference.closure(m), TransitiveClosure.warshall(BitMatrix.of(m)).toBooleanArray());
  }

  @Property(tries = 300)
  void componentsAreExactlyTheMutuallyReachableFactors(@ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @DoubleRange(min = 0, max = 0.2) double p, @ForAll long seed) {
    boolean[][] m = Reference.randomDigraph(n, p, seed);
    boolean[][] r = Reference.closure(m);
    Condensation c = Condensation.of(BitMatrix.of(m));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertEquals(r[i][j] && r[j][i], c.componentOf(i) == c.componentOf(j), i + "," + j);
      }
    }
    // numbered by first member, members ascending
    int expectedNext = 0;
    for (int i = 0; i < n; i++) {
      int comp = c.componentOf(i);
      if (comp == expectedNext) {
        assertEquals(i, c.firstMember(comp));
        expectedNext++;
      }
      assertTrue(comp < expectedNext, "component numbers follow first members");
    }
    // successors are exactly the component edges, in topological order, and edges go forward
    for (int comp = 0; comp < c.componentCount(); comp++) {
      boolean[] expected = new boolean[c.componentCount()];
      for (int u : c.members(comp)) {
        for (int v = 0; v < n; v++) {
          if (m[u][v] && c.componentOf(v) != comp) {
            expected[c.componentOf(v)] = true;
          }
        }
      }
      boolean[] actual = new boolean[c.componentCount()];
      int previousRank = -1;
      for (int d : c.successors(comp)) {
        actual[d] = true;
        assertTrue(c.topologicalRank(d) > c.topologicalRank(comp), "edge goes forward");
        assertTrue(c.topologicalRank(d) > previousRank, "successors sorted topologically");
        previousRank = c.topologicalRank(d);
      }
      assertArrayEquals(expected, actual);
    }
  }

  @Property(tries = 300)
  void componentPowersEqualRowAndColumnSums(@ForAll @IntRange(min = 0, max = 80) int n,
      @ForAll @DoubleRange(min = 0, max = 0.2) double p, @ForAll long seed) {
    boolean[][] m = Reference.randomDigraph(n, p, seed);
    boolean[][] r = Reference.closure(m);
    Condensation c = Condensation.of(BitMatrix.of(m));
    Powers powers = Powers.of(c, TransitiveClosure.of(c));
    assertArrayEquals(Reference.rowSums(r), powers.driving());
    assertArrayEquals(Reference.columnSums(r), powers.dependence());
    Powers plain = Powers.of(BitMatrix.of(r));
    assertArrayEquals(Reference.rowSums(r), plain.driving());
    assertArrayEquals(Reference.columnSums(r), plain.dependence());
  }
}
