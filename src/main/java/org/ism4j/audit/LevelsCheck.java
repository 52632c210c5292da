package org.ism4j.audit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.ism4j.audit.PublishedTables.Part;

/**
 * The published levels as a whole: factors the levels table leaves out, and whether the levels
 * are what the level rule gives without closure ({@link Finding.Kind#LEVELS_WITHOUT_CLOSURE}).
 */
final class LevelsCheck implements Check {
  @Override
  public List<Finding> run(AuditContext c) {
    if (!c.hasPublishedLevels()) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    if (c.levelsPart() == Part.LEVELS) {
      Check.missing(c, Part.LEVELS, i -> c.publishedLevels().get(i) != 0, findings);
    }
    c.levelsWithoutClosure().ifPresent(source -> {
      BitSet differ = Bits.where(c.n, i -> c.levels().get(i) != c.computedLevels().get(i));
      findings.add(c.text.levelsWithoutClosure(differ, c.levels(), c.computedLevels(), source));
    });
    return findings;
  }
}
