package org.ism4j.level;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Adjacency;
import org.ism4j.IsmAnalyzer;
import org.ism4j.Matrices;
import org.ism4j.Reference;
import org.ism4j.ssim.Labels;

/** The O(n + m) levels against the textbook iterative partition, on cyclic and acyclic inputs. */
class LevelProperties {

  @Provide
  Arbitrary<Adjacency> large() {
    return Matrices.digraphs(1, 300, 5);
  }

  @Provide
  Arbitrary<Adjacency> models() {
    return Matrices.digraphs(1, 70, 15);
  }

  @Property(tries = 150)
  void fastLevelsEqualTheTextbookPartition(@ForAll("large") Adjacency a) {
    boolean[][] m = a.matrix();
    int[] expected = Reference.levels(Reference.closure(m));
    LevelPartition partition = IsmAnalyzer.level(Matrices.irm(m));
    assertArrayEquals(expected, partition.levelsByFactor().toArray());
  }

  @Property(tries = 150)
  void iterationTablesAssignTheSameLevels(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    int n = m.length;
    LevelPartition partition = IsmAnalyzer.level(Matrices.irm(m));
    int[] fromTables = new int[n];
    Labels labels = partition.labels();
    for (Iteration it : partition.iterations()) {
      for (String f : it.assigned()) {
        fromTables[labels.indexOf(f)] = it.number();
      }
      for (Iteration.Row row : it.rows()) {
        assertTrue(row.reachabilitySet().contains(row.factor()), "R(i) includes i");
        assertTrue(row.antecedentSet().contains(row.factor()), "A(i) includes i");
      }
    }
    assertArrayEquals(Reference.levels(Reference.closure(m)), fromTables);
  }

  @Property(tries = 200)
  void factorsOfOneCycleShareALevel(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    int n = m.length;
    boolean[][] r = Reference.closure(m);
    LevelPartition partition = IsmAnalyzer.level(Matrices.irm(m));
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (r[i][j] && r[j][i]) {
          assertTrue(partition.levelOf(i) == partition.levelOf(j), i + " and " + j + " share a cycle");
        } else if (r[i][j]) {
          assertTrue(partition.levelOf(i) > partition.levelOf(j), "a driver sits below what it reaches");
        }
      }
    }
  }
}
