package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The redesign must not change what the CLI prints: every case in {@code golden/cases.txt} was run
 * through the command line before the redesign and its standard output kept as
 * {@code golden/NAME.out}. Each case runs here in process and must print the same bytes.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @TestFactory
  Stream<DynamicTest> everyGoldenCasePrintsTheSameBytesAsBeforeTheRedesign() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String line : Files.readAllLines(GOLDEN.resolve("cases.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      String name = parts[0];
      String[] args = parts[1].split(" ");
      tests.add(DynamicTest.dynamicTest(name + ": ism " + parts[1], () -> {
        String expected = Files.readString(GOLDEN.resolve(name + ".out"), StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true)).execute(args);
        assertEquals(0, code, () -> "exit code of ism " + parts[1] + ": " + err);
        assertEquals(expected, out.toString(), () -> "output of ism " + parts[1]);
      }));
    }
    return tests.stream();
  }
}
