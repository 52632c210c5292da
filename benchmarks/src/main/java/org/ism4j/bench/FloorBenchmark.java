package org.ism4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The output-write floor of a closure: allocate n rows of ⌈n/64⌉ {@code long}s and write every word
 * once with a value that depends on the row and the word (so the JIT can neither skip the writes
 * nor fold them into a constant fill). An implementation that writes its n² result bits into fresh
 * rows cannot beat this; {@code ism} can, on inputs where whole strongly connected components share
 * one row array.
 *
 * <p>The fork touches its whole heap at start ({@code -XX:+AlwaysPreTouch}): without it the first
 * seconds of a run write into pages the JVM has reserved but the kernel has not yet mapped, and
 * every fresh 4 KiB page costs a page fault (about 1,300-2,700 faults per call at n = 10,000, then
 * none once the heap has been used through), which made this benchmark bimodal (RESULTS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class FloorBenchmark {
  @Param({"17", "100", "1000", "10000"})
  public int n;

  /**
   * Writes n² bits into new rows.
   *
   * @return the rows
   */
  @Benchmark
  public long[][] writeRows() {
    int words = (n + 63) >>> 6;
    long[][] rows = new long[n][];
    for (int i = 0; i < n; i++) {
      long[] row = new long[words];
      long x = i * 0x9E3779B97F4A7C15L;
      for (int w = 0; w < words; w++) {
        row[w] = x ^ w;
      }
      rows[i] = row;
    }
    return rows;
  }
}
