package org.ism4j.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ism4j.audit.FindingText.IrmPattern;
import org.ism4j.internal.BitMatrix;
import org.ism4j.ssim.Relation;

/**
 * The published IRM, cell by cell, against the SSIM ({@link Finding.Kind#IRM_CELL}): first
 * whether most differing cells follow one pattern (the SSIM transposed, or its columns reversed),
 * then each remaining cell, a pair printed the wrong way round as one finding.
 */
final class IrmCellsCheck implements Check {
  @Override
  public List<Finding> run(AuditContext c) {
    Optional<BitMatrix> published = c.publishedIrm();
    if (published.isEmpty()) {
      return List.of();
    }
    BitMatrix pub = published.get();
    List<int[]> diffs = Bits.differences(pub, c.irm);
    if (diffs.isEmpty()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    IrmPattern best = null;
    BitMatrix bestMatrix = null;
    int bestCount = diffs.size();
    for (IrmPattern pattern : IrmPattern.values()) {
      BitMatrix alternative = pattern == IrmPattern.TRANSPOSED ? c.irmT : reversedColumns(c);
      int d = Bits.differences(pub, alternative).size();
      if (d * 4 <= diffs.size() && d < bestCount) {
        best = pattern;
        bestMatrix = alternative;
        bestCount = d;
      }
    }
    List<int[]> rest = new ArrayList<>();
    if (best != null) {
      List<int[]> explained = new ArrayList<>();
      for (int[] cell : diffs) {
        (pub.get(cell[0], cell[1]) == bestMatrix.get(cell[0], cell[1]) ? explained : rest)
            .add(cell);
      }
      findings.add(c.text.irmPattern(explained, best));
    } else {
      rest.addAll(diffs);
    }
    BitMatrix irm = c.irm;
    Set<Long> done = new HashSet<>();
    for (int[] cell : rest) {
      int i = cell[0];
      int j = cell[1];
      if (!done.add(key(i, j))) {
        continue;
      }
      if (i == j) {
        findings.add(c.text.irmDiagonal(i, pub, irm));
      } else if (pub.get(i, j) != irm.get(i, j) && pub.get(j, i) != irm.get(j, i)
          && irm.get(i, j) != irm.get(j, i)) {
        done.add(key(j, i));
        findings.add(c.text.irmTransposed(i, j, pub, irm));
      } else {
        findings.add(c.text.irmCell(i, j, pub, irm));
      }
    }
    return findings;
  }

  private static long key(int i, int j) {
    return ((long) i << 32) | j;
  }

  /** The IRM of the SSIM with each row's upper-triangle cells in reverse order. */
  static BitMatrix reversedColumns(AuditContext c) {
    int n = c.n;
    BitMatrix.Builder b = BitMatrix.builder(n);
    for (int i = 0; i < n; i++) {
      b.set(i, i);
      for (int j = i + 1; j < n; j++) {
        Relation r = c.ssim.relation(i, n + i - j);
        b.set(i, j, r.forward());
        b.set(j, i, r.backward());
      }
    }
    return b.build();
  }
}
