package org.ism4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.ism4j.internal.VisibleText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code ism} command line: {@code java -jar ism-cli.jar analyze model.tsv}.
 *
 * <p>Exit codes: 0 success; 2 bad input or usage (one line on standard error, such as
 * {@code model.tsv:4:7: unknown relation 'Q' (expected V, A, X or O)}, or a usage error followed by
 * {@code (see 'ism analyze --help')});
 * 1 an internal error (one line; {@code --debug} adds the stack trace).
 */
@Command(name = "ism",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Interpretive Structural Modeling: SSIM in; reachability, levels and MICMAC out.",
    synopsisSubcommandLabel = "COMMAND",
    usageHelpWidth = 100,
    // the subcommands are added in code (COMMANDS), so that one run builds only the one it runs
    footer = {"", "Exit codes: 0 success, 2 bad input or usage, 1 internal error.",
        "Run 'ism help COMMAND' for a command's options."})
public final class Main implements Callable<Integer> {
  /**
   * The subcommands by name, in the order the usage lists them (the help command last). Building
   * a command's picocli model reflects over all its options, so {@link #main} builds only the
   * command it runs (a fifth of a small model's start-up).
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  @Spec
  private CommandSpec spec;

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("analyze", AnalyzeCommand::new);
    m.put("micmac", MicmacCommand::new);
    m.put("dematel", DematelCommand::new);
    m.put("audit", AuditCommand::new);
    m.put("aggregate", AggregateCommand::new);
    m.put("tism", TismCommand::new);
    m.put("sensitivity", SensitivityCommand::new);
    m.put("whatif", WhatIfCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(m);
  }

  /** Creates the top-level command without its subcommands; use {@link #commandLine()} to run it. */
  public Main() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments, e.g. {@code analyze model.tsv --format json}
   */
  public static void main(String[] args) {
    CommandLine cl = commandLine(args)
        .setOut(utf8(new FileOutputStream(FileDescriptor.out)))
        .setErr(utf8(new FileOutputStream(FileDescriptor.err)));
    System.exit(run(cl, args));
  }

  /**
   * Executes the command line and flushes its writers; returns the exit code. A command that
   * succeeded but whose standard output could not be written (picocli's help or version text on a
   * full disk, say) fails with {@link IsmCommand#USER_ERROR}.
   */
  static int run(CommandLine cl, String... args) {
    int code = cl.execute(args);
    PrintWriter out = cl.getOut();
    if (out.checkError() && code == IsmCommand.OK) {
      cl.getErr().println(IsmCommand.stdoutFailure(out));
      code = IsmCommand.USER_ERROR;
    }
    cl.getErr().flush();
    return code;
  }

  /**
   * A UTF-8 writer on {@code stream} for standard output or standard error that remembers why
   * writing failed ({@link PrintWriter} only keeps an error flag).
   */
  static PrintWriter utf8(OutputStream stream) {
    return new Utf8Writer(new Failures(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
  }

  /** Passes everything on and remembers the last {@link IOException}. */
  private static final class Failures extends FilterWriter {
    IOException last;

    Failures(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        last = e;
        throw e;
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        last = e;
        throw e;
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        last = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        last = e;
        throw e;
      }
    }
  }

  /** An auto-flushing {@link PrintWriter} that can tell why it failed. */
  static final class Utf8Writer extends PrintWriter {
    private final Failures failures;

    private Utf8Writer(Failures failures) {
      super(failures, true);
      this.failures = failures;
    }

    /** The message of the last write failure, or {@code null}. */
    String failure() {
      IOException e = failures.last;
      return e == null ? null : e.getMessage();
    }
  }

  /**
   * Returns the configured command line, ready to {@code execute}; set its out and err writers to
   * capture the output.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return configure(COMMANDS.keySet());
  }

  /**
   * The command line for these arguments: when the first one names a command (other than
   * {@code help}, which lists them all), only that command is built; else all are, as in
   * {@link #commandLine()}. Parsing, output and exit codes are the same either way.
   */
  static CommandLine commandLine(String... args) {
    if (args.length > 0 && COMMANDS.containsKey(args[0]) && !"help".equals(args[0])) {
      return configure(List.of(args[0]));
    }
    return commandLine();
  }

  private static CommandLine configure(Collection<String> names) {
    CommandLine cl = new CommandLine(new Main());
    for (String name : names) {
      cl.addSubcommand(name, COMMANDS.get(name).get());
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // commands report their own errors (IsmCommand); this is the backstop
      PrintWriter err = commandLine.getErr();
      err.println(VisibleText.line("ism: internal error: " + e));
      if (debug(parseResult)) {
        e.printStackTrace(err);
      }
      err.flush();
      return IsmCommand.INTERNAL_ERROR;
    });
    return cl;
  }

  /**
   * Prints a usage error as one line, the message and where to read the usage (the promise of
   * one line per error holds for usage errors too), and returns exit code 2. Picocli's own
   * suggestions for a mistyped option are kept, on the same line.
   */
  static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    StringBuilder line = new StringBuilder(String.valueOf(e.getMessage()));
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      java.util.List<String> suggestions = ((CommandLine.UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append(" (did you mean ")
            .append(String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))))
            .append("?)");
      }
    }
    line.append(" (see '").append(c.getCommandSpec().qualifiedName()).append(" --help')");
    PrintWriter err = c.getErr();
    err.println(VisibleText.line(line.toString()));
    err.flush();
    return IsmCommand.USER_ERROR;
  }

  private static boolean debug(CommandLine.ParseResult result) {
    for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code ism} without a command: a usage error.
   *
   * @return never returns normally
   */
  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  /** Reads the version from the Maven descriptor in the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ism4j " + version(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    static String version() {
      try (InputStream in = Main.class.getResourceAsStream("/META-INF/maven/org.ism4j/ism4j/pom.properties")) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          String v = p.getProperty("version");
          if (v != null) {
            return v;
          }
        }
      } catch (IOException e) {
        // fall through: no version
      }
      String v = Main.class.getPackage().getImplementationVersion();
      return v != null ? v : "(development build)";
    }
  }
}
