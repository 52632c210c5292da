package org.ism4j.audit;

import java.util.BitSet;
import java.util.List;
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
    return new PrintedSets(out, in, allCommon ? common : null, rows, convention, dIrm, dFrm);
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

  /** The matrix the sets differ less from (the FRM on a tie). */
  SetsBasis basis() {
    return differIrm < differFrm ? SetsBasis.IRM : SetsBasis.FRM;
  }

  /** Whether any printed membership differs from the FRM. */
  boolean deviates() {
    return differFrm > 0;
  }
}
