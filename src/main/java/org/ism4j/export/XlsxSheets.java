package org.ism4j.export;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/**
 * The cell helpers every workbook writer shares. Labels are always written as string cells, so a
 * label that starts with {@code =}, {@code +}, {@code -} or {@code @} stays text, never a formula.
 */
final class XlsxSheets {
  private XlsxSheets() {}

  /** Bold titles across one row from column 0. */
  static void header(Worksheet ws, int row, String... titles) {
    for (int c = 0; c < titles.length; c++) {
      ws.value(row, c, titles[c]);
      ws.style(row, c).bold().set();
    }
  }

  /** The labels across row 0 from column 1, and down column 0 from row 1. */
  static void labels(Worksheet ws, List<String> labels) {
    for (int k = 0; k < labels.size(); k++) {
      ws.value(0, k + 1, labels.get(k));
      ws.style(0, k + 1).bold().set();
      ws.value(k + 1, 0, labels.get(k));
      ws.style(k + 1, 0).bold().set();
    }
  }

}
