package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code target/ism-cli.jar} in a new JVM. An integration test: Failsafe runs it in
 * {@code mvn verify} after {@code package} has built the jar; the jar must exist and be at least as
 * new as the compiled classes.
 */
class ShadedJarIT {
  static final Path JAR = Path.of("target", "ism-cli.jar");
  static final Path MAIN_CLASS = Path.of("target", "classes", "org", "ism4j", "cli", "Main.class");

  @TempDir
  Path dir;

  @BeforeAll
  static void jarIsFresh() throws IOException {
    assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": run mvn package first");
    assertTrue(!Files.exists(MAIN_CLASS)
            || !Files.getLastModifiedTime(JAR).toInstant().isBefore(
                Files.getLastModifiedTime(MAIN_CLASS).toInstant()),
        JAR + " is older than the compiled classes");
  }

  static MainTest.Run java(String... args) throws IOException, InterruptedException {
    return java(null, args);
  }

  /** Runs the jar with standard output sent to {@code stdout}, or captured when it is null. */
  static MainTest.Run java(File stdout, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("ism-out", ".txt");
    Path err = Files.createTempFile("ism-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(stdout != null ? stdout : out.toFile())
          .redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null").exists()
              ? new File("/dev/null") : new File("NUL")))
          .start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish in 2 minutes");
      return new MainTest.Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void theJarAnalysesTheBundledExampleAsJson() throws Exception {
    MainTest.Run r = java("analyze", "--example", "banking-17", "--format", "json");
    assertEquals(0, r.code, r::toString);
    JsonObject j = JsonParser.parseString(r.out).getAsJsonObject();
    assertEquals(17, j.getAsJsonArray("factors").size());
    assertEquals(1, j.getAsJsonArray("levels").size());
  }

  @Test
  void theJarReportsBadInputOnOneLineWithExitCodeTwo() throws Exception {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, MainTest.BAD);
    MainTest.Run r = java("analyze", bad.toString());
    assertEquals(2, r.code, r::toString);
    assertEquals(1, r.err.lines().count(), r::toString);
    assertTrue(r.err.startsWith(bad + ":2:4: "), r.err);
    assertFalse(r.err.contains("Exception"), r.err);
  }

  @Test
  void theJarFailsWithExitCodeTwoWhenStandardOutputIsFull() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full on this system");
    for (String[] args : new String[][] {
        {"analyze", "--example", "banking-17"},
        {"audit", "--example", "banking-17", "--format", "json"},
        {"--version"}}) {
      MainTest.Run r = java(full, args);
      assertEquals(2, r.code, r::toString);
      assertEquals("<stdout>: cannot write (No space left on device)" + System.lineSeparator(), r.err,
          r::toString);
    }
  }

  @Test
  void theJarPrintsItsVersion() throws Exception {
    MainTest.Run r = java("--version");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.startsWith("ism4j 0."), r.out);
  }
}
