package org.ism4j.audit;

import java.util.BitSet;
import java.util.List;
import org.ism4j.internal.BitMatrix;

/**
 * {@code levels-from-printed-frm}: the published levels are not the SSIM's, but they are what the
 * level rule gives on the published FRM as printed (on the factors whose level is published; the
 * same levels numbered with gaps count), and that FRM is not the full closure.
 */
final class LevelsFromPrintedFrmRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    if (c.publishedFrm().isEmpty() || !c.levelsWrong()) {
      return List.of();
    }
    BitMatrix p = c.publishedFrm().get();
    if (p.equals(c.frm) || !c.matchesPublished(RuleLevels.of(p))) {
      return List.of();
    }
    BitSet moved = Bits.where(c.n, i -> c.publishedLevels().get(i) != 0
        && c.levels().get(i) != c.computedLevels().get(i));
    return List.of(c.why.levelsFromPrintedFrm(moved));
  }
}
