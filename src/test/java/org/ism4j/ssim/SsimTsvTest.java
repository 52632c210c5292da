package org.ism4j.ssim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SsimTsvTest {

  @Test
  void labelsWithTabsLineBreaksAndLeadingQuotesSurviveTheRoundTrip() {
    Ssim ssim = Ssim.builder("a\tb", "line\nbreak", "\"quoted\" start", "plain")
        .v("a\tb", "plain").x("line\nbreak", "\"quoted\" start").build();
    String tsv = ssim.toTsv();
    assertEquals("\t\"a\tb\"\t\"line\nbreak\"\t\"\"\"quoted\"\" start\"\tplain\n",
        tsv.substring(0, tsv.indexOf("plain\n") + 6));
    assertEquals(ssim, Ssim.parse(tsv));
  }
}
