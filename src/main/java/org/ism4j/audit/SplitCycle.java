package org.ism4j.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.ism4j.IsmAnalyzer;
import org.ism4j.audit.Finding.Cell;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Condensation;
import org.ism4j.internal.FeedbackArcs;
import org.ism4j.reach.ReachabilityMatrix;

/**
 * A cycle of the SSIM whose factors the published levels put on different levels, with a closed
 * walk through it and, when small enough, its feedback links and the levels without them.
 *
 * @param members the cycle's factors, ascending
 * @param cycle what {@link Audit#cycles()} reports
 * @param searched whether the feedback links were searched (at most
 *     {@value Audit#FEEDBACK_LIMIT} members)
 */
record SplitCycle(ImmutableIntArray members, Audit.Cycle cycle, boolean searched) {

  /** The members as a new set. */
  BitSet memberSet() {
    BitSet s = new BitSet();
    members.forEach(s::set);
    return s;
  }

  /** The split cycles of an audit whose published levels differ, in component order. */
  static List<SplitCycle> find(AuditContext c) {
    Condensation cond = Access.condensation(c.model.finalReachability());
    ImmutableIntArray p = c.levels();
    ImmutableList.Builder<SplitCycle> out = ImmutableList.builder();
    for (int comp = 0; comp < cond.componentCount(); comp++) {
      if (!cond.isCycle(comp)) {
        continue;
      }
      int[] members = cond.members(comp);
      int top = members[0];
      int bottom = members[0];
      boolean differ = false;
      for (int m : members) {
        differ |= p.get(m) != p.get(members[0]);
        if (p.get(m) < p.get(top)) {
          top = m;
        }
        if (p.get(m) > p.get(bottom)) {
          bottom = m;
        }
      }
      if (differ) {
        out.add(of(c, members, top, bottom));
      }
    }
    return out.build();
  }

  private static SplitCycle of(AuditContext c, int[] members, int top, int bottom) {
    List<Integer> walk = new ArrayList<>(Bits.path(c.irm, bottom, top));
    List<Integer> up = Bits.path(c.irm, top, bottom);
    walk.addAll(up.subList(1, up.size()));
    List<Cell> links = new ArrayList<>();
    List<Set<String>> without = List.of();
    boolean exact = false;
    boolean searched = members.length <= Audit.FEEDBACK_LIMIT;
    if (searched) {
      FeedbackArcs fas = FeedbackArcs.of(c.irm, members, c.levels().toArray());
      exact = fas.isExact();
      BitMatrix.Builder reduced = BitMatrix.builder(c.n);
      for (int i = 0; i < c.n; i++) {
        int row = i;
        c.irm.forEachInRow(row, j -> reduced.set(row, j));
      }
      for (FeedbackArcs.Arc arc : fas.arcs()) {
        reduced.set(arc.from(), arc.to(), false);
        links.add(new Cell(c.labels.get(arc.from()), c.labels.get(arc.to())));
      }
      without = IsmAnalyzer.level(Access.make(ReachabilityMatrix.class, c.labels,
          reduced.build())).levels();
    }
    BitSet ms = Bits.of(members);
    Audit.Cycle cycle = new Audit.Cycle(c.text.names(ms), c.text.names(walk), links, exact,
        without);
    return new SplitCycle(ImmutableIntArray.copyOf(members), cycle, searched);
  }
}
