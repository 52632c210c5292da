package org.ism4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
}
