package org.ism4j;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.Shrinkable;

/**
 * The generator itself: word-boundary sizes come as edge cases, and a drawn matrix shrinks.
 * Examples, not JUnit tests: jqwik generators run only on a jqwik thread.
 */
class MatricesTest {

  @Example
  void sizesHaveTheSmallestAndTheWordBoundaryAsEdgeCases() {
    Set<Integer> edge = StreamSupport.stream(Matrices.sizes(0, 140).edgeCases().spliterator(), false)
        .map(Shrinkable::value).collect(Collectors.toSet());
    assertTrue(edge.containsAll(List.of(0, 1, 2, 63, 64, 65, 140)), edge::toString);
  }

  @Example
  void aDrawnMatrixShrinksByDeletingAFactorOrAnEdge() {
    Arbitrary<Adjacency> digraphs = Matrices.digraphs(3, 20, 30);
    Random random = new Random(42);
    for (int k = 0; k < 20; k++) {
      Shrinkable<Adjacency> drawn = digraphs.generator(1000).next(random);
      Adjacency a = drawn.value();
      int edges = edges(a);
      // the deletions come first (halves down to single ones); the parts' own (costly) shrinks follow
      List<Adjacency> candidates = drawn.shrink().map(Shrinkable::value)
          .takeWhile(c -> c.shape().endsWith("(shrunk)")).toList();
      assertTrue(a.size() == 3 || candidates.stream().anyMatch(c -> c.size() == a.size() - 1),
          () -> "a factor fewer than\n" + a);
      assertTrue(edges == 0 || candidates.stream().anyMatch(c -> c.size() == a.size() && edges(c) == edges - 1),
          () -> "an edge fewer than\n" + a);
      assertTrue(candidates.stream().allMatch(c -> c.size() >= 3), "never below the minimum size");
    }
  }

  private static int edges(Adjacency a) {
    int e = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.size(); j++) {
        e += a.get(i, j) ? 1 : 0;
      }
    }
    return e;
  }
}
