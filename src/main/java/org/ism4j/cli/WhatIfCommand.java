package org.ism4j.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.ism4j.IsmModel;
import org.ism4j.export.SensitivityJson;
import org.ism4j.report.SensitivityReport;
import org.ism4j.sensitivity.WhatIf;
import org.ism4j.ssim.CellChange;
import org.ism4j.ssim.FactorNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ism whatif}: the levels before and after a set of changed judgements. */
@Command(name = "whatif",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    header = "The levels before and after changing some judgements, side by side.",
    description = {
        "Changes the SSIM cells given with --set, analyses the changed model and prints its "
            + "levels next to the original's, the factors that move and the cycles before and after.",
        "",
        "Exit codes: 0 success, 2 bad input or usage, 1 internal error."},
    footer = {"", "Examples:",
        "  ism whatif model.tsv --set \"A,B=O\"",
        "  ism whatif --example banking-17 --set 1,2=O --set 3,5=V --format json"})
final class WhatIfCommand extends ModelCommand {
  @Option(names = "--set", paramLabel = "FROM,TO=R", required = true,
      description = "A changed judgement: the relation R (V, A, X or O) read from FROM to TO; "
          + "repeat for more. A later --set of the same cell wins.")
  private List<String> sets = new ArrayList<>();

  @Mixin
  private ReportFormat format;

  @Override
  void checkOptions() {
    refuseNames();
  }

  @Override
  void render(IsmModel model, Input input, FactorNames names, Writer out) throws IOException {
    List<CellChange> changes = new ArrayList<>();
    for (String s : sets) {
      try {
        changes.add(CellChange.parse(s, model.labels()));
      } catch (IllegalArgumentException e) {
        throw new UserError("--set " + e.getMessage());
      }
    }
    WhatIf w = WhatIf.of(model, changes);
    SensitivityReport report = SensitivityReport.create().withTitle(input.name);
    switch (format.format) {
      case JSON:
        SensitivityJson.whatIf().export(w, out);
        break;
      case MARKDOWN:
        out.write(report.markdown(w));
        break;
      default:
        out.write(report.text(w));
        break;
    }
    out.flush();
  }
}
