package org.ism4j.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ism4j.audit.FindingText.PowerHypothesis;
import org.ism4j.audit.PublishedFactors.PrintedPowers;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Powers;

/**
 * The published driving and dependence powers against the FRM's row and column sums
 * ({@link Finding.Kind#POWER_DIFFERS}), explained when they are the IRM's sums, the published
 * FRM's sums, off by the factor itself, or swapped: one finding when one explanation covers every
 * factor that differs (two or more), else one per factor.
 */
final class PowersCheck implements Check {
  @Override
  public List<Finding> run(AuditContext c) {
    if (c.powers().isEmpty()) {
      return List.of();
    }
    PrintedPowers printed = c.powers().get();
    List<Finding> findings = new ArrayList<>();
    Check.missing(c, Part.POWERS, printed::has, findings);
    int[] pd = printed.driving().toArray();
    int[] pe = printed.dependence().toArray();
    int[] cd = c.model.micmac().drivingPowers().toArray();
    int[] ce = c.model.micmac().dependencePowers().toArray();
    BitSet differ = Bits.where(c.n, i -> printed.has(i) && (pd[i] != cd[i] || pe[i] != ce[i]));
    if (differ.isEmpty()) {
      return findings;
    }
    Map<PowerHypothesis, int[][]> hypotheses = new EnumMap<>(PowerHypothesis.class);
    hypotheses.put(PowerHypothesis.IRM_SUMS, sums(c.irm));
    hypotheses.put(PowerHypothesis.SELF_NOT_COUNTED, new int[][] {minusOne(cd), minusOne(ce)});
    hypotheses.put(PowerHypothesis.SWAPPED, new int[][] {ce, cd});
    c.publishedFrm().filter(frm -> !frm.equals(c.frm))
        .ifPresent(frm -> hypotheses.put(PowerHypothesis.PUBLISHED_FRM_SUMS, sums(frm)));
    if (differ.cardinality() >= 2) {
      for (Map.Entry<PowerHypothesis, int[][]> h : hypotheses.entrySet()) {
        int[][] hy = h.getValue();
        if (differ.stream().allMatch(i -> hy[0][i] == pd[i] && hy[1][i] == pe[i])) {
          int count = differ.stream().map(i -> (pd[i] != cd[i] ? 1 : 0) + (pe[i] != ce[i] ? 1 : 0))
              .sum();
          findings.add(c.text.powersPattern(differ, count, h.getKey()));
          return findings;
        }
      }
    }
    for (int i = differ.nextSetBit(0); i >= 0; i = differ.nextSetBit(i + 1)) {
      PowerHypothesis explanation = null;
      for (Map.Entry<PowerHypothesis, int[][]> h : hypotheses.entrySet()) {
        if (h.getValue()[0][i] == pd[i] && h.getValue()[1][i] == pe[i]) {
          explanation = h.getKey();
          break;
        }
      }
      findings.add(c.text.powerDiffers(i, pd[i], pe[i], cd[i], ce[i], explanation));
    }
    return findings;
  }

  /** Row and column sums, each counting the factor itself even where the diagonal cell is 0. */
  private static int[][] sums(BitMatrix m) {
    Powers p = Powers.of(m);
    int[] d = p.driving();
    int[] e = p.dependence();
    for (int i = 0; i < m.size(); i++) {
      if (!m.get(i, i)) {
        d[i]++;
        e[i]++;
      }
    }
    return new int[][] {d, e};
  }

  private static int[] minusOne(int[] a) {
    int[] s = a.clone();
    for (int i = 0; i < s.length; i++) {
      s[i]--;
    }
    return s;
  }
}
