package org.ism4j.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.IsmOptions;
import org.ism4j.export.PanelJson;
import org.ism4j.export.PanelXlsx;
import org.ism4j.panel.AggregationRule;
import org.ism4j.panel.Agreement;
import org.ism4j.panel.Panel;
import org.ism4j.panel.Stability;
import org.ism4j.report.PanelReport;
import org.ism4j.ssim.Ssim;
import org.ism4j.ssim.Workbook;
import org.ism4j.ssim.SsimParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ism aggregate}: turns an expert panel's SSIMs into one, with agreement and stability. */
@Command(name = "aggregate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Aggregate an expert panel's SSIMs into one, with their agreement and the levels' stability.",
    description = {
        "Reads one SSIM per expert (any layout analyze reads; factors matched by label, in any "
            + "order; experts named by their file names) and aggregates them with a rule stated per "
            + "direction: an expert asserts i → j with V or X and j → i with A or X. Prints the "
            + "aggregated SSIM, Fleiss' kappa with its Landis & Koch reading, the contested cells "
            + "and each expert's agreement with the aggregate; --stability N adds a bootstrap over "
            + "the experts (how often each factor keeps its level) and a leave-one-expert-out table.",
        "",
        "--format tsv prints the aggregated SSIM alone, which analyze reads: "
            + "ism aggregate e*.tsv --format tsv | ism analyze -",
        "",
        "Exit codes: 0 success, 2 bad input or usage (one line FILE:LINE:COLUMN: message on "
            + "standard error), 1 internal error."},
    footer = {"", "Examples:",
        "  ism aggregate expert-*.tsv",
        "  ism aggregate expert-*.tsv --rule threshold=0.6 --stability 1000 --format markdown -o panel.md",
        "  ism aggregate expert-*.tsv --format json --stability 1000 --seed 7",
        "  ism aggregate expert-*.tsv --format tsv | ism analyze -"})
final class AggregateCommand extends IsmCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The experts' SSIMs, at least two (text or a sheet of an .xlsx workbook, "
          + "FILE.xlsx#Sheet); - reads one of them from standard input.")
  private List<String> files = new ArrayList<>();

  @Option(names = "--all-sheets",
      description = "FILE is one .xlsx workbook with one expert per sheet, named after the sheet.")
  private boolean allSheets;

  @Option(names = "--rule", paramLabel = "RULE", defaultValue = "majority",
      converter = RuleConverter.class,
      description = "majority (a direction holds when more than half assert it), mode (the most "
          + "frequent symbol; a tie falls back to majority), unanimous, or threshold=T (at least the "
          + "share T, 0 < T <= 1). Default: ${DEFAULT-VALUE}.")
  private AggregationRule rule;

  @Option(names = "--stability", paramLabel = "N", converter = Counts.FromOne.class,
      description = "Resample the experts N times with replacement (1000 is usual) and report how "
          + "stable each factor's level is, and what leaving each expert out changes (not with "
          + "--format tsv, which prints the aggregated SSIM only).")
  private Integer stability;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + Panel.DEFAULT_SEED,
      description = "Seed of the resampling; the same seed gives the same result (default: "
          + "${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text, json, tsv, markdown or xlsx (the aggregated SSIM and the "
          + "agreement tables; needs -o FILE) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--max-factors", paramLabel = "N", defaultValue = "" + IsmOptions.DEFAULT_MAX_FACTORS,
      converter = Counts.MaxFactors.class,
      description = "Refuse SSIMs with more factors than this (default: ${DEFAULT-VALUE}).")
  private int maxFactors;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output.")
  private Path output;

  /** Stdin, replaceable for tests. */
  InputStream stdin = System.in;

  /** The output formats. */
  enum Format {
    TEXT, JSON, TSV, MARKDOWN, XLSX
  }

  /** Reads a format in either case; {@code md} and {@code txt} are accepted too. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Formats.parse(Format.class, value);
    }
  }

  /** Reads a rule with {@link AggregationRule#parse(String)}. */
  static final class RuleConverter implements CommandLine.ITypeConverter<AggregationRule> {
    @Override
    public AggregationRule convert(String value) {
      try {
        return AggregationRule.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  List<String> inputFiles() {
    return files;
  }

  @Override
  Path outputFile() {
    return output;
  }

  @Override
  void checkOptions() {
    onlyWith("--stability", format, Format.TEXT, Format.JSON, Format.MARKDOWN);
    if (given("--seed") && stability == null) {
      throw usage("--seed applies to --stability only (it seeds the resampling)");
    }
  }

  @Override
  int run() {
    if (files.stream().filter("-"::equals).count() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Standard input (-) can be only one of the FILEs");
    }
    SsimParser parser = SsimParser.builder().maxFactors(maxFactors).build();
    Panel.Builder builder = Panel.builder();
    if (allSheets) {
      if (files.size() != 1) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--all-sheets reads one workbook, got " + files.size() + " files");
      }
      String file = files.get(0);
      String name = file.equals("-") ? Inputs.STDIN : file;
      // one expert per sheet; a bad cell is reported at FILE[Sheet]!CELL like any sheet
      List<Map.Entry<String, Ssim>> experts = Inputs.read(file, in -> {
        Workbook book = Workbook.read(in);
        List<Map.Entry<String, Ssim>> out = new ArrayList<>();
        for (String sheet : book.sheetNames()) {
          out.add(Map.entry(sheet, parser.parseDetected(book.sheet(sheet)).ssim()));
        }
        return out;
      }, stdin);
      if (experts.size() < 2) {
        throw new UserError(name + ": a panel needs at least two experts, and the workbook has "
            + "one sheet; give one sheet per expert");
      }
      for (Map.Entry<String, Ssim> e : experts) {
        try {
          builder.expert(e.getKey(), e.getValue());
        } catch (IllegalArgumentException ex) {
          throw new UserError(name + ": " + ex.getMessage(), ex);
        }
      }
    } else {
      if (files.size() < 2) {
        throw new UserError("ism aggregate: a panel needs at least two experts' SSIMs, got one ("
            + files.get(0) + "); give one file per expert, or --all-sheets for a workbook");
      }
      List<String> names = expertNames(files);
      for (int e = 0; e < files.size(); e++) {
        String file = files.get(e);
        Ssim ssim = Inputs.table(file, null, in -> parser.parseDetected(in),
            table -> parser.parseDetected(table), stdin).ssim();
        try {
          builder.expert(names.get(e), ssim);
        } catch (IllegalArgumentException ex) {
          throw new UserError((file.equals("-") ? Inputs.STDIN : file) + ": " + ex.getMessage(), ex);
        }
      }
    }
    Panel panel = builder.build();
    Agreement agreement = panel.agreement(rule);
    Stability s = stability == null || format == Format.TSV ? null
        : panel.stability(rule, stability, seed);
    if (format == Format.XLSX) {
      writeBytes(output, "xlsx", out -> PanelXlsx.create().export(agreement, out));
      return OK;
    }
    write(output, out -> {
      switch (format) {
        case TSV:
          out.write(agreement.ssim().toTsv());
          break;
        case JSON: {
          PanelJson json = PanelJson.create();
          (s == null ? json : json.withStability(s)).export(agreement, out);
          break;
        }
        case MARKDOWN: {
          PanelReport report = PanelReport.of(agreement);
          out.write((s == null ? report : report.withStability(s)).markdown());
          break;
        }
        default: {
          PanelReport report = PanelReport.of(agreement);
          out.write((s == null ? report : report.withStability(s)).text());
        }
      }
      out.flush();
    });
    return OK;
  }

  /**
   * The experts' names: each file's name without its folders, or the path as given where two
   * files share a name; standard input is {@code <stdin>}.
   */
  static List<String> expertNames(List<String> files) {
    Map<String, Integer> seen = new HashMap<>();
    for (String f : files) {
      seen.merge(AnalyzeCommand.baseName(f), 1, Integer::sum);
    }
    List<String> names = new ArrayList<>();
    for (String f : files) {
      String base = AnalyzeCommand.baseName(f);
      names.add(f.equals("-") ? Inputs.STDIN : seen.get(base) > 1 ? f : base);
    }
    return names;
  }
}
