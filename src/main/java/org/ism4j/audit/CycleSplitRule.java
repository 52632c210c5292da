package org.ism4j.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code cycle-split}: one cause per cycle of the full closure whose factors the published levels
 * put on different levels ({@link AuditContext#splitCycles()}).
 */
final class CycleSplitRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    List<Cause> causes = new ArrayList<>();
    for (SplitCycle s : c.splitCycles()) {
      int distinct = (int) s.memberSet().stream().map(i -> c.levels().get(i)).distinct().count();
      causes.add(c.why.cycleSplit(s, distinct));
    }
    return causes;
  }
}
