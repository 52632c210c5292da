package org.ism4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.ism4j.internal.BitMatrix;
import org.ism4j.internal.TransitiveClosure;

/**
 * A cross-check of the floor ratios on a loaded machine, outside JMH: one floor write and one
 * closure per shape in each round, interleaved so that all see the same load, each timed in the
 * calling thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which excludes time
 * spent waiting for a core. Prints the median of each fifth of the run, so a phase change shows.
 *
 * <p>Usage: {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.ism4j.bench.InterleavedCpu 10000 90 dense dag sparse chain} (n, seconds, shapes).
 */
public final class InterleavedCpu {
  private InterleavedCpu() {}

  static volatile Object sink;
  static long[][] floor(int n) {
    int words = (n + 63) >>> 6;
    long[][] rows = new long[n][];
    for (int i = 0; i < n; i++) {
      long[] row = new long[words];
      long x = i * 0x9E3779B97F4A7C15L;
      for (int w = 0; w < words; w++) row[w] = x ^ w;
      rows[i] = row;
    }
    return rows;
  }
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]);
    int seconds = Integer.parseInt(a[1]);
    String[] shapes = Arrays.copyOfRange(a, 2, a.length);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    BitMatrix[] in = new BitMatrix[shapes.length];
    for (int s = 0; s < shapes.length; s++) in[s] = Inputs.adjacency(Inputs.Shape.valueOf(shapes[s]), n);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    int rounds = 0;
    long[][] samples = new long[shapes.length + 1][100000];
    while (System.nanoTime() < end && rounds < 100000) {
      long t = mx.getCurrentThreadCpuTime(); sink = floor(n); samples[0][rounds] = mx.getCurrentThreadCpuTime() - t;
      for (int s = 0; s < shapes.length; s++) {
        t = mx.getCurrentThreadCpuTime(); sink = TransitiveClosure.of(in[s]); samples[s + 1][rounds] = mx.getCurrentThreadCpuTime() - t;
      }
      rounds++;
    }
    // report per fifth of the run (to see phase changes), medians
    int fifth = rounds / 5;
    for (int k = 0; k < 5; k++) {
      StringBuilder sb = new StringBuilder("part " + (k + 1) + " (" + fifth + " rounds): floor " );
      double f = median(samples[0], k * fifth, (k + 1) * fifth);
      sb.append(String.format("%.3f ms", f / 1e6));
      for (int s = 0; s < shapes.length; s++) {
        double m = median(samples[s + 1], k * fifth, (k + 1) * fifth);
        sb.append(String.format("  %s %.3f ms (%.1fx)", shapes[s], m / 1e6, m / f));
      }
      System.out.println(sb);
    }
  }
  static double median(long[] x, int from, int to) {
    long[] c = Arrays.copyOfRange(x, from, to); Arrays.sort(c); return c.length == 0 ? 0 : c[c.length / 2];
  }
}
