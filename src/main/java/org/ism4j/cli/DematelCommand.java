package org.ism4j.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.draw.SvgWeighted;
import org.ism4j.export.WeightedJson;
import org.ism4j.micmac.SplitRule;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.report.MarkdownReport;
import org.ism4j.report.TextReport;
import org.ism4j.report.WeightedText;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.weighted.Dematel;
import org.ism4j.weighted.Scale;
import org.ism4j.weighted.Threshold;
import org.ism4j.weighted.WeightedMatrix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ism dematel}: DEMATEL on one or more experts' matrices, then ISM on the thresholded matrix. */
@Command(name = "dematel",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "DEMATEL and DEMATEL-ISM: total relations, cause and effect, and the ISM of the thresholded matrix.",
    description = {
        "Reads one direct-influence matrix per expert (the same factors in each; usually integers 0-4) "
            + "and averages them cell by cell. With s the largest row or column sum, D = A / s and "
            + "T = D (I - D)^-1; prints each factor's r (row sum of T), c (column sum), prominence r + c "
            + "and relation r - c (cause when positive, effect when negative).",
        "",
        "The cells of T at or above the threshold alpha (and the diagonal) make the initial reachability "
            + "matrix, analysed exactly as an SSIM is: levels, cycles, MICMAC. --format tsv prints that 0/1 "
            + "matrix, for ism analyze -; svg draws the cause-effect diagram.",
        "",
        "Exit codes: 0 success, 2 bad input or usage, 1 internal error."},
    footer = {"", "Examples:",
        "  ism dematel expert1.tsv expert2.tsv expert3.tsv",
        "  ism dematel panel/*.csv --threshold mean+sd --format json",
        "  ism dematel matrix.tsv --format tsv | ism analyze - --format svg -o digraph.svg"})
final class DematelCommand extends IsmCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "One weighted matrix per expert, tab- or comma-separated; - reads standard input.")
  private List<String> files;

  @Option(names = "--threshold", paramLabel = "RULE", defaultValue = "mean",
      description = "alpha: mean (of the n^2 cells of T), mean+sd, or a number (default: ${DEFAULT-VALUE}).")
  private String threshold;

  @Option(names = "--scale", paramLabel = "SCALE", converter = MicmacCommand.ScaleConverter.class,
      description = "The scale of the weights: godet, fuzzy or dematel (default: dematel, any "
          + "non-negative numbers).")
  private Scale scale;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text, json, tsv, svg or markdown (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--names", paramLabel = "FILE",
      description = "Display names: a table with a header row, then label<TAB>name per factor.")
  private String namesFile;

  @Option(names = "--split-rule", paramLabel = "RULE", defaultValue = "n/2",
      converter = ModelCommand.SplitRuleConverter.class,
      description = "MICMAC of the thresholded model: n/2, median or mean (default: ${DEFAULT-VALUE}).")
  private SplitRule splitRule;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output.")
  private java.nio.file.Path output;

  /** Stdin, replaceable for tests. */
  java.io.InputStream stdin = System.in;

  /** The output formats. */
  enum Format {
    TEXT, JSON, TSV, SVG, MARKDOWN
  }

  /** Reads a format in either case. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Formats.parse(Format.class, value);
    }
  }

  @Override
  List<String> inputFiles() {
    List<String> all = new ArrayList<>(files);
    all.add(namesFile);
    return all;
  }

  @Override
  java.nio.file.Path outputFile() {
    return output;
  }

  @Override
  void checkOptions() {
    onlyWith("--names", format, Format.TEXT, Format.JSON, Format.SVG, Format.MARKDOWN);
    onlyWith("--split-rule", format, Format.TEXT, Format.JSON, Format.MARKDOWN);
  }

  @Override
  int run() throws IOException {
    Threshold rule;
    try {
      rule = Threshold.parse(threshold);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--threshold': " + e.getMessage());
    }
    refuseSharedStdin(java.util.Map.entry("FILE", files), java.util.Map.entry("--names", Arrays.asList(namesFile)));
    // one scale for every expert, so that one expert's 0-3 answers are not read as another scale
    Scale on = scale != null ? scale : Scale.DEMATEL;
    List<WeightedMatrix> experts = new ArrayList<>();
    List<String> expertNames = new ArrayList<>();
    for (String f : files) {
      experts.add(Inputs.table(f, null, in -> WeightedMatrix.parse(in, on), t -> WeightedMatrix.parse(t, on), stdin));
      expertNames.add(name(f));
    }
    WeightedMatrix mean;
    try {
      mean = WeightedMatrix.average(experts, expertNames); // its messages name the files
    } catch (IllegalArgumentException e) {
      throw new UserError("ism dematel: " + e.getMessage(), e);
    }
    // as before: one file by its name (<stdin> for -), several as given
    String source = files.size() == 1 ? expertNames.get(0) : String.join(", ", files);
    Dematel dematel;
    try {
      dematel = Dematel.of(mean);
    } catch (IllegalArgumentException e) {
      throw new UserError(source + ": " + e.getMessage(), e);
    }
    ReachabilityMatrix irm = dematel.reachability(rule);
    IsmModel model = IsmAnalyzer.analyze(irm, IsmOptions.defaults().withSplitRule(splitRule)
        .withMaxFactors(Math.max(IsmOptions.DEFAULT_MAX_FACTORS, irm.size())));
    FactorNames names = FactorNames.none();
    if (namesFile != null) {
      names = Inputs.names(namesFile, stdin);
      try {
        names.checkAgainst(model.labels());
      } catch (SsimFormatException e) {
        throw Inputs.formatError(name(namesFile), e);
      }
    }
    FactorNames shown = names;
    Threshold chosen = rule;
    write(output, out -> render(dematel, chosen, model, shown, source, out));
    return OK;
  }

  private void render(Dematel dematel, Threshold rule, IsmModel model, FactorNames names, String source, Writer out)
      throws IOException {
    switch (format) {
      case JSON:
        WeightedJson.dematel(rule, model, names, source).export(dematel, out);
        break;
      case TSV:
        out.write(tsv(model.initialReachability()));
        break;
      case SVG:
        out.write(SvgWeighted.causeEffect(dematel, rule, AnalyzeCommand.baseName(files.get(0))
            + ": DEMATEL cause-effect diagram", names));
        break;
      case MARKDOWN:
        out.write(WeightedText.dematelMarkdown(dematel, rule, names, source));
        out.write('\n');
        MarkdownReport.of(model).withNames(names).withSource(source).withInputKind("thresholded DEMATEL matrix").writeTo(out);
        break;
      default:
        out.write(WeightedText.dematel(dematel, rule, names, source));
        out.write('\n');
        TextReport.of(model).withNames(names).withSource(source).withInputKind("thresholded DEMATEL matrix").writeTo(out);
    }
    out.flush();
  }

  /** The IRM as a tab-separated 0/1 matrix with a header row and a label column. */
  static String tsv(ReachabilityMatrix irm) {
    StringBuilder sb = new StringBuilder();
    for (String l : irm.labels()) {
      sb.append('\t').append(quote(l));
    }
    sb.append('\n');
    for (int i = 0; i < irm.size(); i++) {
      sb.append(quote(irm.labels().get(i)));
      String row = irm.rowString(i);
      for (int j = 0; j < row.length(); j++) {
        sb.append('\t').append(row.charAt(j));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String quote(String label) {
    return label.matches(".*[\t\"\r\n].*") ? "\"" + label.replace("\"", "\"\"") + "\"" : label;
  }

  private static String name(String given) {
    return given.equals("-") ? Inputs.STDIN : given;
  }
}
