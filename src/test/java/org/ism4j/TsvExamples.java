package org.ism4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ism4j.ssim.Relation;
import org.ism4j.ssim.Ssim;

/**
 * A tiny test-only reader of the bundled examples' upper-triangle SSIM files (tab-separated, header
 * row of labels, V/A/X/O above the diagonal), independent of the real parser.
 */
public final class TsvExamples {
  private TsvExamples() {}

  /** Reads examples/NAME/ssim.tsv. */
  public static Ssim ssim(String name) {
    try {
      return read(Files.readAllLines(Path.of("examples", name, "ssim.tsv"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Ssim read(List<String> lines) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        rows.add(line.split("\t", -1));
      }
    }
    List<String> labels = new ArrayList<>(Arrays.asList(rows.get(0)).subList(1, rows.get(0).length));
    labels.replaceAll(String::strip);
    Ssim.Builder b = Ssim.builder(labels);
    for (int i = 1; i < rows.size(); i++) {
      String[] row = rows.get(i);
      for (int j = i + 1; j < row.length && j <= labels.size(); j++) {
        String cell = row[j].strip();
        if (!cell.isEmpty()) {
          b.relation(i - 1, j - 1, Relation.valueOf(cell.toUpperCase()));
        }
      }
    }
    return b.build();
  }
}
