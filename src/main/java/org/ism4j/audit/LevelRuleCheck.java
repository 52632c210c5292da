package org.ism4j.audit;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The level rule R(i) ∩ A(i) = R(i) on the FRM, iteration by iteration of the published
 * partition ({@link Finding.Kind#LEVEL_RULE}): it must hold for each factor published at that
 * level and fail for each published lower. The iterations are the distinct published levels in
 * order, so levels numbered with gaps (10, 20, 30) are iterations 1, 2, 3. Skipped when the levels are the rule without closure
 * (that finding says it all); factors of split cycles are left to their split-cycle finding.
 */
final class LevelRuleCheck implements Check {
  @Override
  public List<Finding> run(AuditContext c) {
    if (!c.levelsDiffer() || c.levelsWithoutClosure().isPresent()) {
      return List.of();
    }
    BitSet excluded = new BitSet();
    c.splitCycles().forEach(s -> excluded.or(s.memberSet()));
    ImmutableIntArray p = c.levels();
    ImmutableIntArray published = c.publishedLevels();
    List<Finding> findings = new ArrayList<>();
    BitSet reported = new BitSet();
    ImmutableIntArray values = c.levelValues();
    for (int t = 0; t < values.length(); t++) {
      int k = values.get(t);
      int iteration = t + 1;
      BitSet rem = remaining(c, k);
      BitSet violators = new BitSet();
      List<String> evidence = new ArrayList<>();
      for (int f = rem.nextSetBit(0); f >= 0; f = rem.nextSetBit(f + 1)) {
        if (excluded.get(f) || published.get(f) == 0 || reported.get(f)) {
          continue;
        }
        BitSet r = Bits.and(Bits.row(c.frm, f), rem);
        BitSet a = Bits.and(Bits.row(c.frmT, f), rem);
        BitSet outside = Bits.minus(r, a);
        boolean holds = outside.isEmpty();
        if (p.get(f) == k && !holds) {
          violators.set(f);
          evidence.add(c.text.ruleFails(f, k, r, a, outside));
        } else if (p.get(f) > k && holds) {
          violators.set(f);
          evidence.add(c.text.ruleHolds(f, iteration, r, a, p.get(f)));
        }
      }
      if (violators.isEmpty()) {
        continue;
      }
      reported.or(violators);
      BitSet atK = new BitSet();
      BitSet qualify = new BitSet();
      for (int f = rem.nextSetBit(0); f >= 0; f = rem.nextSetBit(f + 1)) {
        if (p.get(f) == k) {
          atK.set(f);
        }
        if (Bits.minus(Bits.and(Bits.row(c.frm, f), rem), Bits.row(c.frmT, f)).isEmpty()) {
          qualify.set(f);
        }
      }
      findings.add(c.text.levelRule(iteration, k, violators, atK, qualify, rem, evidence));
    }
    return findings;
  }

  /**
   * The factors left in the iteration of the published partition whose level is k: those published
   * at k or lower in the hierarchy.
   */
  static BitSet remaining(AuditContext c, int k) {
    return Bits.where(c.n, i -> c.levels().get(i) >= k);
  }
}
