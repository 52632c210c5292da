package org.ism4j.ssim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The xlsx and the TSV readers give the same SSIM for the same table, wherever it sits in the sheet. */
class WorkbookProperties {
  private static final SsimParser PARSER = SsimParser.defaults();

  @Provide
  Arbitrary<List<String>> labels() {
    Arbitrary<String> label = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 99).map(String::valueOf),
        Arbitraries.strings().withChars("abcdefgh éü中-").ofMinLength(1).ofMaxLength(8)
            .map(String::strip).filter(s -> !s.isEmpty() && !MatrixReader.isMatrixToken(s)));
    return label.list().uniqueElements().ofMinSize(2).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> relations() {
    return Arbitraries.strings().withChars("VAXOvaxo").ofLength(66);
  }

  @Property(tries = 60)
  void xlsxAndTsvGiveEqualSsims(@ForAll("labels") List<String> labels, @ForAll("relations") String rel,
      @ForAll @IntRange(max = 3) int top, @ForAll @IntRange(max = 3) int left,
      @ForAll boolean numbersAsNumbers) throws IOException {
    int n = labels.size();
    StringBuilder tsv = new StringBuilder();
    for (String l : labels) {
      tsv.append('\t').append(l);
    }
    tsv.append('\n');
    String[][] cells = new String[n][n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      tsv.append(labels.get(i));
      for (int j = 0; j < n; j++) {
        cells[i][j] = j > i ? String.valueOf(rel.charAt(k++ % rel.length())) : "";
        tsv.append('\t').append(cells[i][j]);
      }
      tsv.append('\n');
    }
    byte[] xlsx = Xlsx.written(wb -> {
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("SSIM");
      for (int j = 0; j < n; j++) {
        put(ws, top, left + 1 + j, labels.get(j), numbersAsNumbers);
        put(ws, top + 1 + j, left, labels.get(j), numbersAsNumbers);
        for (int i = 0; i < n; i++) {
          if (!cells[j][i].isEmpty()) {
            ws.value(top + 1 + j, left + 1 + i, cells[j][i]);
          }
        }
      }
    });
    Ssim fromXlsx = PARSER.parse(Workbook.read(new ByteArrayInputStream(xlsx)).firstSheet());
    assertEquals(PARSER.parse(tsv.toString()), fromXlsx);
  }

  private static void put(org.dhatim.fastexcel.Worksheet ws, int r, int c, String label, boolean numbers) {
    if (numbers && label.matches("[0-9]+")) {
      ws.value(r, c, Double.valueOf(label)); // typed as a number: stored as 7.0 or 7
    } else {
      ws.value(r, c, label);
    }
  }
}
