package org.ism4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ism4j.Examples;
import org.ism4j.internal.VisibleText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Base of the {@code ism} subcommands: turns a {@link UserError} into one line on standard error and
 * exit code 2, and any other exception into one line and exit code 1 ({@code --debug} adds the
 * stack trace). A subcommand implements {@link #run()}.
 */
abstract class IsmCommand implements Callable<Integer> {
  /** Exit code of a success. */
  static final int OK = 0;
  /** Exit code of an internal error. */
  static final int INTERNAL_ERROR = 1;
  /** Exit code of bad input or usage. */
  static final int USER_ERROR = 2;
  /** The name standard output goes by in messages. */
  static final String STDOUT = "<stdout>";

  @Spec
  CommandSpec spec;

  @Option(names = "--debug", order = 1000, description = "Print the stack trace of an internal error.")
  boolean debug;

  /**
   * Does the work of the command.
   *
   * @return the exit code, usually {@link #OK}
   * @throws Exception any failure; a {@link UserError} is the user's to fix
   */
  abstract int run() throws Exception;

  @Override
  public final Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      checkOptions();
      checkOutput();
      return run();
    } catch (UserError e) {
      err.println(VisibleText.line(e.getMessage()));
      if (debug) {
        e.printStackTrace(err);
      }
      return USER_ERROR;
    } catch (picocli.CommandLine.ParameterException e) {
      throw e; // Main.usageError prints it as one line, exit code 2
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      String what = e instanceof OutOfMemoryError
          ? "out of memory (give the JVM more with java -Xmx…, or lower --max-factors)"
          : e.toString();
      err.println(VisibleText.line("ism " + spec.name() + ": internal error: " + what
          + (debug ? "" : " (run with --debug for the stack trace)")));
      if (debug) {
        e.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    } finally {
      err.flush();
      spec.commandLine().getOut().flush();
    }
  }

  /**
   * Refuses option combinations the command does not use, before anything is read; none by
   * default. The rule for every command: an option that does nothing with the chosen format (or
   * without another option) is a usage error, never silently ignored.
   */
  void checkOptions() {}

  /**
   * Returns the files the command reads as the user gave them (null entries and {@code -} are
   * skipped), so that {@code -o} cannot name one of them.
   */
  java.util.List<String> inputFiles() {
    return java.util.List.of();
  }

  /** Returns the {@code -o} file, or null when the output goes to standard output. */
  Path outputFile() {
    return null;
  }

  /**
   * Refuses a command line on which two inputs are {@code -}: standard input can be read once. The
   * usage error names every input given as {@code -}, in the order of {@code inputs} (one given
   * twice is named twice), e.g. {@code SSIM and --published cannot both read standard input}.
   *
   * @param inputs each input's name for the message and the values given for it (null ones skipped)
   */
  @SafeVarargs
  final void refuseSharedStdin(java.util.Map.Entry<String, List<String>>... inputs) {
    List<String> readers = new java.util.ArrayList<>();
    for (java.util.Map.Entry<String, List<String>> input : inputs) {
      for (String given : input.getValue()) {
        if ("-".equals(given)) {
          readers.add(input.getKey());
        }
      }
    }
    if (readers.size() > 1) {
      throw usage(readers.size() == 2
          ? readers.get(0) + " and " + readers.get(1) + " cannot both read standard input"
          : String.join(", ", readers.subList(0, readers.size() - 1)) + " and "
              + readers.get(readers.size() - 1) + " cannot all read standard input");
    }
  }

  /** Whether the user gave {@code option} on the command line (not just its default). */
  boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /** A usage error (one line, exit code 2) of this command. */
  picocli.CommandLine.ParameterException usage(String message) {
    return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
  }

  /**
   * Refuses {@code option} when it was given and {@code format} is none of {@code formats}: a usage
   * error such as {@code --bottom-up applies to --format svg only, not json}.
   */
  final void onlyWith(String option, Enum<?> format, Enum<?>... formats) {
    if (!given(option)) {
      return;
    }
    for (Enum<?> f : formats) {
      if (f == format) {
        return;
      }
    }
    throw usage(option + " applies to --format " + formatList(formats) + ", not "
        + format.name().toLowerCase(java.util.Locale.ROOT));
  }

  private static String formatList(Enum<?>[] formats) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Enum<?> f : formats) {
      names.add(f.name().toLowerCase(java.util.Locale.ROOT));
    }
    return names.size() == 1 ? names.get(0) + " only"
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /**
   * Refuses an {@code -o} file that is empty or is one of the {@link #inputFiles() inputs} (the
   * same file by {@link Files#isSameFile}, so {@code ./in.tsv} and a symbolic link are caught):
   * writing it would destroy the input.
   */
  private void checkOutput() {
    Path out = outputFile();
    if (out == null) {
      return;
    }
    if (out.toString().isEmpty()) {
      throw new UserError("ism " + spec.name() + ": -o: empty output file name");
    }
    if (!Files.exists(out)) {
      return;
    }
    for (String given : inputFiles()) {
      if (given == null || given.equals("-")) {
        continue;
      }
      Path in = Path.of(given);
      if (!Files.exists(in) && given.lastIndexOf('#') > 0) {
        in = Path.of(given.substring(0, given.lastIndexOf('#'))); // FILE.xlsx#Sheet
      }
      try {
        if (Files.exists(in) && Files.isSameFile(in, out)) {
          throw new UserError(out + ": -o names the input file " + given
              + "; refusing to overwrite it");
        }
      } catch (IOException e) {
        // cannot tell: the write reports what is wrong with the file
      }
    }
  }

  /** Writes one report; may throw what writing throws. */
  @FunctionalInterface
  interface Report {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes a report to standard output, or to {@code output} when it is given; a failure is a
   * one-line {@link UserError} naming the file and the reason.
   */
  void write(Path output, Report report) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        report.writeTo(out);
      } catch (IOException e) {
        throw new UserError(STDOUT + ": cannot write (" + e.getMessage() + ")", e);
      }
      // a PrintWriter swallows write errors and only sets a flag: a full disk would exit 0
      if (out.checkError()) {
        throw new UserError(stdoutFailure(out));
      }
      return;
    }
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      report.writeTo(out);
    } catch (IOException e) {
      throw new UserError(output + ": cannot write (" + reason(e) + ")", e);
    }
  }

  /** Writes a binary output (an xlsx workbook); may throw what writing throws. */
  @FunctionalInterface
  interface BinaryReport {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /**
   * Writes a binary output to {@code output}; a binary format is never written to standard output
   * (a terminal would show garbage), so {@code output} null is a one-line {@link UserError} asking
   * for {@code -o FILE}.
   */
  void writeBytes(Path output, String format, BinaryReport report) {
    if (output == null) {
      throw new UserError("ism " + spec.name() + ": --format " + format + " writes a binary file:"
          + " give -o FILE." + format);
    }
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(output))) {
      report.writeTo(out);
    } catch (IOException e) {
      throw new UserError(output + ": cannot write (" + reason(e) + ")", e);
    }
  }

  /** The one-line error for standard output that could not be written. */
  static String stdoutFailure(PrintWriter out) {
    String reason = out instanceof Main.Utf8Writer ? ((Main.Utf8Writer) out).failure() : null;
    return STDOUT + ": cannot write (" + (reason != null ? reason : "write error") + ")";
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage();
  }

  /** Loads a bundled example; an unknown name is a one-line {@link UserError} listing the known ones. */
  Examples.Example loadExample(String name) {
    try {
      return Examples.load(name);
    } catch (IllegalArgumentException e) {
      throw new UserError("ism " + spec.name() + ": " + e.getMessage(), e);
    }
  }
}
