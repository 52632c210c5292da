package org.ism4j.audit;

import java.util.List;

/**
 * {@code frm-unsupported}: the published FRM holds links that no path of direct links of the IRM
 * it should close supports (cells outside that IRM's closure).
 */
final class FrmUnsupportedRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    if (c.publishedFrm().isEmpty()) {
      return List.of();
    }
    AuditContext.FrmBasis b = c.frmBasis();
    List<int[]> extra = Bits.minus(c.publishedFrm().get(), b.closure());
    return extra.isEmpty() ? List.of() : List.of(c.why.frmUnsupported(b.published(), extra));
  }
}
