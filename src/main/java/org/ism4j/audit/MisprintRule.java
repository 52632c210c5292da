package org.ism4j.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.ism4j.audit.DiagnosisText.Change;
import org.ism4j.audit.PublishedFactors.PrintedPowers;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.TransitiveClosure;
import org.ism4j.ssim.Relation;

/**
 * {@code misprint}: the published tables do not all agree with each other, and one entry of one
 * of them, changed, makes them agree: every printed part is then what the (possibly corrected)
 * SSIM gives, the IRM, its full closure, the levels, the powers and the sets. Every single change
 * is searched: each cell of the SSIM (each other relation), and each cell or entry of the printed
 * IRM, FRM, levels, powers and sets (a single differing entry is the only candidate of its part).
 * Without a published IRM, SSIM cells are searched up to {@value #SSIM_SEARCH_LIMIT} factors (one
 * closure per candidate); with one, the IRM itself says which SSIM cell could be at fault.
 */
final class MisprintRule implements DiagnosisRule {
  /** The largest SSIM whose cells are all tried when no IRM was published. */
  static final int SSIM_SEARCH_LIMIT = 60;

  @Override
  public List<Cause> run(AuditContext c) {
    if (c.published.isEmpty()) {
      return List.of();
    }
    Differences now = new Differences(c, c.irm, c.frm);
    if (now.entries == 0) {
      return List.of();
    }
    List<Change> changes = new ArrayList<>();
    if (now.entries == 1 && now.change != null) {
      changes.add(now.change);
    }
    for (int[] pair : ssimCandidates(c)) {
      int i = pair[0];
      int j = pair[1];
      Relation r = Relation.values()[pair[2]];
      BitMatrix.Builder b = BitMatrix.builder(c.n);
      for (int row = 0; row < c.n; row++) {
        int from = row;
        c.irm.forEachInRow(from, col -> b.set(from, col));
      }
      b.set(i, j, r.forward());
      b.set(j, i, r.backward());
      BitMatrix s = b.build();
      BitMatrix closure = TransitiveClosure.of(s);
      if (c.publishedFrm().isPresent() && !c.publishedFrm().get().equals(closure)) {
        continue;
      }
      if (new Differences(c, s, closure).entries == 0) {
        changes.add(c.why.ssimCell(i, j, c.ssim.relation(i, j), r));
      }
    }
    return changes.isEmpty() ? List.of() : List.of(c.why.misprint(changes));
  }

  /** SSIM cells {i, j, relation ordinal} worth trying. */
  private static List<int[]> ssimCandidates(AuditContext c) {
    List<int[]> out = new ArrayList<>();
    if (c.publishedIrm().isPresent()) {
      BitMatrix pub = c.publishedIrm().get();
      List<int[]> d = Bits.differences(pub, c.irm);
      if (d.isEmpty()) {
        return out;
      }
      int i = Math.min(d.get(0)[0], d.get(0)[1]);
      int j = Math.max(d.get(0)[0], d.get(0)[1]);
      for (int[] cell : d) {
        if (cell[0] == cell[1] || Math.min(cell[0], cell[1]) != i
            || Math.max(cell[0], cell[1]) != j) {
          return out;
        }
      }
      out.add(new int[] {i, j, Relation.of(pub.get(i, j), pub.get(j, i)).ordinal()});
      return out;
    }
    if (c.n > SSIM_SEARCH_LIMIT) {
      return out;
    }
    for (int i = 0; i < c.n; i++) {
      for (int j = i + 1; j < c.n; j++) {
        for (Relation r : Relation.values()) {
          if (r != c.ssim.relation(i, j)) {
            out.add(new int[] {i, j, r.ordinal()});
          }
        }
      }
    }
    return out;
  }

  /**
   * How the printed parts differ from what one SSIM (as its IRM) gives: the number of differing
   * entries, and, when exactly one differs and changing it would remove the difference, that
   * change.
   */
  private static final class Differences {
    int entries;
    Change change;

    Differences(AuditContext c, BitMatrix s, BitMatrix closure) {
      c.publishedIrm().ifPresent(pub -> cells(c, "IRM", pub, s));
      c.publishedFrm().ifPresent(pub -> cells(c, "FRM", pub, closure));
      if (c.hasPublishedLevels()) {
        int[] levels = RuleLevels.of(closure);
        if (!c.matchesPublished(levels)) {
          for (int f = 0; f < c.n; f++) {
            int p = c.publishedLevels().get(f);
            if (p != 0 && p != levels[f]) {
              note(c.why.level(f, p, levels[f]));
            }
          }
        }
      }
      c.powers().ifPresent(p -> powers(c, p, closure));
      c.sets().ifPresent(sets -> sets(c, sets, closure));
    }

    private void note(Change ch) {
      entries++;
      change = entries == 1 ? ch : null;
    }

    private void cells(AuditContext c, String table, BitMatrix pub, BitMatrix expected) {
      pub.forEachNotIn(expected, (i, j) -> note(c.why.irmCell(table, i, j, true)));
      expected.forEachNotIn(pub, (i, j) -> note(c.why.irmCell(table, i, j, false)));
    }

    private void powers(AuditContext c, PrintedPowers p, BitMatrix closure) {
      for (int f = 0; f < c.n; f++) {
        if (!p.has(f)) {
          continue;
        }
        int driving = closure.rowCardinality(f);
        int dependence = closure.columnCardinality(f);
        if (p.driving().get(f) != driving) {
          note(c.why.power(f, true, p.driving().get(f), driving));
        }
        if (p.dependence().get(f) != dependence) {
          note(c.why.power(f, false, p.dependence().get(f), dependence));
        }
      }
    }

    private void sets(AuditContext c, PrintedSets s, BitMatrix closure) {
      BitMatrix t = closure.transpose();
      BitSet rows = s.rows();
      for (int f = rows.nextSetBit(0); f >= 0; f = rows.nextSetBit(f + 1)) {
        BitSet row = Bits.row(closure, f);
        BitSet column = Bits.row(t, f);
        BitSet out = s.out(f);
        BitSet in = s.in(f);
        int k = f;
        Bits.xor(out, row).stream().forEach(m -> note(c.why.membership(k, m, true, out.get(m))));
        Bits.xor(in, column).stream().forEach(m -> note(c.why.membership(k, m, false, in.get(m))));
        if (s.hasCommon() && !s.common(f).equals(Bits.and(row, column))) {
          entries += 2; // a common set that is not the intersection: not one entry of a matrix
          change = null;
        }
      }
    }
  }
}
