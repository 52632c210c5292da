package org.ism4j.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code sets-from-irm}: every membership of the printed sets table is the IRM's, apart from pairs
 * printed the wrong way round and cells the table prints both ways ({@link PrintedSets#fromIrm()}),
 * while the closure adds links to the printed rows. Sets that are closed, or differ from the IRM in
 * any other cell, are not claimed to come from it.
 */
final class SetsFromIrmRule implements DiagnosisRule {
  @Override
  public List<Cause> run(AuditContext c) {
    if (c.sets().isEmpty() || c.sets().get().fromIrm().isEmpty()) {
      return List.of();
    }
    PrintedSets s = c.sets().get();
    List<int[]> missing = new ArrayList<>();
    for (int[] cell : Bits.minus(c.frm, c.irm)) {
      if (s.hasRow(cell[0]) || s.hasRow(cell[1])) {
        missing.add(cell);
      }
    }
    return List.of(c.why.setsFromIrm(missing, s.fromIrm().get()));
  }
}
