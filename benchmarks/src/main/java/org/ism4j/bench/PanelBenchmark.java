package org.ism4j.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ism4j.IsmAnalyzer;
import org.ism4j.panel.AggregationRule;
import org.ism4j.panel.Agreement;
import org.ism4j.panel.Panel;
import org.ism4j.panel.Stability;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Expert panels: {@link Panel#stability(AggregationRule, int, long)} of 12 experts over 60 factors
 * with 1000 bootstrap resamples (the target is under one second on one core), and
 * {@link Panel#agreement(AggregationRule)} of the same panel.
 *
 * <p>The panel (fixed seeds): a base SSIM over 60 factors whose cells (i, j), i &lt; j, are V with
 * probability 0.08 and X with probability 0.005 (so a hierarchy of many levels with a few cycles),
 * and 12 experts who each replace 8 % of the cells by a uniformly random symbol. In setup the full
 * panel's levels are checked against {@link IsmAnalyzer#level(Ssim)} of the aggregate.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PanelBenchmark {
  static final int FACTORS = 60;
  static final int EXPERTS = 12;
  static final int RESAMPLES = 1000;

  /** The aggregation rule: {@code majority} or {@code mode}. */
  @Param({"majority", "mode"})
  public String rule;

  Panel panel;
  AggregationRule aggregationRule;

  /** Builds the panel and checks the full panel's levels. */
  @Setup
  public void setUp() {
    aggregationRule = AggregationRule.parse(rule);
    panel = panel(FACTORS, EXPERTS, 20261201L);
    Stability s = panel.stability(aggregationRule, 10, 1);
    int[] expected = IsmAnalyzer.level(panel.aggregate(aggregationRule)).levelsByFactor().toArray();
    if (!Arrays.equals(expected, s.levels().toArray())) {
      throw new IllegalStateException("the panel's levels differ from IsmAnalyzer.level of its aggregate");
    }
  }

  static Panel panel(int n, int k, long seed) {
    Random random = new Random(seed);
    Relation[] base = new Relation[n * (n - 1) / 2];
    for (int c = 0; c < base.length; c++) {
      double p = random.nextDouble();
      base[c] = p < 0.08 ? Relation.V : p < 0.085 ? Relation.X : Relation.O;
    }
    List<Ssim> experts = new ArrayList<>();
    Relation[] all = Relation.values();
    for (int e = 0; e < k; e++) {
      Ssim.Builder b = Ssim.builder(Labels.numbered(n));
      int c = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          b.relation(i, j, random.nextDouble() < 0.08 ? all[random.nextInt(4)] : base[c]);
          c++;
        }
      }
      experts.add(b.build());
    }
    return Panel.of(experts);
  }

  /**
   * The bootstrap (1000 resamples) and the leave-one-expert-out table.
   *
   * @return the stability
   */
  @Benchmark
  public Stability stability() {
    return panel.stability(aggregationRule, RESAMPLES, 42);
  }

  /**
   * The aggregate, the per-cell counts, Fleiss' kappa and the per-expert agreement.
   *
   * @return the agreement
   */
  @Benchmark
  public Agreement agreement() {
    return panel.agreement(aggregationRule);
  }
}
