package org.ism4j.audit;

import java.util.List;
import java.util.Optional;
import org.ism4j.internal.BitMatrix;

/**
 * {@code closure-missing}: the published FRM is, cell for cell, the IRM it should close (the
 * published IRM, else the SSIM's), and the closure adds links to it.
 */
final class ClosureMissingRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    if (!holds(c)) {
      return List.of();
    }
    AuditContext.FrmBasis b = c.frmBasis();
    return List.of(c.why.closureMissing(b.published(), Bits.minus(b.closure(), b.irm())));
  }

  static boolean holds(AuditContext c) {
    Optional<BitMatrix> p = c.publishedFrm();
    AuditContext.FrmBasis b = c.frmBasis();
    return p.isPresent() && p.get().equals(b.irm()) && !b.closure().equals(b.irm());
  }
}
