package org.ism4j.cli;

import java.io.IOException;
import java.io.Writer;
import org.ism4j.IsmModel;
import org.ism4j.draw.SvgWeighted;
import org.ism4j.export.WeightedJson;
import org.ism4j.micmac.SplitRule;
import org.ism4j.report.WeightedText;
import org.ism4j.ssim.FactorNames;
import org.ism4j.draw.SvgMicmac;
import org.ism4j.report.TextReport;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.weighted.FuzzyMicmac;
import org.ism4j.weighted.GodetMicmac;
import org.ism4j.weighted.Scale;
import org.ism4j.weighted.WeightedMatrix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ism micmac}: reads a model and prints its MICMAC analysis as a table or an SVG diagram. */
@Command(name = "micmac",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "MICMAC: driving and dependence power of every factor, and its quadrant.",
    description = {
        "Reads an SSIM (or a full 0/1 reachability matrix) and prints each factor's driving power "
            + "(FRM row sum) and dependence power (FRM column sum), both counting the factor itself, "
            + "and its cluster: I autonomous, II dependent, III linkage or IV independent.",
        "",
        "--format svg draws the MICMAC diagram: dependence power on x, driving power on y, dashed "
            + "quadrant lines at the split rule's thresholds.",
        "",
        "--method indirect (Godet) and --method fuzzy read a weighted direct matrix instead: a square "
            + "matrix of weights on the godet (0-3 and P), fuzzy (0-1 or none ... complete) or dematel "
            + "scale, detected or named with --scale. indirect ranks by the row and column sums of the "
            + "powers of the matrix, exactly, stopping at the first power k >= 2 whose two rankings repeat "
            + "(at most --max-power, default 2n); fuzzy iterates the max-min composition until the "
            + "rankings or the matrix repeat. Their quadrants split at the mean unless --split-rule says "
            + "median; svg draws the displacement map (indirect) or the quadrant plot (fuzzy).",
        "",
        "Exit codes: 0 success, 2 bad input or usage, 1 internal error."},
    footer = {"", "Examples:",
        "  ism micmac model.tsv",
        "  ism micmac --example banking-17 --format svg -o micmac.svg",
        "  ism micmac godet.tsv --method indirect --format json"})
final class MicmacCommand extends ModelCommand {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text, json or svg (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--method", paramLabel = "METHOD", defaultValue = "direct",
      description = "direct (binary MICMAC of an SSIM or 0/1 matrix), indirect (Godet) or fuzzy "
          + "(default: ${DEFAULT-VALUE}).")
  private Method method;

  @Option(names = "--scale", paramLabel = "SCALE", converter = ScaleConverter.class,
      description = "indirect, fuzzy: the scale of the weights, godet, fuzzy or dematel "
          + "(default: detected from the cells).")
  private Scale scale;

  @Option(names = "--max-power", paramLabel = "K", converter = Counts.FromOne.class,
      description = "indirect, fuzzy: the highest power (iteration) to compute (default: 2n).")
  private Integer maxPower;

  /** The output formats. */
  enum Format {
    TEXT, JSON, SVG
  }

  /** The MICMAC methods. */
  enum Method {
    DIRECT, INDIRECT, FUZZY
  }

  /** Reads a scale with {@link Scale#parse(String)}. */
  static final class ScaleConverter implements CommandLine.ITypeConverter<Scale> {
    @Override
    public Scale convert(String value) {
      try {
        return Scale.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  void checkOptions() {
    onlyWith("--names", format, Format.TEXT, Format.SVG);
  }

  @Override
  int run() throws IOException {
    if (method == Method.DIRECT) {
      if (scale != null || maxPower != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            (scale != null ? "--scale" : "--max-power") + " needs --method indirect or fuzzy");
      }
      return super.run();
    }
    if (example != null || file == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), example != null
          ? "--example holds SSIMs; --method " + method.name().toLowerCase(java.util.Locale.ROOT)
              + " needs a weighted matrix FILE"
          : "Missing FILE: give a weighted matrix file or - for standard input");
    }
    SplitRule rule = splitRule;
    if (!spec.commandLine().getParseResult().hasMatchedOption("--split-rule")) {
      rule = SplitRule.MEAN;
    } else if (rule == SplitRule.HALF_N) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--split-rule n/2 splits counts of factors;"
          + " weighted sums split at the mean (the default) or the median");
    }
    refuseFileAndNamesOnStdin();
    String name = file.equals("-") ? Inputs.STDIN : file;
    WeightedMatrix matrix = Inputs.table(file, sheet, in -> WeightedMatrix.parse(in, scale),
        t -> WeightedMatrix.parse(t, scale), stdin);
    if (matrix.size() > maxFactors) {
      throw new UserError(name + ": " + matrix.size() + " factors exceed the limit of " + maxFactors
          + " (raise it with --max-factors)");
    }
    FactorNames names = FactorNames.none();
    if (namesFile != null) {
      names = Inputs.names(namesFile, stdin);
      try {
        names.checkAgainst(matrix.labels());
      } catch (SsimFormatException e) {
        throw Inputs.formatError(namesFile.equals("-") ? Inputs.STDIN : namesFile, e);
      }
    }
    int k = maxPower != null ? maxPower : GodetMicmac.defaultMaxPower(matrix.size());
    FactorNames shown = names;
    SplitRule split = rule;
    String title = AnalyzeCommand.baseName(name);
    try {
      if (method == Method.INDIRECT) {
        GodetMicmac g = GodetMicmac.of(matrix, k);
        write(output, out -> {
          if (format == Format.JSON) {
            WeightedJson.indirect(split).export(g, out);
          } else if (format == Format.SVG) {
            out.write(SvgWeighted.displacement(g, split, title + ": Godet's MICMAC, direct to indirect (power "
                + g.power() + ")", shown));
          } else {
            out.write(WeightedText.godet(g, split, shown, name));
          }
          out.flush();
        });
      } else {
        FuzzyMicmac f = FuzzyMicmac.of(matrix, k);
        write(output, out -> {
          if (format == Format.JSON) {
            WeightedJson.fuzzy(split).export(f, out);
          } else if (format == Format.SVG) {
            out.write(SvgWeighted.fuzzyMicmac(f, split, title + ": fuzzy MICMAC (" + matrix.size() + " factors)",
                shown));
          } else {
            out.write(WeightedText.fuzzy(f, split, shown, name));
          }
          out.flush();
        });
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(name + ": " + e.getMessage(), e);
    }
    return OK;
  }

  /** Reads a format in either case; {@code txt} is accepted too. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Formats.parse(Format.class, value);
    }
  }

  @Override
  void render(IsmModel model, Input input, FactorNames names, Writer out) throws IOException {
    if (format == Format.JSON) {
      WeightedJson.direct().export(model.micmac(), out);
    } else if (format == Format.SVG) {
      out.write(SvgMicmac.toSvg(model.micmac(), AnalyzeCommand.baseName(input.name) + ": MICMAC (" + model.size() + " factors)",
          names));
    } else {
      out.write(TextReport.of(model).withNames(names).withSource(input.name).withInputKind(input.kind)
          .renderMicmac());
    }
    out.flush();
  }
}
