package org.ism4j.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ism4j.ssim.DelimitedTable;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.ssim.SsimParser;
import org.ism4j.weighted.WeightedMatrix;

/**
 * Run by {@link SmallHeapTest} in a JVM of 128 MB heap: feeds the readers inputs of up to 10 MB and
 * endless streams, generated as they are read (never held in memory), and prints one line per case:
 * {@code ok NAME (MS ms): MESSAGE} when refused with a {@link SsimFormatException} (or
 * {@code read NAME} when the case is valid and was read), {@code FAIL NAME: …} for anything else,
 * an {@link OutOfMemoryError} included; exits 1 after a failure.
 */
public final class SmallHeapMain {
  private static final long TEN_MB = 10L << 20;

  private SmallHeapMain() {}

  /** A stream of {@code prefix}, then {@code unit} repeated to {@code length} bytes (or forever). */
  static InputStream stream(String prefix, String unit, long length) {
    byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] rep = unit.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        if (length >= 0 && pos >= length) {
          return -1;
        }
        long p = pos++;
        return p < head.length ? head[(int) p] & 0xFF : rep[(int) ((p - head.length) % rep.length)] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
  }

  interface Case {
    void run() throws IOException;
  }

  /** A valid SSIM of n factors, labels 1..n, all O, as a stream (about 2n² bytes). */
  private static InputStream validSsim(int n) {
    StringBuilder header = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      header.append('\t').append(i);
    }
    header.append('\n');
    return new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(
        header.toString().getBytes(StandardCharsets.UTF_8)), new InputStream() {
          private int row;
          private byte[] line = new byte[0];
          private int pos;

          @Override
          public int read() {
            if (pos >= line.length) {
              if (row >= n) {
                return -1;
              }
              row++;
              StringBuilder sb = new StringBuilder().append(row);
              for (int j = 1; j <= n; j++) {
                sb.append('\t').append(j > row ? "O" : "");
              }
              line = sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
              pos = 0;
            }
            return line[pos++];
          }
        });
  }

  /**
   * Runs every case.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    SsimParser p = SsimParser.defaults();
    Map<String, Case> refused = new LinkedHashMap<>();
    refused.put("ssim: first line of 10 MB of tabs", () -> p.parseDetected(stream("", "\t", TEN_MB)));
    refused.put("ssim: first line of 10 MB of commas", () -> p.parseDetected(stream("", ",", TEN_MB)));
    refused.put("ssim: first line of 10 MB of labels", () -> p.parseDetected(stream("", "\tF", TEN_MB)));
    refused.put("ssim: a 10 MB cell", () -> p.parseDetected(stream("\tA\nA\t", "V", TEN_MB)));
    refused.put("ssim: a 10 MB quoted cell", () -> p.parseDetected(stream(",A\nA,\"", "V", TEN_MB)));
    refused.put("ssim: 10 MB of line breaks", () -> p.parseDetected(stream("\tA\nA\t\n", "\n", TEN_MB)));
    refused.put("ssim: endless zero bytes", () -> p.parseDetected(stream("", "\0", -1)));
    refused.put("ssim: endless tabs", () -> p.parseDetected(stream("", "\t", -1)));
    refused.put("ssim: endless tabs in a data row", () -> p.parseDetected(stream("\tA\nA\t", "\t", -1)));
    refused.put("ssim: endless one column", () -> p.parseDetected(stream("", "V\n", -1)));
    refused.put("table: first line of 10 MB of tabs", () -> DelimitedTable.read(stream("", "\t", TEN_MB)));
    refused.put("table: a 10 MB cell", () -> DelimitedTable.read(stream("", "x", TEN_MB)));
    refused.put("table: endless tabs", () -> DelimitedTable.read(stream("", "\t", -1)));
    refused.put("table: endless zero bytes", () -> DelimitedTable.read(stream("", "\0", -1)));
    refused.put("names: a 10 MB name", () -> FactorNames.parse(stream("id\tname\n1\t", "n", TEN_MB)));
    refused.put("names: endless tabs", () -> FactorNames.parse(stream("id\tname\n", "\t", -1)));
    refused.put("weighted: first line of 10 MB of tabs", () -> WeightedMatrix.parse(stream("", "\t", TEN_MB), null));
    refused.put("weighted: endless zero bytes", () -> WeightedMatrix.parse(stream("", "\0", -1), null));
    boolean failed = false;
    for (Map.Entry<String, Case> c : refused.entrySet()) {
      long start = System.nanoTime();
      try {
        c.getValue().run();
        System.out.println("FAIL " + c.getKey() + ": read, expected a refusal");
        failed = true;
      } catch (SsimFormatException e) {
        System.out.println("ok " + c.getKey() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms): "
            + e.getMessage());
      } catch (Throwable e) {
        System.out.println("FAIL " + c.getKey() + ": " + e);
        failed = true;
      }
    }
    long start = System.nanoTime();
    try {
      int n = p.parseDetected(validSsim(2000)).ssim().size();
      System.out.println("read valid 2000-factor SSIM (8 MB) (" + (System.nanoTime() - start) / 1_000_000
          + " ms): " + n + " factors");
    } catch (Throwable e) {
      System.out.println("FAIL valid 2000-factor SSIM: " + e);
      failed = true;
    }
    System.exit(failed ? 1 : 0);
  }
}
