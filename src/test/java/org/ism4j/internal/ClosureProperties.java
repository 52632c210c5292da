package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Adjacency;
import org.ism4j.Matrices;
import org.ism4j.Reference;

/** The fast closure, the bit-Warshall and the condensation against the boolean textbook reference. */
class ClosureProperties {

  @Provide
  Arbitrary<Adjacency> models() {
    return Matrices.digraphs(0, 70, 30);
  }

  @Provide
  Arbitrary<Adjacency> wide() {
    return Matrices.random(0, 140, 10);
  }

  @Property(tries = 400)
  void fastClosureEqualsTextbookWarshall(@ForAll("models") Adjacency a) {
    assertArrayEquals(Reference.closure(a.matrix()),
        TransitiveClosure.of(BitMatrix.of(a.matrix())).toBooleanArray());
  }

  @Property(tries = 200)
  void bitWarshallEqualsTextbookWarshall(@ForAll("wide") Adjacency a) {
    assertArrayEquals(Reference.closure(a.matrix()),
        TransitiveClosure.warshall(BitMatrix.of(a.matrix())).toBooleanArray());
  }

  @Property(tries = 300)
  void componentsAreExactlyTheMutuallyReachableFactors(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    int n = m.length;
    int[] expected = Reference.components(m);
    boolean[][] dag = Reference.condensation(m, expected);
    Condensation c = Condensation.of(BitMatrix.of(m));
    assertEquals(Reference.componentCount(expected), c.componentCount());
    for (int i = 0; i < n; i++) {
      assertEquals(expected[i], c.componentOf(i), "component of " + i);
    }
    for (int comp = 0; comp < c.componentCount(); comp++) {
      int component = comp;
      int[] members = IntStream.range(0, n).filter(i -> expected[i] == component).toArray();
      assertArrayEquals(members, c.members(comp), "members of " + comp);
      assertEquals(members[0], c.firstMember(comp));
      assertEquals(members.length > 1, c.isCycle(comp), "cycle " + comp);
    }
    // successors are exactly the component edges, in topological order, and edges go forward
    for (int comp = 0; comp < c.componentCount(); comp++) {
      boolean[] actual = new boolean[c.componentCount()];
      int previousRank = -1;
      for (int d : c.successors(comp)) {
        actual[d] = true;
        assertTrue(c.topologicalRank(d) > c.topologicalRank(comp), "edge goes forward");
        assertTrue(c.topologicalRank(d) > previousRank, "successors sorted topologically");
        previousRank = c.topologicalRank(d);
      }
      assertArrayEquals(dag[comp], actual, "successors of " + comp);
    }
  }

  @Property(tries = 300)
  void componentPowersEqualRowAndColumnSums(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
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
