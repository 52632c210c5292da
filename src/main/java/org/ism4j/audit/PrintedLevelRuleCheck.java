package org.ism4j.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The paper's own rule on its own printed sets, when those differ from the FRM
 * ({@link Finding.Kind#PRINTED_LEVEL_RULE}): per iteration of the published partition, whether
 * output set = output ∩ input on the printed sets gives the published level, and whether the
 * printed output and common columns give it instead.
 */
final class PrintedLevelRuleCheck implements Check {
  @Override
  public List<Finding> run(AuditContext c) {
    if (!c.levelsDiffer() || c.sets().isEmpty() || !c.sets().get().deviates()) {
      return List.of();
    }
    PrintedSets s = c.sets().get();
    List<Finding> findings = new ArrayList<>();
    int last = (int) Math.min(LevelRuleCheck.max(c.levels()), c.n + 1L);
    for (int k = 1; k <= last; k++) {
      BitSet rem = LevelRuleCheck.remaining(c, k);
      BitSet atK = new BitSet();
      BitSet bySets = new BitSet();
      BitSet byColumns = s.hasCommon() ? new BitSet() : null;
      for (int f = rem.nextSetBit(0); f >= 0; f = rem.nextSetBit(f + 1)) {
        if (!s.hasRow(f)) {
          continue;
        }
        if (c.levels().get(f) == k) {
          atK.set(f);
        }
        BitSet r = Bits.and(s.out(f), rem);
        if (Bits.minus(r, s.in(f)).isEmpty()) {
          bySets.set(f);
        }
        if (byColumns != null && r.equals(Bits.and(s.common(f), rem))) {
          byColumns.set(f);
        }
      }
      if (!bySets.equals(atK)) {
        findings.add(c.text.printedLevelRule(k == 1, k, atK, bySets, byColumns));
      }
    }
    return findings;
  }
}
