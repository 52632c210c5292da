package org.ism4j.audit;

import java.util.ArrayList;
import java.util.List;
import org.ism4j.internal.BitMatrix;

/**
 * {@code va-swapped} and {@code reversed-columns}: the published IRM is the SSIM read another way
 * (V and A swapped, i.e. the IRM transposed; or each row's cells right to left) in all but at most
 * {@link AuditContext#tolerance()} cells, which are named, and that reading is closer to it than
 * the SSIM as given. One instance per reading.
 */
final class IrmPatternRule implements DiagnosisRule {
  private final Cause.Kind kind;

  IrmPatternRule(Cause.Kind kind) {
    this.kind = kind;
  }

  @Override
  public List<Cause> run(AuditContext c) {
    if (c.publishedIrm().isEmpty()) {
      return List.of();
    }
    BitMatrix pub = c.publishedIrm().get();
    BitMatrix alternative = alternative(c, kind);
    if (alternative.equals(c.irm)) {
      return List.of();
    }
    List<int[]> exceptions = Bits.differences(pub, alternative);
    List<int[]> differ = Bits.differences(pub, c.irm);
    if (exceptions.size() > c.tolerance() || exceptions.size() >= differ.size()) {
      return List.of();
    }
    List<int[]> explained = new ArrayList<>();
    for (int[] cell : differ) {
      if (pub.get(cell[0], cell[1]) == alternative.get(cell[0], cell[1])) {
        explained.add(cell);
      }
    }
    return List.of(c.why.irmPattern(kind, explained, exceptions));
  }

  /** The IRM of the SSIM read the way {@code kind} says. */
  static BitMatrix alternative(AuditContext c, Cause.Kind kind) {
    return kind == Cause.Kind.VA_SWAPPED ? c.irmT : IrmCellsCheck.reversedColumns(c);
  }

  /** Whether a published IRM is explained by one of the readings. */
  static boolean anyHolds(AuditContext c) {
    return !new IrmPatternRule(Cause.Kind.VA_SWAPPED).run(c).isEmpty()
        || !new IrmPatternRule(Cause.Kind.REVERSED_COLUMNS).run(c).isEmpty();
  }
}
