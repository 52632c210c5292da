package org.ism4j.audit;

import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The level rule R(i) ∩ A(i) = R(i) on the FRM, iteration by iteration of the published
 * partition ({@link Finding.Kind#LEVEL_RULE}): it must hold for each factor published at that
 * level and fail for each published lower. Skipped when the levels are the rule without closure
 * (that finding says it all); factors of split cycles are left to their split-cycle finding.
 * Published levels that are the computed partition numbered otherwise (10, 20, 30) are one
 * finding saying so. The rule's iterations are real ones: a partition of n factors has at most n,
 * so no iteration past n + 1 is reported, whatever number a paper prints.
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
    if (!c.levelsWrong()) {
      BitSet renumbered = Bits.where(c.n, i -> published.get(i) != 0
          && published.get(i) != c.computedLevels().get(i));
      int[] values = java.util.Arrays.stream(published.toArray()).filter(v -> v != 0).distinct()
          .sorted().toArray();
      return List.of(c.text.levelsRenumbered(renumbered, values));
    }
    int last = (int) Math.min(max(p), c.n + 1L);
    for (int k = 1; k <= last; k++) {
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
          evidence.add(c.text.ruleHolds(f, k, r, a, p.get(f)));
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
      findings.add(c.text.levelRule(k, k, violators, atK, qualify, rem, evidence));
    }
    return findings;
  }

  /** The highest level: the published partition has one iteration per level. */
  static int max(ImmutableIntArray levels) {
    int m = 0;
    for (int i = 0; i < levels.length(); i++) {
      m = Math.max(m, levels.get(i));
    }
    return m;
  }

  /** The factors left in iteration k of the published partition: those published at k or lower. */
  static BitSet remaining(AuditContext c, int k) {
    return Bits.where(c.n, i -> c.levels().get(i) >= k);
  }
}
