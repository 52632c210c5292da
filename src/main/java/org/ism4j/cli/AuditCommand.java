package org.ism4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.Examples;
import org.ism4j.audit.Audit;
import org.ism4j.audit.PublishedTableException;
import org.ism4j.export.AuditJson;
import org.ism4j.export.AuditXlsx;
import org.ism4j.report.AuditReport;
import org.ism4j.audit.PublishedTables;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.ssim.SsimParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ism audit}: checks a paper's published tables against its own SSIM. */
@Command(name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Audit a published ISM study: do its tables follow from its own SSIM?",
    description = {
        "Reads the paper's SSIM and what the paper printed (IRM, FRM, sets table, levels, powers) "
            + "and lists every discrepancy with the factors and cells involved, the published "
            + "and the computed value, and an explanation where one exists; then the verdict: "
            + "reproduces, reproduces-after-corrections (N cells) or does-not-reproduce.",
        "",
        "Published files are delimited text or sheets of .xlsx workbooks (FILE.xlsx#Sheet), with a header row; --published tells the kind from "
            + "the header (a matrix, a sets table, levels or powers). Factors are named by label "
            + "or by number.",
        "",
        "Exit codes: 0 audit done (whatever the verdict), 2 bad input or usage (one line "
            + "FILE:LINE:COLUMN: message on standard error), 1 internal error."},
    footer = {"", "Examples:",
        "  ism audit ssim.tsv --published table2.tsv",
        "  ism audit ssim.tsv --published frm.tsv --published-levels levels.tsv --format html -o audit.html",
        "  ism audit --example banking-17 --format json",
        "  ism audit --example kumar-2014"})
final class AuditCommand extends IsmCommand {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SSIM",
      description = "The paper's SSIM (V/A/X/O, upper triangle) or IRM, text or a sheet of an "
          + ".xlsx workbook (FILE.xlsx#Sheet for a named one); - reads standard input.")
  private String file;

  @Option(names = "--sheet", paramLabel = "NAME",
      description = "The sheet of an .xlsx SSIM to read (default: the first); published tables in "
          + "a workbook name theirs as FILE.xlsx#Sheet.")
  private String sheet;

  @Option(names = "--example", paramLabel = "NAME", completionCandidates = AnalyzeCommand.ExampleNames.class,
      description = "Audit a bundled example (its SSIM and, unless --published is given, its "
          + "published tables): ${COMPLETION-CANDIDATES}.")
  private String example;

  @Option(names = "--published", paramLabel = "FILE",
      description = "A published table: IRM or FRM (0/1, 1* allowed), sets table, levels or "
          + "powers, told apart by the header row. Repeat for several files.")
  private List<String> published = new ArrayList<>();

  @Option(names = "--published-levels", paramLabel = "FILE",
      description = "The published levels: a header row factor<TAB>level, then one row per factor.")
  private String publishedLevels;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      converter = FormatConverter.class,
      description = "Output format: markdown, html, json or xlsx (a workbook of the summary, "
          + "diagnosis, findings and levels side by side; needs -o FILE) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  private Path output;

  /** Stdin, replaceable for tests. */
  InputStream stdin = System.in;

  /** The output formats. */
  enum Format {
    MARKDOWN, HTML, JSON, XLSX
  }

  /** Reads a format in either case; {@code md} and {@code htm} are accepted too. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Formats.parse(Format.class, value);
    }
  }

  @Override
  List<String> inputFiles() {
    List<String> all = new ArrayList<>();
    all.add(file);
    all.addAll(published);
    all.add(publishedLevels);
    return all;
  }

  @Override
  Path outputFile() {
    return output;
  }

  @Override
  int run() throws IOException {
    if ((file == null) == (example == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), file == null
          ? "Missing SSIM: give the paper's SSIM file, - for standard input, or --example NAME"
          : "Give either SSIM or --example, not both");
    }
    if (example == null && published.isEmpty() && publishedLevels == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing published tables: give --published FILE or --published-levels FILE");
    }
    refuseSharedStdin(Map.entry("SSIM", Arrays.asList(file)), Map.entry("--published", published),
        Map.entry("--published-levels", Arrays.asList(publishedLevels)));

    Ssim ssim;
    Map<String, PublishedTables> parts = new LinkedHashMap<>();
    if (example != null) {
      Examples.Example ex = loadExample(example);
      ssim = ex.ssim();
      if (published.isEmpty() && publishedLevels == null) {
        for (String file : ex.publishedTables()) {
          String name = example + "/" + file;
          PublishedTables.Format kind = file.contains("levels") ? PublishedTables.Format.LEVELS
              : PublishedTables.Format.AUTO;
          try {
            parts.put(name, PublishedTables.parse(ex.file(file), kind, ssim.labels())
                .withSource(name));
          } catch (SsimFormatException e) {
            throw Inputs.formatError(name, e);
          }
        }
      }
    } else {
      SsimParser parser = SsimParser.defaults();
      SsimParser.Parsed parsed = Inputs.table(file, sheet, in -> parser.parseDetected(in),
          table -> parser.parseDetected(table), stdin);
      ssim = parsed.ssim();
    }
    Labels labels = ssim.labels();
    List<String> empty = new ArrayList<>();
    for (String given : published) {
      add(parts, empty, given, read(given, PublishedTables.Format.AUTO, labels));
    }
    if (publishedLevels != null) {
      add(parts, empty, publishedLevels, read(publishedLevels, PublishedTables.Format.LEVELS, labels));
    }
    if (!empty.isEmpty()) {
      // an audit must not say "reproduces" about a file it could not check (a header row only)
      throw new UserError(String.join(", ", empty) + ": nothing to check: "
          + (empty.size() == 1 ? "the file has" : "each file has") + " a header row and no data");
    }

    PublishedTables all = PublishedTables.builder().build();
    for (PublishedTables p : parts.values()) {
      all = all.and(p);
    }
    Audit audit;
    try {
      audit = Audit.of(ssim, all);
    } catch (PublishedTableException e) {
      // the sources are the names the parts are kept under: the file, or <stdin>
      throw new UserError(e.source().orElse("ism audit") + ": " + e.getMessage(), e);
    }
    if (format == Format.XLSX) {
      writeBytes(output, "xlsx", out -> AuditXlsx.create().export(audit, out));
    } else {
      write(output, out -> out.write(render(audit)));
    }
    return OK;
  }

  private PublishedTables read(String given, PublishedTables.Format format, Labels labels) {
    String name = given.equals("-") ? Inputs.STDIN : given;
    return Inputs.table(given, null,
        in -> PublishedTables.read(in, format, labels).withSource(name),
        table -> PublishedTables.read(table, format, labels).withSource(name), stdin);
  }

  private static void add(Map<String, PublishedTables> parts, List<String> empty, String given,
      PublishedTables p) {
    String name = given.equals("-") ? Inputs.STDIN : given;
    if (p.isEmpty()) {
      empty.add(name);
      return;
    }
    for (Map.Entry<String, PublishedTables> e : parts.entrySet()) {
      for (PublishedTables.Part part : p.parts()) {
        if (e.getValue().parts().contains(part)) {
          throw new UserError(name + ": gives the " + part.title() + " again (" + e.getKey()
              + " gave it first)");
        }
      }
    }
    parts.put(name, p);
  }

  private String render(Audit audit) {
    switch (format) {
      case JSON:
        return AuditJson.create().toString(audit);
      case HTML:
        return AuditReport.html(audit);
      default:
        return AuditReport.markdown(audit);
    }
  }
}
