package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code main} builds only the command it runs ({@link Main#commandLine(String...)}): every kind of
 * run must print exactly what the full command line prints, and exit the same way.
 */
class LazyCommandLineTest {
  static Stream<List<String>> runs() {
    return Stream.of(
        List.of("analyze", "--example", "banking-17"),
        List.of("analyze", "--example", "kumar-2014", "--format", "json"),
        List.of("micmac", "--example", "kumar-2014"),
        List.of("sensitivity", "--example", "kumar-2014", "--top", "3"),
        List.of("whatif", "--example", "kumar-2014", "--set", "nope"),
        List.of("analyze", "--frmat", "json"),
        List.of("analyze", "--help"),
        List.of("audit", "--help"),
        List.of("help", "tism"),
        List.of("help"),
        List.of("--help"),
        List.of("--version"),
        List.of("analyse", "x.tsv"),
        List.of());
  }

  @ParameterizedTest
  @MethodSource("runs")
  void buildingOneCommandChangesNothingAUserSees(List<String> args) {
    String[] a = args.toArray(String[]::new);
    MainTest.Run full = MainTest.run(Main.commandLine(), a);
    MainTest.Run lazy = MainTest.run(Main.commandLine(a), a);
    assertEquals(full.code, lazy.code, () -> "full:\n" + full + "\nlazy:\n" + lazy);
    assertEquals(full.out, lazy.out);
    assertEquals(full.err, lazy.err);
    assertTrue(!full.out.isEmpty() || !full.err.isEmpty(), "the run printed something");
  }

  @ParameterizedTest
  @MethodSource("runs")
  void onlyTheNamedCommandIsBuilt(List<String> args) {
    String[] a = args.toArray(String[]::new);
    boolean named = a.length > 0 && Main.commandLine().getSubcommands().containsKey(a[0])
        && !a[0].equals("help");
    assertEquals(named ? 1 : 9, Main.commandLine(a).getSubcommands().size());
  }
}
