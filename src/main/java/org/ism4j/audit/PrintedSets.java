package org.ism4j.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ism4j.audit.Audit.SetsBasis;
import org.ism4j.audit.Audit.SetsConvention;
import org.ism4j.audit.PublishedTables.Part;
import org.ism4j.internal.BitMatrix;

/**
 * A printed sets table in SSIM order, each set with the factor itself added (whatever the table's
 * convention), and which matrix it follows. Immutable: the getters return copies.
 */
final class PrintedSets {
  private final BitSet[] out;
  private final BitSet[] in;
  /** Null unless every row printed a common set. */
  private final BitSet[] common;
  private final BitSet rows;
  private final SetsConvention convention;
  private final int differIrm;
  private final int differFrm;
  /** Null unless the sets are the IRM's rows and columns ({@link #fromIrm}). */
  private FromIrm fromIrm;

  /**
   * How printed sets are the IRM's rows and columns: every printed membership is the IRM's except
   * in pairs printed the wrong way round and in cells the table prints both ways (0 in one set, 1
   * in the other, one of them the IRM's).
   *
   * @param transposed the pairs {lo, hi} printed the wrong way round
   * @param contradictions the cells {from, to} printed both ways
   */
  record FromIrm(List<int[]> transposed, List<int[]> contradictions) {}

  private PrintedSets(BitSet[] out, BitSet[] in, BitSet[] common, BitSet rows,
      SetsConvention convention, int differIrm, int differFrm) {
    this.out = out;
    this.in = in;
    this.common = common;
    this.rows = rows;
    this.convention = convention;
    this.differIrm = differIrm;
    this.differFrm = differFrm;
  }

  /** Reads the rows; compares them with the IRM and FRM (and their transposes: the columns). */
  static PrintedSets of(List<PublishedTables.SetsRow> printed, PublishedFactors factors,
      BitMatrix irm, BitMatrix irmT, BitMatrix frm, BitMatrix frmT) {
    int n = irm.size();
    BitSet[] out = new BitSet[n];
    BitSet[] in = new BitSet[n];
    BitSet[] common = new BitSet[n];
    BitSet rows = new BitSet();
    int withSelf = 0;
    int withoutSelf = 0;
    boolean allCommon = true;
    for (PublishedTables.SetsRow r : printed) {
      int f = factors.index(r.factor(), Part.SETS);
      if (rows.get(f)) {
        throw factors.refuse(Part.SETS, PublishedFactors.twoSetsRows(factors.label(f)));
      }
      rows.set(f);
      out[f] = factors.members(r.output(), Part.SETS);
      in[f] = factors.members(r.input(), Part.SETS);
      if (out[f].get(f) && in[f].get(f)) {
        withSelf++;
      } else if (!out[f].get(f) && !in[f].get(f)) {
        withoutSelf++;
      } else {
        withSelf++;
        withoutSelf++;
      }
      out[f].set(f);
      in[f].set(f);
      if (r.common().isPresent()) {
        common[f] = factors.members(r.common().get(), Part.SETS);
        common[f].set(f);
      } else {
        allCommon = false;
      }
    }
    SetsConvention convention = withoutSelf == 0 ? SetsConvention.INCLUDES_FACTOR
        : withSelf == 0 ? SetsConvention.EXCLUDES_FACTOR : SetsConvention.MIXED;
    int dIrm = 0;
    int dFrm = 0;
    for (int f = rows.nextSetBit(0); f >= 0; f = rows.nextSetBit(f + 1)) {
      dIrm += Bits.xor(out[f], Bits.row(irm, f)).cardinality()
          + Bits.xor(in[f], Bits.row(irmT, f)).cardinality();
      dFrm += Bits.xor(out[f], Bits.row(frm, f)).cardinality()
          + Bits.xor(in[f], Bits.row(frmT, f)).cardinality();
    }
    PrintedSets sets = new PrintedSets(out, in, allCommon ? common : null, rows, convention, dIrm,
        dFrm);
    sets.fromIrm = sets.matchIrm(irm, frm);
    return sets;
  }

  /**
   * Whether the sets are the IRM's rows and columns ({@link FromIrm}) while the closure adds
   * links to them; null when not.
   */
  private FromIrm matchIrm(BitMatrix irm, BitMatrix frm) {
    int n = irm.size();
    boolean closureAdds = false;
    Set<Long> cells = new LinkedHashSet<>();
    for (int f = rows.nextSetBit(0); f >= 0; f = rows.nextSetBit(f + 1)) {
      for (int j = 0; j < n; j++) {
        closureAdds |= frm.get(f, j) != irm.get(f, j) || frm.get(j, f) != irm.get(j, f);
        if (out[f].get(j) != irm.get(f, j)) {
          cells.add(((long) f << 32) | j);
        }
        if (in[f].get(j) != irm.get(j, f)) {
          cells.add(((long) j << 32) | f);
        }
      }
    }
    if (!closureAdds) {
      return null;
    }
    List<int[]> transposed = new ArrayList<>();
    List<int[]> contradictions = new ArrayList<>();
    Set<Long> pairs = new HashSet<>();
    for (long key : cells) {
      int a = (int) (key >>> 32);
      int b = (int) key;
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      if (transposedPair(lo, hi, irm)) {
        if (pairs.add(((long) lo << 32) | hi)) {
          transposed.add(new int[] {lo, hi});
        }
        continue;
      }
      List<Boolean> v = printedCell(a, b);
      if (v.size() == 2 && !v.get(0).equals(v.get(1))) {
        contradictions.add(new int[] {a, b});
        continue;
      }
      return null;
    }
    return new FromIrm(transposed, contradictions);
  }

  /**
   * How the sets are the IRM's rows and columns.
   *
   * @return the evidence, or empty when the sets are not the IRM's (or the IRM is closed on them)
   */
  Optional<FromIrm> fromIrm() {
    return Optional.ofNullable(fromIrm);
  }

  /** The printed values of cell (a, b): from a's output set and from b's input set, where printed. */
  List<Boolean> printedCell(int a, int b) {
    List<Boolean> v = new ArrayList<>(2);
    if (hasRow(a)) {
      v.add(out[a].get(b));
    }
    if (hasRow(b)) {
      v.add(in[b].get(a));
    }
    return v;
  }

  /** Whether the table prints (a, b) as the matrix's (b, a) and the other way round. */
  boolean transposedPair(int a, int b, BitMatrix m) {
    if (a == b || m.get(a, b) == m.get(b, a)) {
      return false;
    }
    for (boolean v : printedCell(a, b)) {
      if (v != m.get(b, a)) {
        return false;
      }
    }
    for (boolean v : printedCell(b, a)) {
      if (v != m.get(a, b)) {
        return false;
      }
    }
    return true;
  }

  /** Whether factor f has a row. */
  boolean hasRow(int f) {
    return rows.get(f);
  }

  /** The factors with a row. */
  BitSet rows() {
    return (BitSet) rows.clone();
  }

  /** The printed output (reachability) set of a factor with a row, the factor included. */
  BitSet out(int f) {
    return (BitSet) out[f].clone();
  }

  /** The printed input (antecedent) set of a factor with a row, the factor included. */
  BitSet in(int f) {
    return (BitSet) in[f].clone();
  }

  /** Whether every row printed a common (intersection) set. */
  boolean hasCommon() {
    return common != null;
  }

  /** The printed common set of a factor with a row, the factor included; needs {@link #hasCommon}. */
  BitSet common(int f) {
    return (BitSet) common[f].clone();
  }

  SetsConvention convention() {
    return convention;
  }

  /** Printed memberships that differ from the IRM's rows and columns. */
  int differIrm() {
    return differIrm;
  }

  /** Printed memberships that differ from the FRM's rows and columns. */
  int differFrm() {
    return differFrm;
  }

  /**
   * The matrix the sets follow: the IRM when they are its rows and columns ({@link #fromIrm()}),
   * else the FRM.
   */
  SetsBasis basis() {
    return fromIrm != null ? SetsBasis.IRM : SetsBasis.FRM;
  }

  /** Whether any printed membership differs from the FRM. */
  boolean deviates() {
    return differFrm > 0;
  }
}
