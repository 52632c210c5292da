package org.ism4j.audit;

import java.util.ArrayList;
import java.util.List;
import org.ism4j.internal.BitMatrix;

/**
 * {@code closure-incomplete}: the published FRM lacks transitive links of the IRM it should close
 * (cells the closure adds to that IRM), and it is neither that IRM
 * ({@link ClosureMissingRule}) nor one pass over it ({@link ClosureOnePassRule}).
 */
final class ClosureIncompleteRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    if (c.publishedFrm().isEmpty() || ClosureMissingRule.holds(c) || ClosureOnePassRule.holds(c)) {
      return List.of();
    }
    BitMatrix p = c.publishedFrm().get();
    AuditContext.FrmBasis b = c.frmBasis();
    List<int[]> missing = new ArrayList<>();
    for (int[] cell : Bits.minus(b.closure(), b.irm())) {
      if (!p.get(cell[0], cell[1])) {
        missing.add(cell);
      }
    }
    return missing.isEmpty() ? List.of() : List.of(c.why.closureIncomplete(b.published(), missing));
  }
}
