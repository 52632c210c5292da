package org.ism4j.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the rules of the diagnosis over one context and ranks the causes found by their
 * {@link Cause.Kind} (the order of that enum: a single misprint first, then how the levels arose,
 * what the closure did, and slips in single tables). The rules share nothing but the context.
 */
final class Diagnostician {
  private static final List<DiagnosisRule> RULES = ImmutableList.of(
      new MisprintRule(),
      new LevelsFromIrmRule(),
      new LevelsFromPrintedFrmRule(),
      new ClosureMissingRule(),
      new ClosureOnePassRule(),
      new ClosureIncompleteRule(),
      new SetsFromIrmRule(),
      new FrmUnsupportedRule(),
      new SsimIrmMismatchRule(),
      new IrmPatternRule(Cause.Kind.VA_SWAPPED),
      new IrmPatternRule(Cause.Kind.REVERSED_COLUMNS),
      new TransposedCellsRule(),
      new CycleSplitRule());

  private Diagnostician() {}

  static List<Cause> diagnose(AuditContext context) {
    List<Cause> causes = new ArrayList<>();
    for (DiagnosisRule rule : RULES) {
      causes.addAll(rule.run(context));
    }
    causes.sort(Comparator.comparing(Cause::kind));
    return ImmutableList.copyOf(causes);
  }
}
