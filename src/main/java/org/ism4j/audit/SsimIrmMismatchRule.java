package org.ism4j.audit;

import java.util.List;

/** {@code ssim-irm-mismatch}: the published IRM and the SSIM's IRM differ, the cells named. */
final class SsimIrmMismatchRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    if (c.publishedIrm().isEmpty()) {
      return List.of();
    }
    List<int[]> cells = Bits.differences(c.publishedIrm().get(), c.irm);
    return cells.isEmpty() ? List.of() : List.of(c.why.ssimIrmMismatch(cells));
  }
}
