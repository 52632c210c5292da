package org.ism4j.audit;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import org.ism4j.audit.PublishedTables.Part;

/**
 * One check of an audit: reads the {@link AuditContext} and returns its findings, in order.
 * Checks are stateless and never throw; a part the paper did not print gives no findings.
 */
interface Check {
  /**
   * Runs the check.
   *
   * @param c the audit's context
   * @return the findings, in order; empty when everything checked agrees
   */
  List<Finding> run(AuditContext c);

  /** Adds a {@link Finding.Kind#MISSING_FACTOR} finding when some factor is not present. */
  static void missing(AuditContext c, Part part, IntPredicate present, List<Finding> out) {
    BitSet absent = Bits.where(c.n, present.negate());
    if (!absent.isEmpty()) {
      out.add(c.text.missing(part, absent, c.n));
    }
  }
}
