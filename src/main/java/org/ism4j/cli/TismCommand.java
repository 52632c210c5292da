package org.ism4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.ism4j.IsmModel;
import org.ism4j.draw.SvgTism;
import org.ism4j.export.TismExporters;
import org.ism4j.internal.VisibleText;
import org.ism4j.report.TismReport;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.SsimFormatException;
import org.ism4j.tism.InterpretationTable;
import org.ism4j.tism.Tism;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code ism tism}: the model with an interpretation for every link (total ISM). */
@Command(name = "tism",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Total interpretive structural modeling: the model with the why of every link.",
    description = {
        "Reads an SSIM (or IRM) and an interpretation table (from<TAB>to<TAB>interpretation, one "
            + "row per direct link) and prints the transitive links with their shortest paths, the "
            + "interpretive matrix and the TISM digraph. A direct link without interpretation is a "
            + "warning (on standard error); an interpretation of a pair that is no direct link is an "
            + "error at its line.",
        "",
        "--significant reads from<TAB>to<TAB>significant<TAB>interpretation per transitive link "
            + "(significant: yes or no): the significant ones stay in the digraph (dashed) and the "
            + "matrix (via k).",
        "",
        "Exit codes: 0 success, 2 bad input or usage, 1 internal error."},
    footer = {"", "Examples:",
        "  ism tism model.tsv --interpretations why.tsv",
        "  ism tism model.tsv --interpretations why.tsv --significant kept.tsv --format svg -o tism.svg"})
final class TismCommand extends ModelCommand {
  @Option(names = "--interpretations", paramLabel = "FILE", required = true,
      description = "The interpretation table: from<TAB>to<TAB>interpretation per direct link.")
  private String interpretations;

  @Option(names = "--significant", paramLabel = "FILE",
      description = "The significance table: from<TAB>to<TAB>significant<TAB>interpretation per "
          + "transitive link.")
  private String significant;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      converter = FormatConverter.class,
      description = "Output format: markdown, html, json, dot, graphml, mermaid, svg or csv (the "
          + "interpretive matrix) (default: ${DEFAULT-VALUE}).")
  private Format format;

  /** The output formats. */
  enum Format {
    MARKDOWN, HTML, JSON, DOT, GRAPHML, MERMAID, SVG, CSV
  }

  /** Reads a format in either case, with the usual aliases. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Formats.parse(Format.class, value);
    }
  }

  @Override
  java.util.List<String> inputFiles() {
    java.util.List<String> all = new java.util.ArrayList<>(super.inputFiles());
    all.add(interpretations);
    all.add(significant);
    return all;
  }

  @Override
  void checkOptions() {
    refuseNames();
    refuseSharedStdin(java.util.Map.entry("FILE", java.util.Arrays.asList(file)),
        java.util.Map.entry("--interpretations", java.util.Arrays.asList(interpretations)),
        java.util.Map.entry("--significant", java.util.Arrays.asList(significant)));
  }

  @Override
  void render(IsmModel model, Input input, FactorNames names, Writer out) throws IOException {
    InterpretationTable why = Inputs.table(interpretations, null,
        InterpretationTable::parseInterpretations, InterpretationTable::parseInterpretations, stdin);
    InterpretationTable kept = significant == null ? null : Inputs.table(significant, null,
        InterpretationTable::parseSignificance, InterpretationTable::parseSignificance, stdin);
    // checked one table at a time, so that an error names the file it is in
    Tism t;
    try {
      t = Tism.of(model.initialReachability(), model.levels(), why, null);
    } catch (SsimFormatException e) {
      throw Inputs.formatError(shown(interpretations), e);
    }
    if (kept != null) {
      try {
        t = Tism.of(model.initialReachability(), model.levels(), why, kept);
      } catch (SsimFormatException e) {
        throw Inputs.formatError(shown(significant), e);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    for (String w : t.warnings()) {
      err.println(VisibleText.line(shown(interpretations) + ": warning: " + w));
    }
    err.flush();
    String title = AnalyzeCommand.baseName(input.name) + ": TISM";
    switch (format) {
      case HTML -> out.write(TismReport.html(t, title));
      case JSON -> TismExporters.json().export(t, out);
      case DOT -> TismExporters.dot().export(t, out);
      case GRAPHML -> TismExporters.graphMl().export(t, out);
      case MERMAID -> TismExporters.mermaid().export(t, out);
      case SVG -> out.write(SvgTism.toSvg(t, title));
      case CSV -> TismExporters.matrixCsv().export(t, out);
      default -> out.write(TismReport.markdown(t, title));
    }
    out.flush();
  }

  private static String shown(String file) {
    return file.equals("-") ? Inputs.STDIN : file;
  }
}
