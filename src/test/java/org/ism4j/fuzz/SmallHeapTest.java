package org.ism4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs of up to 10 MB and endless streams in a forked JVM with a 128 MB heap
 * ({@link SmallHeapMain}): every one is refused with the documented exception, none runs out of
 * memory, and the whole run takes well under a minute.
 */
class SmallHeapTest {
  @Test
  void hostileInputIsRefusedInA128MegabyteHeap() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), SmallHeapMain.class.getName())
        .redirectErrorStream(true).start();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly();
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(ended, "no end within 120 s:\n" + out);
    assertFalse(out.contains("FAIL"), out);
    assertFalse(out.contains("OutOfMemoryError"), out);
    assertEquals(18, out.lines().filter(l -> l.startsWith("ok ")).count(), out);
    assertTrue(out.contains("read valid 2000-factor SSIM"), out);
    assertEquals(0, p.exitValue(), out);
  }
}
