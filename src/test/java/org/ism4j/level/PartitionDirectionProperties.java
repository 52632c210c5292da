package org.ism4j.level;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.Adjacency;
import org.ism4j.Matrices;
import org.ism4j.Reference;
import org.ism4j.ssim.Labels;

/**
 * Cause-first and adversarial partitions against the textbook references in src/test: the
 * R(i) ∩ A(i) = A(i) iteration on booleans, and longest chains by edge relaxation.
 */
class PartitionDirectionProperties {

  @Provide
  Arbitrary<Adjacency> large() {
    return Matrices.digraphs(1, 200, 5);
  }

  @Provide
  Arbitrary<Adjacency> models() {
    return Matrices.digraphs(1, 60, 15);
  }

  @Property(tries = 150)
  void fastCauseFirstLevelsEqualTheTextbookCauseFirstPartition(@ForAll("large") Adjacency a) {
    boolean[][] m = a.matrix();
    int[] expected = Reference.causeFirstLevels(Reference.closure(m));
    LevelPartition p = LevelPartition.of(Matrices.irm(m), PartitionDirection.CAUSE_FIRST);
    assertArrayEquals(expected, p.levelsByFactor().toArray());
    assertEquals(PartitionDirection.CAUSE_FIRST, p.direction());
  }

  @Property(tries = 150)
  void causeFirstIterationTablesAssignTheSameLevels(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    LevelPartition p = LevelPartition.of(Matrices.irm(m), PartitionDirection.CAUSE_FIRST);
    int[] fromTables = new int[m.length];
    int number = 0;
    for (Iteration it : p.iterations()) {
      assertEquals(++number, it.number());
      assertEquals(p.levelCount() + 1 - it.number(), it.level(), "iteration k assigns level L - k + 1");
      for (String f : it.assigned()) {
        fromTables[p.labels().indexOf(f)] = it.level();
      }
      for (Iteration.Row row : it.rows()) {
        assertEquals(row.isAssigned(), row.intersection().equals(row.antecedentSet()));
      }
    }
    assertArrayEquals(Reference.causeFirstLevels(Reference.closure(m)), fromTables);
  }

  @Property(tries = 200)
  void bothRulesGiveTheSameNumberOfLevelsAndResultFirstIsNeverLower(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    boolean[][] frm = Reference.closure(m);
    int[] rf = Reference.levels(frm);
    int[] cf = Reference.causeFirstLevels(frm);
    AdversarialPartition adv = AdversarialPartition.of(Matrices.irm(m));
    assertEquals(adv.resultFirst().levelCount(), adv.causeFirst().levelCount());
    int max = 0;
    for (int l : cf) {
      max = Math.max(max, l);
    }
    assertEquals(max, adv.levelCount());
    for (int i = 0; i < m.length; i++) {
      assertTrue(rf[i] <= cf[i], "factor " + i + ": result-first " + rf[i] + ", cause-first " + cf[i]);
      assertEquals(rf[i], adv.resultFirst().levelOf(i));
      assertEquals(cf[i], adv.causeFirst().levelOf(i));
    }
  }

  @Property(tries = 200)
  void exactlyTheFactorsOnALongestChainAreFixed(@ForAll("models") Adjacency a) {
    boolean[][] m = a.matrix();
    int[] comp = Reference.components(m);
    boolean[] onChain = Reference.onALongestChain(Reference.condensation(m, comp));
    AdversarialPartition adv = AdversarialPartition.of(Matrices.irm(m));
    Labels labels = adv.labels();
    for (int i = 0; i < m.length; i++) {
      assertEquals(onChain[comp[i]], adv.isFixed(labels.get(i)), "factor " + i);
      assertEquals(!onChain[comp[i]], adv.movable().contains(labels.get(i)), "factor " + i);
    }
  }
}
