package org.ism4j.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ism4j.audit.PublishedTables;
import org.ism4j.ssim.DelimitedTable;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.SsimParser;
import org.ism4j.ssim.Workbook;
import org.ism4j.tism.InterpretationTable;
import org.ism4j.weighted.WeightedMatrix;

/**
 * Every reader, fed arbitrary text or bytes, either reads it or refuses it with its documented
 * exception (an {@link IllegalArgumentException}: {@code SsimFormatException},
 * {@code WorkbookException}, {@code PublishedTableException}) and never runs longer than a few
 * seconds. Anything else (a NullPointerException, an IndexOutOfBoundsException, a hang) fails.
 * Part of issue 15's hostile-input work; the corpus of hostile files is still to come.
 */
class ReaderFuzzProperties {
  private static final Duration LIMIT = Duration.ofSeconds(5);

  /** Text made of the characters the readers care about, so it reaches deep into them. */
  @Provide
  Arbitrary<String> tables() {
    Arbitrary<String> near = Arbitraries.strings()
        .withChars("VAXOvaxo01*-P\t ,;\n\r\"#=+@.x yzCé信\u00a0\u0085\ufeff")
        .ofMaxLength(160);
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(80);
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, near), net.jqwik.api.Tuple.of(1, any));
  }

  private static void documented(Runnable read) {
    assertTimeoutPreemptively(LIMIT, () -> {
      try {
        read.run();
      } catch (IllegalArgumentException e) {
        // documented refusal (SsimFormatException, WorkbookException, PublishedTableException, …)
        if (e.getMessage() == null || e.getMessage().isBlank()) {
          throw new AssertionError("a refusal without a message", e);
        }
      }
    });
  }

  @Property(tries = 400)
  void theSsimParserReadsOrRefusesAnyText(@ForAll("tables") String text) {
    documented(() -> SsimParser.defaults().parseDetected(text));
  }

  @Property(tries = 300)
  void theNamesReaderReadsOrRefusesAnyText(@ForAll("tables") String text) {
    documented(() -> FactorNames.parse(text));
  }

  @Property(tries = 300)
  void thePublishedTableReaderReadsOrRefusesAnyText(@ForAll("tables") String text) {
    documented(() -> PublishedTables.read(DelimitedTable.read(text), PublishedTables.Format.AUTO, null));
  }

  @Property(tries = 300)
  void theWeightedReaderReadsOrRefusesAnyText(@ForAll("tables") String text) {
    documented(() -> WeightedMatrix.parse(text, null));
  }

  @Property(tries = 300)
  void theInterpretationReaderReadsOrRefusesAnyText(@ForAll("tables") String text) {
    documented(() -> InterpretationTable.parseInterpretations(text));
  }

  @Property(tries = 200)
  void theWorkbookReaderReadsOrRefusesAnyBytes(@ForAll byte[] bytes) {
    documented(() -> {
      try {
        Workbook.read(new ByteArrayInputStream(bytes));
      } catch (IOException e) {
        throw new IllegalArgumentException("I/O: " + e.getMessage(), e);
      }
    });
  }
}
