package org.ism4j.audit;

import java.util.BitSet;
import java.util.List;

/**
 * {@code levels-from-irm}: the published levels are not the SSIM's, but they are what the level
 * rule gives on the IRM (the SSIM's, else the published one), no closure at all
 * ({@link AuditContext#levelsWithoutClosure()}).
 */
final class LevelsFromIrmRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    return c.levelsWithoutClosure().map(source -> {
      BitSet moved = Bits.where(c.n, i -> c.publishedLevels().get(i) != 0
          && c.levels().get(i) != c.computedLevels().get(i));
      return List.of(c.why.levelsFromIrm(source, moved));
    }).orElse(List.of());
  }
}
