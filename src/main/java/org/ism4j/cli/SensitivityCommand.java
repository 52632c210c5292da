package org.ism4j.cli;

import java.io.IOException;
import java.io.Writer;
import org.ism4j.IsmModel;
import org.ism4j.export.SensitivityJson;
import org.ism4j.report.SensitivityReport;
import org.ism4j.sensitivity.Sensitivity;
import org.ism4j.ssim.FactorNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ism sensitivity}: which judgements decide the hierarchy. */
@Command(name = "sensitivity",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "Which judgements decide the hierarchy: every single-cell change of the SSIM.",
    description = {
        "Changes every SSIM cell to each of its three other symbols, one at a time, and reports "
            + "what each change does: the factors whose level changes, the number of levels after "
            + "it and whether the cycles change (form, merge, split or break).",
        "",
        "Text and Markdown list the pivotal judgements (the cells whose change moves the most "
            + "factors, with the symbol that does it), each factor's firmness (how many single-cell "
            + "changes move it) and the number of robust judgements (no single change of them alters "
            + "any level). JSON lists every cell and alternative.",
        "",
        "Exit codes: 0 success, 2 bad input or usage, 1 internal error."},
    footer = {"", "Examples:",
        "  ism sensitivity model.tsv --top 20",
        "  ism sensitivity --example banking-17 --format json -o sensitivity.json"})
final class SensitivityCommand extends ModelCommand {
  @Option(names = "--top", paramLabel = "N", defaultValue = "" + SensitivityReport.DEFAULT_TOP,
      converter = Counts.FromZero.class,
      description = "List at most N pivotal judgements (default: ${DEFAULT-VALUE}); JSON still "
          + "lists every cell under cells.")
  private int top;

  @Mixin
  private ReportFormat format;

  @Override
  void checkOptions() {
    refuseNames();
  }

  @Override
  void render(IsmModel model, Input input, FactorNames names, Writer out) throws IOException {
    Sensitivity s = Sensitivity.of(model);
    SensitivityReport report = SensitivityReport.create().withTitle(input.name).withTop(top);
    switch (format.format) {
      case JSON:
        SensitivityJson.create().withTop(top).export(s, out);
        break;
      case MARKDOWN:
        out.write(report.markdown(s));
        break;
      default:
        out.write(report.text(s));
        break;
    }
    out.flush();
  }
}
