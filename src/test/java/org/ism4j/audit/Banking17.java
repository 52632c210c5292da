package org.ism4j.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/** The banking-17 example from examples/, read with plain string splitting (independent of the readers). */
final class Banking17 {
  static final Path DIR = Path.of("examples", "banking-17");

  private Banking17() {}

  static List<String> lines(String file) {
    try {
      return Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SSIM, read by the project's parser. */
  static Ssim ssim() {
    try {
      return Ssim.parse(DIR.resolve("ssim.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SSIM read with plain string splitting, to check the parser's reading of it. */
  static Ssim ssimBySplitting() {
    List<String> lines = lines("ssim.tsv");
    String[] header = lines.get(0).split("\t", -1);
    List<String> labels = Arrays.asList(header).subList(1, header.length);
    Ssim.Builder b = Ssim.builder(labels);
    for (int r = 1; r < lines.size(); r++) {
      String[] cells = lines.get(r).split("\t", -1);
      for (int c = 1; c < cells.length; c++) {
        if (!cells[c].isBlank()) {
          b.relation(r - 1, c - 1, Relation.ofSymbol(cells[c].strip().charAt(0)));
        }
      }
    }
    return b.build();
  }

  static List<String> split(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  static PublishedTables table2() {
    PublishedTables.Builder b = PublishedTables.builder();
    List<String> lines = lines("published-table2.tsv");
    for (int r = 1; r < lines.size(); r++) {
      String[] c = lines.get(r).split("\t", -1);
      b.setsRow(new PublishedTables.SetsRow(c[0], split(c[2]), split(c[3]),
          Optional.of(split(c[4])), OptionalInt.of(Integer.parseInt(c[5].strip()))));
    }
    return b.build();
  }
}
