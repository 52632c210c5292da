package org.ism4j.cli;

import java.io.IOException;
import java.io.Writer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.FactorNames;
import org.ism4j.draw.SvgMicmac;
import org.ism4j.report.TextReport;
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
        "Exit codes: 0 success, 2 bad input or usage, 1 internal error."},
    footer = {"", "Examples:",
        "  ism micmac model.tsv",
        "  ism micmac --example banking-17 --format svg -o micmac.svg"})
final class MicmacCommand extends ModelCommand {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text or svg (default: ${DEFAULT-VALUE}).")
  private Format format;

  /** The output formats. */
  enum Format {
    TEXT, SVG
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
    if (format == Format.SVG) {
      out.write(SvgMicmac.toSvg(model.micmac(), AnalyzeCommand.baseName(input.name) + ": MICMAC (" + model.size() + " factors)",
          names));
    } else {
      out.write(TextReport.of(model).withNames(names).withSource(input.name).withInputKind(input.kind)
          .renderMicmac());
    }
    out.flush();
  }
}
