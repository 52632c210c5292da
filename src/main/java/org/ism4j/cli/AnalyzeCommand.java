package org.ism4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.level.AdversarialPartition;
import org.ism4j.level.PartitionDirection;
import org.ism4j.report.AdversarialTable;
import org.ism4j.export.ConicalMatrixCsv;
import org.ism4j.export.DotExporter;
import org.ism4j.ssim.FactorNames;
import org.ism4j.export.GraphMlExporter;
import org.ism4j.export.JsonExporter;
import org.ism4j.report.LatexReport;
import org.ism4j.report.MarkdownReport;
import org.ism4j.export.MermaidExporter;
import org.ism4j.export.XlsxExporter;
import org.ism4j.draw.SvgDigraph;
import org.ism4j.report.TextReport;
import org.ism4j.graph.LayeredDigraph;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ism analyze}: reads a model, analyses it and prints a report, the digraph or the conical matrix. */
@Command(name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Analyse a model: reachability, levels, cycles and MICMAC.",
    description = {
        "Reads an SSIM (or a full 0/1 reachability matrix) and prints the IRM, the FRM with its "
            + "transitive links (1*), the level iterations, the levels, the cycles and MICMAC.",
        "",
        "The formats dot, graphml, mermaid and svg write the layered digraph instead: one box per "
            + "strongly connected component (a cycle is one box listing its members) on its level, "
            + "and the transitive reduction of the component graph as arrows. csv writes the conical "
            + "matrix (the FRM ordered by level, transitive links as 1*).",
        "",
        "Exit codes: 0 success, 2 bad input or usage (one line FILE:LINE:COLUMN: message on "
            + "standard error), 1 internal error."},
    footer = {"", "Examples:",
        "  ism analyze model.tsv",
        "  ism analyze model.csv --names factors.tsv --format markdown -o report.md",
        "  ism analyze --example banking-17 --format json",
        "  ism analyze model.tsv --format svg -o digraph.svg",
        "  ism analyze model.tsv --partition adversarial --format json",
        "  ism analyze model.xlsx#SSIM --format xlsx -o tables.xlsx",
        "  ism analyze model.tsv --format latex -o tables.tex",
        "  ism analyze model.tsv --format dot | dot -Tpng -o digraph.png"})
final class AnalyzeCommand extends ModelCommand {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text, json, markdown, dot, graphml, mermaid, svg, csv, "
          + "xlsx (a workbook of every table; needs -o FILE) or latex (booktabs tables for a "
          + "paper) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--direct-links",
      description = "Digraph formats: also draw the direct links that the other arrows already "
          + "imply (dashed).")
  private boolean directLinks;

  @Option(names = "--cycle-links",
      description = "Digraph formats: also show the links between the members of each cycle.")
  private boolean cycleLinks;

  @Option(names = "--partition", paramLabel = "RULE", defaultValue = "result-first",
      converter = PartitionConverter.class,
      description = "Level rule: result-first (R∩A = R, Warfield's; the default), cause-first "
          + "(R∩A = A, bottom level first) or adversarial (both side by side: each factor's two "
          + "levels, movable factors marked). Levels are numbered from the top either way.")
  private Partition partition;

  @Option(names = "--compact",
      description = "json: the compact form for large models: transitiveLinkCount instead of the "
          + "transitiveLinks pairs, and no reachability rows (they follow from components and "
          + "skeleton).")
  private boolean compact;

  @Option(names = "--bottom-up",
      description = "svg: draw level 1 at the bottom (drivers on top) instead of on top.")
  private boolean bottomUp;

  /** The output formats. */
  enum Format {
    TEXT, JSON, MARKDOWN, DOT, GRAPHML, MERMAID, SVG, CSV, XLSX, LATEX
  }

  /** The level rules of {@code --partition}. */
  enum Partition {
    RESULT_FIRST, CAUSE_FIRST, ADVERSARIAL
  }

  /** Reads {@code result-first}, {@code cause-first} or {@code adversarial}, in either case. */
  static final class PartitionConverter implements CommandLine.ITypeConverter<Partition> {
    @Override
    public Partition convert(String value) {
      String v = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      for (Partition p : Partition.values()) {
        if (p.name().equals(v)) {
          return p;
        }
      }
      throw new CommandLine.TypeConversionException("unknown partition '" + value
          + "' (expected result-first, cause-first or adversarial)");
    }
  }

  @Override
  void checkOptions() {
    onlyWith("--direct-links", format, Format.DOT, Format.GRAPHML, Format.MERMAID, Format.SVG);
    // GraphML leaves the links inside a cycle out (a cycle is one node)
    onlyWith("--cycle-links", format, Format.DOT, Format.MERMAID, Format.SVG);
    onlyWith("--bottom-up", format, Format.SVG);
    onlyWith("--compact", format, Format.JSON);
    onlyWith("--names", format, Format.TEXT, Format.JSON, Format.MARKDOWN, Format.DOT,
        Format.GRAPHML, Format.MERMAID, Format.SVG, Format.XLSX, Format.LATEX);
    if (partition == Partition.ADVERSARIAL && format != Format.TEXT && format != Format.MARKDOWN
        && format != Format.JSON && format != Format.SVG) {
      throw usage("--partition adversarial applies to --format text, markdown, json or svg, not "
          + format.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Override
  IsmOptions configure(IsmOptions options) {
    return options.withPartitionDirection(partition == Partition.CAUSE_FIRST
        ? PartitionDirection.CAUSE_FIRST : PartitionDirection.RESULT_FIRST);
  }

  /** Reads a format in either case; {@code md}, {@code txt}, {@code gv} and {@code mmd} are accepted too. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Formats.parse(Format.class, value);
    }
  }

  @Override
  String binaryFormat() {
    return format == Format.XLSX ? "xlsx" : null;
  }

  @Override
  void renderBytes(IsmModel model, Input input, FactorNames names, OutputStream out) throws IOException {
    XlsxExporter.create().withNames(names).export(model, out);
  }

  @Override
  void render(IsmModel model, Input input, FactorNames names, Writer out) throws IOException {
    AdversarialPartition adversarial = partition == Partition.ADVERSARIAL
        ? AdversarialPartition.of(model.finalReachability()) : null;
    switch (format) {
      case JSON:
        JsonExporter.create().withNames(names).withSource(input.name).withInputKind(input.kind)
            .withAdversarial(adversarial != null).withCompactForm(compact).export(model, out);
        break;
      case MARKDOWN:
        MarkdownReport.of(model).withNames(names).withSource(input.name).withInputKind(input.kind)
            .writeTo(out);
        if (adversarial != null) {
          out.write(AdversarialTable.markdown(adversarial, names));
        }
        break;
      case DOT:
        DotExporter.create().withNames(names).export(digraph(model), out);
        break;
      case GRAPHML:
        GraphMlExporter.create().withNames(names).export(digraph(model), out);
        break;
      case MERMAID:
        MermaidExporter.create().withNames(names).export(digraph(model), out);
        break;
      case SVG:
        out.write(SvgDigraph.toSvg(digraph(model), SvgDigraph.Options.defaults().withBottomUp(bottomUp)
            .withNames(names).withTitle(baseName(input.name) + ": ISM digraph")
            .withAdversarial(adversarial)));
        break;
      case CSV:
        ConicalMatrixCsv.create().export(model, out);
        break;
      case LATEX:
        LatexReport.of(model).withNames(names).withSource(input.name).withInputKind(input.kind)
            .writeTo(out);
        break;
      default:
        TextReport.of(model).withNames(names).withSource(input.name).withInputKind(input.kind)
            .writeTo(out);
        if (adversarial != null) {
          out.write(AdversarialTable.text(adversarial, names));
        }
    }
    out.flush();
  }

  /** The file name without its folders, for titles. */
  static String baseName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash >= 0 && slash < name.length() - 1 ? name.substring(slash + 1) : name;
  }

  private LayeredDigraph digraph(IsmModel model) {
    return model.digraph(LayeredDigraph.Options.defaults().withDirectLinks(directLinks)
        .withCycleLinks(cycleLinks));
  }

  /** The formats' names, for messages. */
  static List<String> formatNames() {
    return List.of("text", "json", "markdown", "dot", "graphml", "mermaid", "svg", "csv", "xlsx", "latex");
  }
}
