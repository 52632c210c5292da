package org.ism4j.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ism4j.audit.Audit.SetsBasis;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.internal.BitMatrix;

/**
 * The printed sets table: factors left out, sets that follow the IRM although the closure adds
 * links ({@link Finding.Kind#SETS_WITHOUT_CLOSURE}), each factor's sets against the matrix they
 * follow ({@link Finding.Kind#SET_DIFFERS}), and each printed common set against the intersection
 * of the printed sets ({@link Finding.Kind#INTERSECTION_DIFFERS}).
 */
final class SetsCheck implements Check {
  @Override
  public List<Finding> run(AuditContext c) {
    if (c.sets().isEmpty()) {
      return List.of();
    }
    PrintedSets s = c.sets().get();
    List<Finding> findings = new ArrayList<>();
    Check.missing(c, Part.SETS, s::hasRow, findings);
    boolean irmBasis = s.basis() == SetsBasis.IRM;
    if (irmBasis) {
      findings.add(withoutClosure(c, s));
    }
    BitMatrix b = irmBasis ? c.irm : c.frm;
    BitMatrix bT = irmBasis ? c.irmT : c.frmT;
    BitSet rows = s.rows();
    for (int f = rows.nextSetBit(0); f >= 0; f = rows.nextSetBit(f + 1)) {
      Finding d = setRow(c, s, f, b, bT);
      if (d != null) {
        findings.add(d);
      }
    }
    if (s.hasCommon()) {
      for (int f = rows.nextSetBit(0); f >= 0; f = rows.nextSetBit(f + 1)) {
        BitSet expected = Bits.and(s.out(f), s.in(f));
        BitSet diff = Bits.xor(expected, s.common(f));
        if (!diff.isEmpty()) {
          findings.add(c.text.intersectionDiffers(f, diff, s.common(f), expected, s.out(f),
              s.in(f), s.convention()));
        }
      }
    }
    return findings;
  }

  private static Finding withoutClosure(AuditContext c, PrintedSets s) {
    List<Integer> factors = new ArrayList<>();
    List<int[]> cells = new ArrayList<>();
    for (int i = 0; i < c.n; i++) {
      if (!s.hasRow(i)) {
        continue;
      }
      int f = i;
      BitSet addOut = Bits.minus(Bits.row(c.frm, f), Bits.row(c.irm, f));
      BitSet addIn = Bits.minus(Bits.row(c.frmT, f), Bits.row(c.irmT, f));
      if (!addOut.isEmpty() || !addIn.isEmpty()) {
        factors.add(f);
        addOut.stream().forEach(j -> cells.add(new int[] {f, j}));
        addIn.stream().forEach(j -> cells.add(new int[] {j, f}));
      }
    }
    return c.text.setsWithoutClosure(factors, cells, s.differIrm(), s.differFrm(),
        c.model.finalReachability().transitiveLinks().size());
  }

  /** Factor f's printed sets against row and column f of the basis, or null when they agree. */
  private static Finding setRow(AuditContext c, PrintedSets s, int f, BitMatrix b, BitMatrix bT) {
    BitSet out = s.out(f);
    BitSet in = s.in(f);
    BitSet row = Bits.row(b, f);
    BitSet column = Bits.row(bT, f);
    BitSet outDiff = Bits.xor(out, row);
    BitSet inDiff = Bits.xor(in, column);
    if (outDiff.isEmpty() && inDiff.isEmpty()) {
      return null;
    }
    List<int[]> cells = new ArrayList<>();
    outDiff.stream().forEach(j -> cells.add(new int[] {f, j}));
    inDiff.stream().forEach(j -> cells.add(new int[] {j, f}));
    BitSet involved = (BitSet) outDiff.clone();
    involved.or(inDiff);
    boolean frmBasis = s.basis() == SetsBasis.FRM;
    List<String> computed = new ArrayList<>();
    Set<Long> pairs = new HashSet<>();
    List<String> transposed = new ArrayList<>();
    List<String> contradictions = new ArrayList<>();
    for (int[] cell : cells) {
      int lo = Math.min(cell[0], cell[1]);
      int hi = Math.max(cell[0], cell[1]);
      if (pairs.add(((long) lo << 32) | hi)) {
        if (frmBasis && !c.irm.get(cell[0], cell[1]) && c.frm.get(cell[0], cell[1])) {
          computed.add(c.text.reachesBy(cell[0], cell[1], Bits.path(c.irm, cell[0], cell[1])));
        } else {
          computed.add(c.text.ssimCell(lo, hi));
        }
        if (s.transposedPair(lo, hi, b)) {
          transposed.add(c.text.transposedCells(lo, hi));
        }
      }
      List<Boolean> v = s.printedCell(cell[0], cell[1]);
      if (v.size() == 2 && !v.get(0).equals(v.get(1))) {
        contradictions.add(c.text.contradiction(cell[0], cell[1], v.get(0), v.get(1)));
      }
    }
    return c.text.setDiffers(f, Bits.minus(out, row), Bits.minus(row, out), Bits.minus(in, column),
        Bits.minus(column, in), involved, cells, computed, transposed, contradictions);
  }
}
