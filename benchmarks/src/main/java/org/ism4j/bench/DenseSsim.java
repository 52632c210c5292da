package org.ism4j.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes the SSIM of a random dense DAG to standard output: factors F1..Fn, and for every pair
 * i &lt; j the relation {@code V} (i drives j) with probability p, else {@code O}. Runs as a
 * single-file program without building the project:
 * {@code java benchmarks/src/main/java/org/ism4j/bench/DenseSsim.java 274 0.5 1 > dense-274.tsv}.
 */
public final class DenseSsim {
  private DenseSsim() {}

  /**
   * Writes the SSIM.
   *
   * @param args n, p and a seed
   * @throws IOException if standard output fails
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    double p = Double.parseDouble(args[1]);
    Random random = new Random(Long.parseLong(args[2]));
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    for (int j = 0; j < n; j++) {
      out.write("\tF" + (j + 1));
    }
    out.write('\n');
    for (int i = 0; i < n; i++) {
      out.write("F" + (i + 1));
      for (int j = 0; j < n; j++) {
        out.write('\t');
        if (j > i) {
          out.write(random.nextDouble() < p ? 'V' : 'O');
        }
      }
      out.write('\n');
    }
    out.flush();
  }
}
