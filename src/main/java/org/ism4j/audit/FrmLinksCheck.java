package org.ism4j.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ism4j.audit.FindingText.FrmPattern;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.TransitiveClosure;

/**
 * The published FRM, cell by cell, against the full transitive closure: a missing link with the
 * shortest path of direct links that implies it ({@link Finding.Kind#FRM_MISSING_LINK}), a link
 * with no path ({@link Finding.Kind#FRM_UNSUPPORTED_LINK}); an FRM that is the IRM, or the IRM
 * plus one step, is one finding saying so.
 */
final class FrmLinksCheck implements Check {
  @Override
  public List<Finding> run(AuditContext c) {
    Optional<BitMatrix> published = c.publishedFrm();
    if (published.isEmpty()) {
      return List.of();
    }
    BitMatrix pub = published.get();
    List<int[]> missing = new ArrayList<>();
    List<int[]> extra = new ArrayList<>();
    for (int[] cell : Bits.differences(pub, c.frm)) {
      (c.frm.get(cell[0], cell[1]) ? missing : extra).add(cell);
    }
    if (missing.isEmpty() && extra.isEmpty()) {
      return List.of();
    }
    if (extra.isEmpty()) {
      if (pub.equals(c.irm.or(BitMatrix.identity(c.n)))) {
        return List.of(c.text.frmPattern(missing, FrmPattern.NO_CLOSURE));
      }
      if (pub.equals(Bits.oneStep(c.irm))) {
        return List.of(c.text.frmPattern(missing, FrmPattern.ONE_STEP));
      }
    }
    boolean fromIrm = c.publishedIrm()
        .map(irm -> !irm.equals(c.irm) && pub.equals(TransitiveClosure.of(irm))).orElse(false);
    List<Finding> findings = new ArrayList<>();
    for (int[] cell : missing) {
      int i = cell[0];
      int j = cell[1];
      findings.add(c.text.frmMissing(i, j, i == j ? null : Bits.path(c.irm, i, j), fromIrm));
    }
    for (int[] cell : extra) {
      findings.add(c.text.frmUnsupported(cell[0], cell[1], fromIrm));
    }
    return findings;
  }
}
