package org.ism4j.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ism4j.Examples;
import org.ism4j.internal.Access;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.Condensation;
import org.ism4j.sensitivity.Sensitivity;
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
 * {@link Sensitivity#of(Ssim)}: all 3·n(n−1)/2 single-cell changes (targets: banking-17 under 5 ms,
 * 100 factors under 1 s, one core), against the same changes each recomputed from scratch with the
 * library's own component search and levels ({@code fromScratch}, levels only, no result objects).
 *
 * <p>Models: {@code banking-17} (the bundled example: one 17-factor cycle); {@code random-100}, 100
 * factors whose cells are V with probability 0.05 and X with probability 0.005 (fixed seed: a
 * hierarchy of several levels with a few small cycles), the shape of a large published ISM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SensitivityBenchmark {
  /** The model: {@code banking-17} or {@code random-100}. */
  @Param({"banking-17", "random-100"})
  public String model;

  Ssim ssim;
  BitMatrix irm;

  /** Reads or draws the model. */
  @Setup
  public void setUp() {
    ssim = model.equals("banking-17") ? Examples.load(Examples.BANKING_17).ssim() : random(100, 20261201L);
    irm = Access.bits(ssim);
  }

  static Ssim random(int n, long seed) {
    Random random = new Random(seed);
    Ssim.Builder b = Ssim.builder(Labels.numbered(n));
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double p = random.nextDouble();
        b.relation(i, j, p < 0.05 ? Relation.V : p < 0.055 ? Relation.X : Relation.O);
      }
    }
    return b.build();
  }

  /**
   * Every single-cell change, worked incrementally from the closure, with the result objects.
   *
   * @return the sensitivity
   */
  @Benchmark
  public Sensitivity incremental() {
    return Sensitivity.of(ssim);
  }

  /**
   * Every single-cell change recomputed from scratch: copy the IRM with the cell changed, find the
   * components, compute the levels.
   *
   * @return a checksum of the levels
   */
  @Benchmark
  public long fromScratch() {
    int n = irm.size();
    long sum = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Relation now = Relation.of(irm.get(i, j), irm.get(j, i));
        for (Relation r : Relation.values()) {
          if (r == now) {
            continue;
          }
          BitMatrix.Builder b = BitMatrix.builder(n);
          for (int k = 0; k < n; k++) {
            int row = k;
            irm.forEachInRow(k, c -> b.set(row, c));
          }
          b.set(i, j, r.forward());
          b.set(j, i, r.backward());
          int[] levels = Condensation.of(b.build()).levels();
          sum += levels[0];
        }
      }
    }
    return sum;
  }
}
