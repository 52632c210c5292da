package org.ism4j.reach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.ism4j.Adjacency;
import org.ism4j.Matrices;
import org.ism4j.Reference;

/** {@link ReachabilityMatrix#shortestPath} against the textbook breadth-first distance. */
class ShortestPathProperties {
  @Provide
  Arbitrary<Adjacency> models() {
    return Matrices.digraphs(1, 30, 25);
  }

  @Property(tries = 300)
  void aShortestPathIsAChainOfOnesAsShortAsTheTextbookDistance(@ForAll("models") Adjacency a,
      @ForAll int seedFrom, @ForAll int seedTo) {
    int n = a.size();
    Assume.that(n > 0);
    int from = Math.floorMod(seedFrom, n);
    int to = Math.floorMod(seedTo, n);
    boolean[][] m = a.matrix();
    ReachabilityMatrix irm = Matrices.irm(m);
    List<Integer> path = irm.shortestPath(from, to);
    int distance = Reference.distance(m, from, to);
    if (from == to) {
      assertEquals(List.of(from), path);
      return;
    }
    assertEquals(distance < 0 ? 0 : distance + 1, path.size(), a::toString);
    if (distance >= 0) {
      assertEquals(from, path.get(0));
      assertEquals(to, path.get(path.size() - 1));
      for (int k = 0; k + 1 < path.size(); k++) {
        assertTrue(m[path.get(k)][path.get(k + 1)], () -> "not a link on " + path + "\n" + a);
      }
    }
  }
}
