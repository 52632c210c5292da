package org.ism4j.audit;

import java.util.ArrayList;
import java.util.List;
import org.ism4j.audit.Audit.SetsBasis;
import org.ism4j.internal.BitMatrix;

/**
 * {@code transposed-cells}: pairs of cells (i, j) and (j, i) printed exactly the wrong way round,
 * one cause per table: in the published IRM against the SSIM (unless a whole reading of the SSIM,
 * {@link IrmPatternRule}, explains it), and in the printed sets against the matrix they follow.
 */
final class TransposedCellsRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    List<Cause> causes = new ArrayList<>();
    if (c.publishedIrm().isPresent() && !IrmPatternRule.anyHolds(c)) {
      BitMatrix pub = c.publishedIrm().get();
      List<int[]> pairs = new ArrayList<>();
      for (int i = 0; i < c.n; i++) {
        for (int j = i + 1; j < c.n; j++) {
          if (c.irm.get(i, j) != c.irm.get(j, i) && pub.get(i, j) == c.irm.get(j, i)
              && pub.get(j, i) == c.irm.get(i, j)) {
            pairs.add(new int[] {i, j});
          }
        }
      }
      if (!pairs.isEmpty()) {
        causes.add(c.why.transposedCells("published IRM", pairs));
      }
    }
    if (c.sets().isPresent()) {
      PrintedSets s = c.sets().get();
      BitMatrix basis = s.basis() == SetsBasis.IRM ? c.irm : c.frm;
      List<int[]> pairs = new ArrayList<>();
      for (int i = 0; i < c.n; i++) {
        for (int j = i + 1; j < c.n; j++) {
          if ((s.hasRow(i) || s.hasRow(j)) && s.transposedPair(i, j, basis)) {
            pairs.add(new int[] {i, j});
          }
        }
      }
      if (!pairs.isEmpty()) {
        causes.add(c.why.transposedCells("printed sets table", pairs));
      }
    }
    return causes;
  }
}
