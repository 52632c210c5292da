package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ism4j.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Standard input ({@code -}) is decoded exactly as a file is: strictly as UTF-8, or as UTF-16 after
 * a UTF-16 byte order mark, with the same messages ({@code <stdin>} standing for the file name).
 */
class StandardInputTest {
  /** A → B → C with a factor label that is not ASCII. */
  static final String CAFE = "\tA\tCaf\u00e9\tC\nA\t\tV\tO\nCaf\u00e9\t\t\tV\nC\t\t\t\n";
  static final String NAMES = "label\tname\nA\tAlpha\nB\tB\u00e9ta\n";

  @TempDir
  Path dir;

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  /** UTF-16 with the byte order mark the encoder writes first (big-endian). */
  private static byte[] utf16(String text) {
    return bytes(text, StandardCharsets.UTF_16);
  }

  /** Runs {@code ism args} with {@code stdin} as standard input. */
  private static Run withStdin(byte[] stdin, String... args) {
    CommandLine cl = Main.commandLine();
    for (String command : new String[] {"analyze", "micmac"}) {
      ModelCommand c = cl.getSubcommands().get(command).getCommand();
      c.stdin = new ByteArrayInputStream(stdin);
    }
    AuditCommand audit = cl.getSubcommands().get("audit").getCommand();
    audit.stdin = new ByteArrayInputStream(stdin);
    return MainTest.run(cl, args);
  }

  /**
   * The run of the same command with the file in place of {@code -}, its name made {@code <stdin>}
   * (so compare only outputs whose layout does not depend on the length of the name).
   */
  private Run byPath(byte[] content, String... args) throws IOException {
    Path file = write("input.tsv", content);
    String[] withFile = args.clone();
    for (int i = 0; i < withFile.length; i++) {
      if (withFile[i].equals("-")) {
        withFile[i] = file.toString();
      }
    }
    Run r = MainTest.run(withFile);
    return new Run(r.code, r.out.replace(file.toString(), Inputs.STDIN),
        r.err.replace(file.toString(), Inputs.STDIN));
  }

  private void sameAsByPath(byte[] content, String... args) throws IOException {
    Run path = byPath(content, args);
    Run stdin = withStdin(content, args);
    // a Markdown report escapes the name "<stdin>" (as &lt;stdin\>) (a path needs no escaping): compare unescaped
    Run unescaped = new Run(stdin.code, stdin.out.replace("&lt;stdin\\>", Inputs.STDIN), stdin.err);
    assertEquals(path.toString(), unescaped.toString());
  }

  @Test
  void latin1OnStandardInputIsRefusedLikeTheSameFile() throws IOException {
    byte[] latin1 = bytes(CAFE, StandardCharsets.ISO_8859_1);
    Run r = withStdin(latin1, "analyze", "-");
    assertEquals(2, r.code, r::toString);
    assertEquals("<stdin>:1:3: not UTF-8 text: byte 0xE9 (binary data, or save the file as UTF-8)"
        + System.lineSeparator(), r.err);
    assertEquals("", r.out);
    sameAsByPath(latin1, "analyze", "-");
    sameAsByPath(latin1, "micmac", "-");
  }

  @Test
  void utf16WithAByteOrderMarkOnStandardInputIsReadLikeTheSameFile() throws IOException {
    Run r = withStdin(utf16(CAFE), "analyze", "-", "--format", "json");
    assertEquals(0, r.code, r::toString);
    assertTrue(r.out.contains("\"Caf\u00e9\""), r.out);
    sameAsByPath(utf16(CAFE), "analyze", "-", "--format", "json");
    sameAsByPath(bytes("\uFEFF" + CAFE, StandardCharsets.UTF_8), "analyze", "-", "--format", "json");
  }

  @Test
  void namesOnStandardInputAreDecodedLikeAFile() throws IOException {
    Path chain = write("chain.tsv", bytes(MainTest.CHAIN, StandardCharsets.UTF_8));
    byte[] latin1 = bytes(NAMES, StandardCharsets.ISO_8859_1);
    Run r = withStdin(latin1, "analyze", chain.toString(), "--names", "-");
    assertEquals(2, r.code, r::toString);
    assertEquals("<stdin>:3:2: not UTF-8 text: byte 0xE9 (binary data, or save the file as UTF-8)"
        + System.lineSeparator(), r.err);
    sameAsByPath(latin1, "analyze", chain.toString(), "--names", "-");
    Run utf16 = withStdin(utf16(NAMES), "analyze", chain.toString(), "--names", "-");
    assertEquals(0, utf16.code, utf16::toString);
    assertTrue(utf16.out.contains("B\u00e9ta"), utf16.out);
    sameAsByPath(utf16(NAMES), "analyze", chain.toString(), "--names", "-");
  }

  @Test
  void anAuditOfStandardInputIsDecodedLikeAFile() throws IOException {
    Path published = write("irm.tsv", bytes(
        "\tA\tCaf\u00e9\tC\nA\t1\t1\t0\nCaf\u00e9\t0\t1\t1\nC\t0\t0\t1\n", StandardCharsets.UTF_8));
    byte[] latin1 = bytes(CAFE, StandardCharsets.ISO_8859_1);
    Run r = withStdin(latin1, "audit", "-", "--published", published.toString());
    assertEquals(2, r.code, r::toString);
    assertEquals("<stdin>:1:3: not UTF-8 text: byte 0xE9 (binary data, or save the file as UTF-8)"
        + System.lineSeparator(), r.err);
    sameAsByPath(latin1, "audit", "-", "--published", published.toString());
    sameAsByPath(utf16(CAFE), "audit", "-", "--published", published.toString());
  }

  @Test
  void aPublishedTableOnStandardInputIsDecodedLikeAFile() throws IOException {
    Path ssim = write("ssim.tsv", bytes(CAFE, StandardCharsets.UTF_8));
    String levels = "factor\tlevel\nC\t1\nCaf\u00e9\t2\nA\t3\n";
    byte[] latin1 = bytes(levels, StandardCharsets.ISO_8859_1);
    Run r = withStdin(latin1, "audit", ssim.toString(), "--published-levels", "-");
    assertEquals(2, r.code, r::toString);
    assertEquals("<stdin>:3:1: not UTF-8 text: byte 0xE9 (binary data, or save the file as UTF-8)"
        + System.lineSeparator(), r.err);
    sameAsByPath(latin1, "audit", ssim.toString(), "--published-levels", "-");
    sameAsByPath(utf16(levels), "audit", ssim.toString(), "--published-levels", "-");
    sameAsByPath(utf16(levels), "audit", ssim.toString(), "--published", "-", "--format", "json");
  }
  /**
   * Standard input is read once: two inputs given as {@code -} are a usage error naming them,
   * before anything is read (the stream here would parse). A repeated {@code --published -} was let
   * through before and failed at its second read ("the file holds no table"), and tism read its
   * second {@code -} as an empty table.
   */
  @Test
  void twoInputsOnStandardInputAreRefusedNamingThem() throws IOException {
    byte[] ssim = CAFE.getBytes(StandardCharsets.UTF_8);
    String model = write("model.tsv", ssim).toString();
    String weights = write("w.tsv", "\ta\tb\na\t-\t1\nb\t2\t-\n".getBytes(StandardCharsets.UTF_8)).toString();
    String[][] cases = {
        {"SSIM and --published cannot both read standard input", "audit", "-", "--published", "-"},
        {"--published and --published cannot both read standard input",
            "audit", model, "--published", "-", "--published", "-"},
        {"SSIM and --published-levels cannot both read standard input",
            "audit", "-", "--published", model, "--published-levels", "-"},
        {"SSIM, --published and --published-levels cannot all read standard input",
            "audit", "-", "--published", "-", "--published-levels", "-"},
        {"FILE and FILE cannot both read standard input", "dematel", "-", "-"},
        {"FILE and --names cannot both read standard input", "dematel", weights, "-", "--names", "-"},
        {"FILE and --names cannot both read standard input", "analyze", "-", "--names", "-"},
        // micmac's weighted methods read the second - as an empty names table
        {"FILE and --names cannot both read standard input", "micmac", "--method", "indirect", "-", "--names", "-"},
        // tism read the second - as an empty table and warned that no link had an interpretation
        {"FILE and --interpretations cannot both read standard input", "tism", "-", "--interpretations", "-"},
        {"--interpretations and --significant cannot both read standard input",
            "tism", model, "--interpretations", "-", "--significant", "-"},
    };
    for (String[] c : cases) {
      String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      Run r = withStdin(ssim, args);
      assertEquals(2, r.code, r::toString);
      assertEquals(c[0] + " (see 'ism " + args[0] + " --help')", r.err.lines().findFirst().orElse(""),
          String.join(" ", args));
    }
  }
}
