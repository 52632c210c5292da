package org.ism4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
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
      return run();
    } catch (UserError e) {
      err.println(e.getMessage());
      if (debug) {
        e.printStackTrace(err);
      }
      return USER_ERROR;
    } catch (picocli.CommandLine.ParameterException e) {
      throw e; // picocli prints the message and the usage, exit code 2
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      String what = e instanceof OutOfMemoryError
          ? "out of memory (give the JVM more with java -Xmx…, or lower --max-factors)"
          : e.toString();
      err.println("ism " + spec.name() + ": internal error: " + what
          + (debug ? "" : " (run with --debug for the stack trace)"));
      if (debug) {
        e.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    } finally {
      err.flush();
      spec.commandLine().getOut().flush();
    }
  }
}
