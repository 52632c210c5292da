package org.ism4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import org.ism4j.Examples;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.ssim.FactorNames;
import org.ism4j.micmac.SplitRule;
import org.ism4j.ssim.Ssim;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.ssim.SsimParser;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Base of the subcommands that read one model (a FILE or a bundled {@code --example}), analyse it
 * and write one output: the input options, their checks and the output file are shared; a
 * subcommand says how to {@link #render render} the analysed model.
 */
abstract class ModelCommand extends IsmCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "The model: an SSIM (V/A/X/O, upper triangle) or a square 0/1 matrix, tab- or "
          + "comma-separated, or a sheet of an .xlsx workbook (FILE.xlsx#Sheet for a named one); "
          + "- reads standard input.")
  String file;

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "The sheet of an .xlsx FILE to read (default: the first).")
  String sheet;

  @Option(names = "--example", paramLabel = "NAME", completionCandidates = ExampleNames.class,
      description = "Analyse a bundled example instead of FILE: ${COMPLETION-CANDIDATES}.")
  String example;

  @Option(names = "--names", paramLabel = "FILE",
      description = "Display names: a table with a header row, then label<TAB>name (or label,name) "
          + "per factor.")
  String namesFile;

  @Option(names = "--split-rule", paramLabel = "RULE", defaultValue = "n/2",
      converter = SplitRuleConverter.class,
      description = "MICMAC split between weak and strong power: n/2, median or mean "
          + "(default: ${DEFAULT-VALUE}); a power is strong when strictly greater.")
  SplitRule splitRule;

  @Option(names = "--max-factors", paramLabel = "N", defaultValue = "" + IsmOptions.DEFAULT_MAX_FACTORS,
      converter = Counts.MaxFactors.class,
      description = "Refuse models with more factors than this (default: ${DEFAULT-VALUE}).")
  int maxFactors;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output.")
  Path output;

  /** Stdin, replaceable for tests. */
  InputStream stdin = System.in;

  /** Reads a split rule with {@link SplitRule#parse(String)}. */
  static final class SplitRuleConverter implements CommandLine.ITypeConverter<SplitRule> {
    @Override
    public SplitRule convert(String value) {
      try {
        return SplitRule.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** The bundled examples, for the help text and shell completion. */
  static final class ExampleNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Examples.names().iterator();
    }
  }

  /** A model read from a file or an example, before analysis. */
  static final class Input {
    final String name;
    final String kind;
    final Ssim ssim;
    final FactorNames names;

    Input(String name, String kind, Ssim ssim, FactorNames names) {
      this.name = name;
      this.kind = kind;
      this.ssim = ssim;
      this.names = names;
    }
  }

  /**
   * Writes the output for an analysed model.
   *
   * @param model the model
   * @param input where it came from
   * @param names the display names (none when not given)
   * @param out where to write; flushed by the caller
   * @throws IOException when writing fails
   */
  abstract void render(IsmModel model, Input input, FactorNames names, Writer out) throws IOException;

  /**
   * Adds a subcommand's own analysis options to the shared ones; none by default.
   *
   * @param options the options from the shared flags
   * @return the options to analyse with
   */
  IsmOptions configure(IsmOptions options) {
    return options;
  }

  /**
   * Returns the name of the chosen format when it is binary (written by {@link #renderBytes}, to
   * {@code -o FILE} only), or null for a text format.
   */
  String binaryFormat() {
    return null;
  }

  /**
   * Writes the binary output for an analysed model; called when {@link #binaryFormat()} is not null.
   *
   * @throws IOException when writing fails
   */
  void renderBytes(IsmModel model, Input input, FactorNames names, java.io.OutputStream out)
      throws IOException {
    throw new UnsupportedOperationException(spec.name() + " has no binary format");
  }

  /**
   * Refuses {@code --names} for a command whose outputs show the labels only (a usage error such as
   * {@code --names does not apply to whatif (its outputs show the labels)}); call it from
   * {@link #checkOptions()}.
   */
  final void refuseNames() {
    if (given("--names")) {
      throw usage("--names does not apply to " + spec.name() + " (its outputs show the labels)");
    }
  }

  /** Refuses FILE and {@code --names} both given as {@code -} (a usage error). */
  final void refuseFileAndNamesOnStdin() {
    refuseSharedStdin(java.util.Map.entry("FILE", java.util.Arrays.asList(file)),
        java.util.Map.entry("--names", java.util.Arrays.asList(namesFile)));
  }

  @Override
  java.util.List<String> inputFiles() {
    return java.util.Arrays.asList(file, namesFile);
  }

  @Override
  Path outputFile() {
    return output;
  }

  @Override
  int run() throws IOException {
    if ((file == null) == (example == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), file == null
          ? "Missing FILE: give a model file, - for standard input, or --example NAME"
          : "Give either FILE or --example, not both");
    }
    String binary = binaryFormat();
    if (binary != null && output == null) {
      writeBytes(null, binary, out -> { }); // refuses standard output before the work is done
    }
    Input input = example != null ? example() : file();
    if (input.ssim.size() > maxFactors) {
      throw new UserError(input.name + ": " + input.ssim.size() + " factors exceed the limit of "
          + maxFactors + " (raise it with --max-factors)");
    }
    IsmOptions options = configure(IsmOptions.defaults().withSplitRule(splitRule).withMaxFactors(maxFactors));
    IsmModel model = IsmAnalyzer.analyze(input.ssim, options);

    FactorNames names = input.names;
    if (namesFile != null) {
      names = Inputs.names(namesFile, stdin);
      try {
        names.checkAgainst(model.labels());
      } catch (SsimFormatException e) {
        throw Inputs.formatError(namesFile.equals("-") ? Inputs.STDIN : namesFile, e);
      }
    }
    FactorNames shown = names;
    if (binary != null) {
      writeBytes(output, binary, out -> renderBytes(model, input, shown, out));
    } else {
      write(output, out -> render(model, input, shown, out));
    }
    return OK;
  }

  private Input example() {
    Examples.Example ex = loadExample(example);
    return new Input(ex.name(), "ssim", ex.ssim(), ex.names());
  }

  private Input file() {
    refuseFileAndNamesOnStdin();
    SsimParser parser = SsimParser.builder().maxFactors(maxFactors).build();
    SsimParser.Parsed parsed = Inputs.table(file, sheet, in -> parser.parseDetected(in),
        table -> parser.parseDetected(table), stdin);
    String kind = parsed.kind() == SsimParser.Kind.IRM ? "reachability" : "ssim";
    return new Input(file.equals("-") ? Inputs.STDIN : file, kind, parsed.ssim(), FactorNames.none());
  }
}
