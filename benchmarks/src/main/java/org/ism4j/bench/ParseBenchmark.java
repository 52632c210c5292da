package org.ism4j.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ism4j.ssim.Ssim;
import org.ism4j.ssim.SsimParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading an SSIM (and a 0/1 IRM) against the floor of reading its bytes at all: a plain scan that
 * counts the tabs of the same bytes (issue 16). The text is an n-factor upper-triangle SSIM with an
 * empty corner, labels 1..n across and down, and a random relation (seed 16) in every upper cell;
 * the IRM is the full 0/1 square of the same size. Both are generated once in {@link #setup()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ParseBenchmark {
  @Param({"1000", "5000"})
  public int n;

  private byte[] ssim;
  private byte[] irm;

  /** Generates the SSIM and the IRM text from a fixed seed. */
  @Setup(Level.Trial)
  public void setup() {
    SplittableRandom random = new SplittableRandom(16);
    String symbols = "VAXO";
    StringBuilder s = header(n);
    StringBuilder m = header(n);
    for (int i = 0; i < n; i++) {
      s.append(i + 1);
      m.append(i + 1);
      for (int j = 0; j < n; j++) {
        s.append('\t');
        m.append('\t');
        if (j > i) {
          s.append(symbols.charAt(random.nextInt(4)));
        }
        m.append(i == j || random.nextInt(8) == 0 ? '1' : '0');
      }
      s.append('\n');
      m.append('\n');
    }
    ssim = s.toString().getBytes(StandardCharsets.UTF_8);
    irm = m.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder header(int n) {
    StringBuilder sb = new StringBuilder(2 * n * n + 16 * n);
    for (int i = 1; i <= n; i++) {
      sb.append('\t').append(i);
    }
    return sb.append('\n');
  }

  /**
   * Reads the SSIM from a byte-array stream, as the command line reads a file.
   *
   * @return the SSIM
   * @throws IOException never, the bytes are in memory
   */
  @Benchmark
  public Ssim parseSsim() throws IOException {
    return SsimParser.builder().maxFactors(n).build().parseDetected(new ByteArrayInputStream(ssim)).ssim();
  }

  /**
   * Reads the 0/1 IRM from a byte-array stream.
   *
   * @return the SSIM the IRM encodes
   * @throws IOException never
   */
  @Benchmark
  public Ssim parseIrm() throws IOException {
    return SsimParser.builder().maxFactors(n).build().parseDetected(new ByteArrayInputStream(irm)).ssim();
  }

  /**
   * The floor: one pass over the SSIM's bytes counting its delimiters.
   *
   * @return the number of tabs
   */
  @Benchmark
  public int scanSsim() {
    int tabs = 0;
    for (byte b : ssim) {
      if (b == '\t') {
        tabs++;
      }
    }
    return tabs;
  }

  /**
   * The floor for the IRM's bytes.
   *
   * @return the number of tabs
   */
  @Benchmark
  public int scanIrm() {
    int tabs = 0;
    for (byte b : irm) {
      if (b == '\t') {
        tabs++;
      }
    }
    return tabs;
  }
}
