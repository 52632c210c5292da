package org.ism4j.audit;

import java.util.List;
import java.util.Optional;
import org.ism4j.internal.BitMatrix;

/**
 * {@code closure-one-pass}: the published FRM is one transitivity pass over the IRM it should
 * close (its Boolean square) in all but at most {@link AuditContext#tolerance()} cells, which are
 * named; the pass falls short of the full closure, and the FRM is closer to the pass than to the
 * IRM and to the closure (else the pass explains nothing).
 */
final class ClosureOnePassRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    if (!holds(c)) {
      return List.of();
    }
    AuditContext.FrmBasis b = c.frmBasis();
    BitMatrix p = c.publishedFrm().get();
    BitMatrix pass = Bits.oneStep(b.irm());
    return List.of(c.why.closureOnePass(b.published(), Bits.minus(b.closure(), pass),
        Bits.differences(p, pass)));
  }

  static boolean holds(AuditContext c) {
    Optional<BitMatrix> published = c.publishedFrm();
    if (published.isEmpty()) {
      return false;
    }
    BitMatrix p = published.get();
    AuditContext.FrmBasis b = c.frmBasis();
    BitMatrix pass = Bits.oneStep(b.irm());
    if (pass.equals(b.closure()) || p.equals(b.irm())) {
      return false;
    }
    int d = Bits.distance(p, pass);
    return d <= c.tolerance() && d < Bits.distance(p, b.closure()) && d < Bits.distance(p, b.irm());
  }
}
