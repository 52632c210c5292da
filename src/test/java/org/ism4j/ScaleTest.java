package org.ism4j;

import org.ism4j.internal.Access;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Random;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Large inputs, checked for correctness only (speed is measured with JMH in benchmarks/). The
 * expected levels follow from how the graph is built, not from the code under test. Tests tagged
 * {@code scale} need about 3 GB of heap and run only with {@code mvn -Pscale verify}.
 */
class ScaleTest {

  /** The chain of {@link IsmAnalyzerTest#aChainOf20000FactorsNeedsNoDeepStack}, at the documented limit. */
  @Test
  @Tag("scale")
  void aChainOf100000FactorsNeedsNoDeepStack() throws Throwable {
    Throwable failure = IsmAnalyzerTest.onASmallStack(() -> IsmAnalyzerTest.checkChain(100_000));
    if (failure != null) {
      throw failure;
    }
  }

  @Test
  void fiftyThousandFactorsInKnownLayersGetExactlyTheirLayerAsLevel() {
    int n = 50_000;
    int layers = 40;
    Random r = new Random(7);
    int[] layer = new int[n];
    int[][] byLayer = new int[layers + 1][];
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    // factor perm[k] sits on layer 1 + k % layers: input order is unrelated to the layering
    int[] count = new int[layers + 1];
    for (int k = 0; k < n; k++) {
      layer[perm[k]] = 1 + k % layers;
      count[1 + k % layers]++;
    }
    for (int l = 1; l <= layers; l++) {
      byLayer[l] = new int[count[l]];
      count[l] = 0;
    }
    for (int f = 0; f < n; f++) {
      byLayer[layer[f]][count[layer[f]]++] = f;
    }
    // every factor above layer 1 has a link to the layer just below (so its level is its layer) and
    // about nine more links to random lower layers only (so it cannot rise higher)
    int[][] adjacency = new int[n][];
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int f = 0; f < n; f++) {
      b.set(f, f);
      int l = layer[f];
      if (l == 1) {
        adjacency[f] = new int[0];
        continue;
      }
      adjacency[f] = new int[10];
      int[] below = byLayer[l - 1];
      adjacency[f][0] = below[r.nextInt(below.length)];
      for (int k = 1; k < 10; k++) {
        int[] lower = byLayer[1 + r.nextInt(l - 1)];
        adjacency[f][k] = lower[r.nextInt(lower.length)];
      }
      for (int t : adjacency[f]) {
        b.set(f, t);
      }
    }
    IsmModel m = IsmAnalyzer.analyze(Access.make(ReachabilityMatrix.class, Labels.numbered(n), b.build()),
        IsmOptions.defaults().withMaxFactors(n));
    assertEquals(layers, m.levels().levelCount());
    for (int f = 0; f < n; f++) {
      assertEquals(layer[f], m.levels().levelOf(f), "factor " + f);
    }
    // driving power of a few factors by breadth-first search over the adjacency lists
    for (int f = 0; f < n; f += 4999) {
      boolean[] seen = new boolean[n];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      seen[f] = true;
      queue.add(f);
      int reached = 0;
      while (!queue.isEmpty()) {
        int u = queue.poll();
        reached++;
        for (int v : adjacency[u]) {
          if (!seen[v]) {
            seen[v] = true;
            queue.add(v);
          }
        }
      }
      assertEquals(reached, m.micmac().drivingPower(f), "driving power of " + f);
    }
  }
}
