package org.ism4j.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks of an audit, in the order {@link Audit} describes, over one context, then the
 * diagnosis ({@link Diagnostician}). The checks
 * share nothing but the (immutable) context, so their order only fixes the order of the findings.
 */
final class Auditor {
  private static final List<Check> CHECKS = ImmutableList.of(
      new IrmCellsCheck(),
      new FrmLinksCheck(),
      new SetsCheck(),
      new LevelsCheck(),
      new CyclesCheck(),
      new LevelRuleCheck(),
      new PrintedLevelRuleCheck(),
      new PowersCheck());

  private Auditor() {}

  static Audit audit(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Check check : CHECKS) {
      findings.addAll(check.run(context));
    }
    return new Audit(context, findings, Diagnostician.diagnose(context));
  }
}
