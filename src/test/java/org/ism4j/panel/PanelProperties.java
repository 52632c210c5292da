package org.ism4j.panel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/** The panel's bit-row loops against {@link PanelReference}, and the rules' laws. */
class PanelProperties {

  /**
   * A panel as a base SSIM and, per expert, the cells where the expert departs from it (null: as
   * the base). Shrinks towards fewer factors, fewer experts and experts that agree.
   */
  record Judgements(int n, List<Relation> base, List<List<Relation>> departures) {
    List<Ssim> ssims() {
      List<Ssim> out = new ArrayList<>();
      for (List<Relation> d : departures) {
        Ssim.Builder b = Ssim.builder(Labels.numbered(n));
        int c = 0;
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) {
            b.relation(i, j, d.get(c) != null ? d.get(c) : base.get(c));
            c++;
          }
        }
        out.add(b.build());
      }
      return out;
    }

    int k() {
      return departures.size();
    }

    Panel panel() {
      return Panel.of(ssims());
    }
  }

  @Provide
  Arbitrary<Judgements> panels() {
    return Arbitraries.integers().between(2, 9).flatMap(n -> {
      int cells = n * (n - 1) / 2;
      // O-heavy, as real SSIMs are
      Arbitrary<Relation> relation = Arbitraries.frequencyOf(
          net.jqwik.api.Tuple.of(4, Arbitraries.just(Relation.O)),
          net.jqwik.api.Tuple.of(2, Arbitraries.just(Relation.V)),
          net.jqwik.api.Tuple.of(2, Arbitraries.just(Relation.A)),
          net.jqwik.api.Tuple.of(1, Arbitraries.just(Relation.X)));
      Arbitrary<List<Relation>> base = relation.list().ofSize(cells);
      Arbitrary<List<Relation>> departure = relation.injectNull(0.75).list().ofSize(cells);
      Arbitrary<List<List<Relation>>> experts = departure.list().ofMinSize(2).ofMaxSize(7);
      return Combinators.combine(base, experts).as((b, e) -> new Judgements(n, b, e));
    });
  }

  @Provide
  Arbitrary<Judgements> oddPanels() {
    return panels().filter(j -> j.k() % 2 == 1);
  }

  private static final List<String> RULES = List.of("majority", "mode", "unanimous", "threshold");

  private static AggregationRule rule(String name, double t) {
    return name.equals("threshold") ? AggregationRule.threshold(t) : AggregationRule.parse(name);
  }

  @Property(tries = 300)
  void aggregateEqualsTheReference(@ForAll("panels") Judgements j,
      @ForAll @IntRange(min = 0, max = 3) int r, @ForAll @DoubleRange(min = 0.01, max = 1) double t) {
    String name = RULES.get(r);
    assertEquals(PanelReference.aggregate(j.ssims(), name, t), j.panel().aggregate(rule(name, t)));
  }

  @Property(tries = 300)
  void kappaAndCountsEqualTheReference(@ForAll("panels") Judgements j) {
    Agreement g = j.panel().agreement(AggregationRule.majority());
    int[][] table = PanelReference.table(j.ssims());
    assertEquals(PanelReference.fleissKappa(table), g.fleissKappa(), 1e-9);
    for (int c = 0; c < table.length; c++) {
      CellAgreement cell = g.cells().get(c);
      assertArrayEquals(table[c], new int[] {cell.v(), cell.a(), cell.x(), cell.o()});
      assertEquals(cell.symbol(), g.ssim().relation(cell.row(), cell.column()));
    }
    assertTrue(g.fleissKappa() <= 1 + 1e-12);
  }

  @Property(tries = 200)
  void expertAgreementCountsTheCellsEqualToTheAggregate(@ForAll("panels") Judgements j) {
    Agreement g = j.panel().agreement(AggregationRule.mode());
    List<Ssim> ssims = j.ssims();
    for (int e = 0; e < ssims.size(); e++) {
      int same = 0;
      for (CellAgreement c : g.cells()) {
        if (ssims.get(e).relation(c.row(), c.column()) == c.symbol()) {
          same++;
        }
      }
      assertEquals(same, g.expertAgreement().get(e).agreeing());
    }
    List<CellAgreement> contested = g.contested();
    for (int i = 1; i < contested.size(); i++) {
      assertTrue(contested.get(i - 1).share() <= contested.get(i).share());
    }
  }

  @Property(tries = 200)
  void identicalExpertsAggregateToThemselvesWithKappaOneAndStabilityOne(
      @ForAll("panels") Judgements j, @ForAll @IntRange(min = 0, max = 3) int r,
      @ForAll @DoubleRange(min = 0.01, max = 1) double t) {
    Ssim one = j.ssims().get(0);
    List<Ssim> same = new ArrayList<>();
    for (int e = 0; e < j.k(); e++) {
      same.add(one);
    }
    Panel p = Panel.of(same);
    AggregationRule rule = rule(RULES.get(r), t);
    assertEquals(one, p.aggregate(rule));
    Agreement g = p.agreement(rule);
    assertEquals(1.0, g.fleissKappa());
    assertTrue(g.contested().isEmpty());
    Stability s = p.stability(rule, 50, 11);
    assertEquals(1.0, s.identicalLevels());
    for (FactorStability f : s.factorStability()) {
      assertEquals(1.0, f.stability(), f.factor());
      assertEquals(List.of(f.level()), List.copyOf(f.levelCounts().keySet()));
    }
    for (LeaveOneOut row : s.leaveOneOut()) {
      assertTrue(row.changedFactors().isEmpty());
    }
  }

  @Property(tries = 200)
  void aThresholdJustAboveOneHalfIsMajorityOnAnOddPanel(@ForAll("oddPanels") Judgements j,
      @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double f) {
    double epsilon = f / (2 * j.k()); // in (0, 1/(2k)): no share lies strictly between 1/2 and 1/2+ε
    Panel p = j.panel();
    assertEquals(p.aggregate(AggregationRule.majority()),
        p.aggregate(AggregationRule.threshold(0.5 + epsilon)));
  }

  @Property(tries = 200)
  void unanimousWithinMajorityWithinOneExpertLinkWise(@ForAll("panels") Judgements j) {
    Panel p = j.panel();
    Ssim unanimous = p.aggregate(AggregationRule.unanimous());
    Ssim majority = p.aggregate(AggregationRule.majority());
    Ssim any = p.aggregate(AggregationRule.threshold(1.0 / j.k()));
    int n = j.n();
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        if (i != k) {
          boolean u = unanimous.relation(i, k).forward();
          boolean m = majority.relation(i, k).forward();
          boolean a = any.relation(i, k).forward();
          assertTrue(!u || m, "unanimous ⊆ majority at " + i + "→" + k);
          assertTrue(!m || a, "majority ⊆ threshold(1/k) at " + i + "→" + k);
        }
      }
    }
  }

  @Property(tries = 120)
  void stabilityEqualsTheReferenceBootstrap(@ForAll("panels") Judgements j,
      @ForAll @IntRange(min = 0, max = 3) int r, @ForAll @DoubleRange(min = 0.01, max = 1) double t,
      @ForAll long seed) {
    String name = RULES.get(r);
    int resamples = 25;
    Stability s = j.panel().stability(rule(name, t), resamples, seed);
    int[] expected = PanelReference.stability(j.ssims(), name, t, resamples, seed);
    int n = j.n();
    int[] actual = new int[n + 1];
    for (int i = 0; i < n; i++) {
      actual[i] = s.factorStability().get(i).sameLevel();
    }
    actual[n] = s.identicalCount();
    assertArrayEquals(expected, actual);
    assertArrayEquals(PanelReference.levels(PanelReference.aggregate(j.ssims(), name, t)),
        s.levels().toArray());
    // leave one out against the reference partition of k - 1 experts
    List<Ssim> ssims = j.ssims();
    for (int e = 0; e < ssims.size(); e++) {
      List<Ssim> without = new ArrayList<>(ssims);
      without.remove(e);
      assertArrayEquals(PanelReference.levels(PanelReference.aggregate(ssims.get(0).labels(), without,
          name, t)), s.leaveOneOut().get(e).levels().toArray());
    }
  }

  @Property(tries = 100)
  void theStabilityOfEveryFactorIsOneWhenEveryExpertAgreesOnEveryCell(
      @ForAll("panels") Judgements j, @ForAll long seed) {
    List<Ssim> agreeing = new ArrayList<>();
    for (int e = 0; e < j.k(); e++) {
      agreeing.add(Ssim.parse(j.ssims().get(0).toTsv())); // equal, not the same instance
    }
    Stability s = Panel.of(agreeing).stability(AggregationRule.majority(), 30, seed);
    for (FactorStability f : s.factorStability()) {
      assertEquals(30, f.sameLevel());
    }
  }
}
