package org.ism4j.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A writer of a binary format (an xlsx workbook), the byte-stream counterpart of
 * {@link ModelExporter}, which writes text.
 *
 * @param <T> what is exported
 */
public interface BinaryExporter<T> {
  /**
   * Writes a value in this exporter's format.
   *
   * @param value what to export
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  void export(T value, OutputStream out) throws IOException;

  /**
   * Writes a value in this exporter's format to a file, replacing the file.
   *
   * @param value what to export
   * @param file the file to write
   * @throws IOException when writing fails
   */
  default void export(T value, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      export(value, out);
    }
  }

  /**
   * Returns a value in this exporter's format.
   *
   * @param value what to export
   * @return the bytes, exactly what {@link #export(Object, OutputStream)} writes
   */
  default byte[] toBytes(T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      export(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }
}
