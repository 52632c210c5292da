package org.ism4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A failed write to standard output (a full disk, {@code > /dev/full}) is an error: exit code 2 and
 * one line {@code <stdout>: cannot write (reason)}, never a silent exit code 0.
 */
class StandardOutputTest {
  static final String NEWLINE = System.lineSeparator();

  @TempDir
  Path dir;

  /** An output stream that refuses every byte, as a full disk does. */
  static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  /** A writer that refuses every character. */
  static final class BrokenWriter extends Writer {
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      throw new IOException("Broken pipe");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("Broken pipe");
    }

    @Override
    public void close() {}
  }

  /** Runs {@code ism args} with {@code out} as standard output. */
  private static MainTest.Run run(PrintWriter out, String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(out).setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new MainTest.Run(code, "", err.toString());
  }

  private Path chain() throws IOException {
    Path p = dir.resolve("chain.tsv");
    Files.writeString(p, MainTest.CHAIN, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aFullDiskOnStandardOutputIsAnErrorWithExitCodeTwo() throws IOException {
    String chain = chain().toString();
    String expected = "<stdout>: cannot write (No space left on device)" + NEWLINE;
    for (String[] args : new String[][] {
        {"analyze", chain},
        {"analyze", chain, "--format", "json"},
        {"analyze", chain, "--format", "svg"},
        {"micmac", chain},
        {"audit", chain, "--published-levels", levels().toString()},
        {"audit", "--example", "banking-17", "--format", "json"}}) {
      MainTest.Run r = run(Main.utf8(new FullDisk()), args);
      assertEquals(2, r.code, () -> String.join(" ", args) + ": " + r);
      assertEquals(expected, r.err, () -> String.join(" ", args));
    }
  }

  @Test
  void aWriterThatFailsOnStandardOutputIsAnErrorToo() throws IOException {
    MainTest.Run r = run(new PrintWriter(new BrokenWriter()), "analyze", chain().toString());
    assertEquals(2, r.code, r::toString);
    assertEquals("<stdout>: cannot write (write error)" + NEWLINE, r.err);
  }

  @Test
  void helpOnAFullDiskIsAnErrorInMain() {
    PrintWriter out = Main.utf8(new FullDisk());
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine().setOut(out).setErr(new PrintWriter(err, true));
    int code = Main.run(cl, "--version");
    assertEquals(2, code, err::toString);
    assertEquals("<stdout>: cannot write (No space left on device)" + NEWLINE, err.toString());
  }

  private Path levels() throws IOException {
    Path p = dir.resolve("levels.tsv");
    Files.writeString(p, "factor\tlevel\nC\t1\nB\t2\nA\t3\n", StandardCharsets.UTF_8);
    return p;
  }
}
