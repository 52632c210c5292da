package org.ism4j.export;

import static org.ism4j.export.XlsxCells.assertBold;
import static org.ism4j.export.XlsxCells.assertHeader;
import static org.ism4j.export.XlsxCells.assertNumber;
import static org.ism4j.export.XlsxCells.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.ism4j.panel.AggregationRule;
import org.ism4j.panel.Agreement;
import org.ism4j.panel.Panel;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * Every cell of every sheet of the panel workbook, read back with {@link XlsxCells}, worked by
 * hand.
 *
 * <p>Three experts over A, B, C (cells A–B, A–C, B–C): e1 V V O, e2 V O O, e3 X O O. Majority: A–B
 * has i → j (V or X) from 3 of 3 and j → i (A or X) from 1 of 3, so V, shared by 2 of 3; A–C has
 * i → j from 1 of 3, so O, shared by 2 of 3 (e2, e3); B–C O by 3 of 3. Fleiss' kappa, k = 3:
 * P(A–B) = (2² + 1² − 3) / (3 · 2) = 1/3, P(A–C) = (1 + 4 − 3) / 6 = 1/3, P(B–C) = (9 − 3) / 6 = 1,
 * P̄ = 5/9; of 9 ratings V 3, A 0, X 1, O 5, so Pe = 35/81 and κ = (45 − 35) / (81 − 35) = 10/46
 * = 0.217, "fair" (≤ 0.40). Experts: e1 agrees on A–B and B–C (2/3), e2 on all three, e3 on A–C
 * and B–C (2/3).
 *
 * <p>Two experts under mode, e1 V V O and e2 A V O: A–B is V 1, A 1, a tie, so majority decides:
 * 1 of 2 is not more than half, O, tied; A–C V 2 of 2; B–C O 2 of 2. κ, k = 2: P = 0, 1, 1, P̄ =
 * 2/3; of 6 ratings V 3, A 1, X 0, O 2, Pe = (9 + 1 + 4) / 36 = 14/36, κ = (24 − 14) / (36 − 14)
 * = 10/22 = 0.4545, "moderate" (≤ 0.60).
 */
class HandWorkedPanelXlsxTest {
  private static Ssim ssim(String ab, String ac, String bc) {
    return Ssim.parse("\tA\tB\tC\nA\t\t" + ab + "\t" + ac + "\nB\t\t\t" + bc + "\nC\t\t\t\n");
  }

  // built for every test, never in a static field, so that PIT's mutants reach them
  private final Panel threeExperts = Panel.builder().expert("e1", ssim("V", "V", "O"))
      .expert("e2", ssim("V", "O", "O")).expert("e3", ssim("X", "O", "O")).build();
  private final Panel modeTie = Panel.builder().expert("e1", ssim("V", "V", "O"))
      .expert("e2", ssim("A", "V", "O")).build();

  private static XlsxCells book(Agreement a) {
    return XlsxCells.read(PanelXlsx.create().toBytes(a));
  }

  /** One Agreement row: from, to, symbol, share, counts V A X O, tied. */
  private static void assertCellRow(XlsxCells b, int row, String from, String to, String symbol,
      double share, int v, int a, int x, int o, String tied) {
    assertText(b, "Agreement", row, 0, from);
    assertText(b, "Agreement", row, 1, to);
    assertText(b, "Agreement", row, 2, symbol);
    assertNumber(b, "Agreement", row, 3, share);
    assertNumber(b, "Agreement", row, 4, v);
    assertNumber(b, "Agreement", row, 5, a);
    assertNumber(b, "Agreement", row, 6, x);
    assertNumber(b, "Agreement", row, 7, o);
    assertText(b, "Agreement", row, 8, tied);
  }

  @Test
  void threeExpertMajorityWorkbook() {
    XlsxCells b = book(threeExperts.agreement(AggregationRule.majority()));
    assertEquals(List.of("SSIM", "Agreement", "Experts", "Summary"), b.sheetNames());

    // SSIM: labels framing the sheet in bold, the upper triangle V O / O, nothing else
    assertNull(b.cell("SSIM", 0, 0));
    for (int k = 0; k < 3; k++) {
      String label = List.of("A", "B", "C").get(k);
      assertBold(b, "SSIM", 0, k + 1, label);
      assertBold(b, "SSIM", k + 1, 0, label);
    }
    assertText(b, "SSIM", 1, 2, "V");
    assertText(b, "SSIM", 1, 3, "O");
    assertText(b, "SSIM", 2, 3, "O");
    assertEquals(9, b.cellCount("SSIM")); // 6 labels, 3 cells above the diagonal

    assertHeader(b, "Agreement", "from", "to", "symbol", "share", "V", "A", "X", "O", "tied");
    assertCellRow(b, 1, "A", "B", "V", 2.0 / 3, 2, 0, 1, 0, "");
    assertCellRow(b, 2, "A", "C", "O", 2.0 / 3, 1, 0, 0, 2, "");
    assertCellRow(b, 3, "B", "C", "O", 1.0, 0, 0, 0, 3, "");
    assertEquals(9 + 3 * 9, b.cellCount("Agreement"));

    assertHeader(b, "Experts", "expert", "agreement");
    assertText(b, "Experts", 1, 0, "e1");
    assertNumber(b, "Experts", 1, 1, 2.0 / 3);
    assertText(b, "Experts", 2, 0, "e2");
    assertNumber(b, "Experts", 2, 1, 1.0);
    assertText(b, "Experts", 3, 0, "e3");
    assertNumber(b, "Experts", 3, 1, 2.0 / 3);
    assertEquals(2 + 3 * 2, b.cellCount("Experts"));

    assertHeader(b, "Summary", "rule", "experts", "fleissKappa", "reading");
    assertText(b, "Summary", 1, 0, "majority");
    assertNumber(b, "Summary", 1, 1, 3);
    assertNumber(b, "Summary", 1, 2, 10.0 / 46);
    assertText(b, "Summary", 1, 3, "fair");
    assertEquals(8, b.cellCount("Summary"));
  }

  @Test
  void aModeTieIsMarkedTied() {
    XlsxCells b = book(modeTie.agreement(AggregationRule.mode()));
    assertText(b, "SSIM", 1, 2, "O");
    assertText(b, "SSIM", 1, 3, "V");
    assertText(b, "SSIM", 2, 3, "O");
    assertEquals(9, b.cellCount("SSIM"));
    // A–B: aggregate O, written by neither expert: share 0
    assertCellRow(b, 1, "A", "B", "O", 0.0, 1, 1, 0, 0, "tied");
    assertCellRow(b, 2, "A", "C", "V", 1.0, 2, 0, 0, 0, "");
    assertCellRow(b, 3, "B", "C", "O", 1.0, 0, 0, 0, 2, "");
    assertEquals(9 + 3 * 9, b.cellCount("Agreement"));
    // e1 V V O and e2 A V O against O V O: both agree on A–C and B–C
    assertNumber(b, "Experts", 1, 1, 2.0 / 3);
    assertNumber(b, "Experts", 2, 1, 2.0 / 3);
    assertText(b, "Summary", 1, 0, "mode");
    assertNumber(b, "Summary", 1, 1, 2);
    assertNumber(b, "Summary", 1, 2, 10.0 / 22);
    assertText(b, "Summary", 1, 3, "moderate");
  }

  @Test
  void exportFlushesAStreamItDoesNotClose() throws IOException {
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    BufferedOutputStream buffered = new BufferedOutputStream(target, 1 << 20);
    PanelXlsx.create().export(threeExperts.agreement(AggregationRule.majority()), buffered);
    byte[] written = target.toByteArray(); // never closed
    assertTrue(written.length > 0, "nothing reached the stream under the buffer");
    assertEquals(List.of("SSIM", "Agreement", "Experts", "Summary"),
        XlsxCells.read(written).sheetNames());
    assertEquals("PanelXlsx", PanelXlsx.create().toString());
  }
}
