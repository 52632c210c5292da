package org.ism4j.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@link Finding.Kind#SPLIT_CYCLE} per cycle whose factors the published levels put on
 * different levels ({@link AuditContext#splitCycles()}).
 */
final class CyclesCheck implements Check {
  @Override
  public List<Finding> run(AuditContext c) {
    List<Finding> findings = new ArrayList<>();
    for (SplitCycle s : c.splitCycles()) {
      findings.add(c.text.splitCycle(s.memberSet(), s.cycle(), s.searched(), c.levels(),
          c.model.levels().levelOf(s.members().get(0))));
    }
    return findings;
  }
}
