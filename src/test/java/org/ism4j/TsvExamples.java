package org.ism4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.ssim.Ssim;

/** Reads the project's examples/NAME/ssim.tsv for tests. */
public final class TsvExamples {
  private TsvExamples() {}

  /** Reads examples/NAME/ssim.tsv. */
  public static Ssim ssim(String name) {
    try {
      return Ssim.parse(Path.of("examples", name, "ssim.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads examples/NAME/factors.tsv (header row, then label TAB name) as label to name. */
  public static Map<String, String> names(String name) {
    try {
      List<String> lines = Files.readAllLines(Path.of("examples", name, "factors.tsv"), StandardCharsets.UTF_8);
      Map<String, String> names = new LinkedHashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t");
        if (cells.length >= 2) {
          names.put(cells[0].strip(), cells[1].strip());
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
