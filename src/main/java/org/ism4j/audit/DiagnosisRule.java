package org.ism4j.audit;

import java.util.List;

/**
 * One rule of the diagnosis: reads the {@link AuditContext} and returns the causes of its kind
 * that hold, each only when the published table is what that cause produces. Rules are stateless
 * and never throw; a part the paper did not print gives no cause.
 */
interface DiagnosisRule {
  /**
   * Runs the rule.
   *
   * @param c the audit's context
   * @return the causes found, in order; empty when the cause does not hold
   */
  List<Cause> run(AuditContext c);
}
