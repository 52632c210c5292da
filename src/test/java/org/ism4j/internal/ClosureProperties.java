package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

  /**
   * 128 to 260 factors (the size where the component search first peels factor 0's component off
   * with word-parallel searches): a dense core holding factor 0 (or not, when the core is small),
   * and other factors each after the core, before it or beside it, with sparse links among them
   * (small cycles included) and into or out of the core. Every shape of the peel is hit: the core
   * alone, core plus descendants, core plus ancestors, a core too small to peel, deep DAGs.
   */
  @Provide
  Arbitrary<boolean[][]> giant() {
    return Combinators.combine(Arbitraries.integers().between(128, 260),
        Arbitraries.integers().between(0, 100), Arbitraries.integers().between(1, 60),
        Arbitraries.integers().between(0, 4), Arbitraries.longs())
        .as((n, corePercent, density, sparse, seed) -> {
          Random rnd = new Random(seed);
          boolean[][] m = new boolean[n][n];
          int[] role = new int[n]; // 0 core, 1 after, 2 before, 3 beside
          for (int i = 1; i < n; i++) {
            role[i] = rnd.nextInt(100) < corePercent ? 0 : 1 + rnd.nextInt(3);
          }
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              if (i == j) {
                continue;
              }
              boolean link;
              if (role[i] == 0 && role[j] == 0) {
                link = rnd.nextInt(100) < density;
              } else if (role[i] == 0 && role[j] == 1 || role[i] == 2 && role[j] == 0) {
                link = rnd.nextInt(100) < 5;
              } else if (role[i] == 0 || role[j] == 0) {
                link = false; // nothing else touches the core, so it stays one component
              } else {
                link = rnd.nextInt(1000) < sparse * 3;
              }
              m[i][j] = link;
            }
          }
          return m;
        });
  }

  @Property(tries = 120)
  void thePeeledComponentSearchEqualsTheTextbookOne(@ForAll("giant") boolean[][] m) {
    int[] expected = Reference.components(m);
    Condensation c = Condensation.of(BitMatrix.of(m));
    assertEquals(Reference.componentCount(expected), c.componentCount());
    for (int i = 0; i < m.length; i++) {
      assertEquals(expected[i], c.componentOf(i), "component of " + i);
    }
    assertArrayEquals(Reference.closure(m), TransitiveClosure.of(c).toBooleanArray());
    assertArrayEquals(Reference.levels(Reference.closure(m)),
        IntStream.range(0, m.length).map(i -> c.levels()[c.componentOf(i)]).toArray());
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
