package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ism4j.IsmAnalyzer;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/** A label a spreadsheet would take for a formula is written so that it takes it as text. */
class CsvInjectionTest {
  @Test
  void labelsStartingWithFormulaCharactersGetAnApostrophe() {
    Ssim s = Ssim.builder("=1+1", "@SUM(A1)", "x").v("=1+1", "@SUM(A1)").v("@SUM(A1)", "x").build();
    String csv = ConicalMatrixCsv.create().toString(IsmAnalyzer.analyze(s));
    assertEquals("factor,x,'@SUM(A1),'=1+1,driving power,level\r\n"
        + "x,1,0,0,1,1\r\n"
        + "'@SUM(A1),1,1,0,2,2\r\n"
        + "'=1+1,1*,1,1,3,3\r\n"
        + "dependence power,3,2,1,,\r\n", csv);
  }
}
