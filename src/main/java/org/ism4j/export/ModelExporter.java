package org.ism4j.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one interface of the machine formats (JSON, DOT, GraphML, Mermaid, CSV), in the shape of
 * jgrapht-io's {@code GraphExporter}: one method writes to a {@link Writer}, the others write to a
 * stream, a file or a string through it. An exporter is an immutable value configured with its
 * {@code with…} methods and may be shared between threads.
 *
 * <pre>{@code
 * DotExporter.create().withNames(names).export(model.digraph(), Path.of("ism.dot"));
 * String json = JsonExporter.create().toString(model);
 * }</pre>
 *
 * @param <T> what is exported: an {@code IsmModel}, a {@code LayeredDigraph}, an {@code Audit}, a
 *     panel's {@code Agreement}, a weighted analysis ({@code Micmac}, {@code GodetMicmac},
 *     {@code FuzzyMicmac}, {@code Dematel}), a {@code Sensitivity} or a {@code Tism}
 */
public interface ModelExporter<T> {
  /**
   * Writes a value in this exporter's format.
   *
   * @param value what to export
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  void export(T value, Writer out) throws IOException;

  /**
   * Writes a value in this exporter's format as UTF-8.
   *
   * @param value what to export
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  default void export(T value, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    export(value, w);
    w.flush();
  }

  /**
   * Writes a value in this exporter's format to a file, as UTF-8, replacing the file.
   *
   * @param value what to export
   * @param file the file to write
   * @throws IOException when writing fails
   */
  default void export(T value, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      export(value, w);
    }
  }

  /**
   * Returns a value in this exporter's format.
   *
   * @param value what to export
   * @return the text, exactly what {@link #export(Object, Writer)} writes
   */
  default String toString(T value) {
    StringWriter w = new StringWriter();
    try {
      export(value, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }
}
