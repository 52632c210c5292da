package org.ism4j.export;

import com.google.gson.FormattingStyle;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;

/** What the JSON writers share: arrays of labels and numbers, and the number format. */
final class Json {
  private Json() {}

  /** An array of strings, one per line when the writer is pretty. */
  static void strings(JsonWriter w, Iterable<String> values) throws IOException {
    w.beginArray();
    for (String v : values) {
      w.value(v);
    }
    w.endArray();
  }

  /** A whole number as an integer (no {@code .0}), anything else as a double. */
  static void number(JsonWriter w, double x) throws IOException {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      w.value((long) x);
    } else {
      w.value(x);
    }
  }

  /**
   * Opens an array whose elements stay on the line of its opening bracket; a pretty writer goes
   * back to one element a line at {@link #endInline}.
   */
  static void inline(JsonWriter w, boolean pretty) throws IOException {
    w.beginArray();
    if (pretty) {
      w.setFormattingStyle(FormattingStyle.COMPACT);
    }
  }

  /** Closes an array opened by {@link #inline}. */
  static void endInline(JsonWriter w, boolean pretty) throws IOException {
    w.endArray();
    if (pretty) {
      w.setFormattingStyle(FormattingStyle.PRETTY);
    }
  }

  /** A pretty writer (indent of two spaces) that leaves {@code <}, {@code >} and {@code &} as they are. */
  static JsonWriter writer(Writer out) {
    JsonWriter w = new JsonWriter(out);
    w.setHtmlSafe(false);
    w.setIndent("  ");
    return w;
  }

  /** Closes the top-level object, ends the text with a newline and flushes {@code out}. */
  static void end(JsonWriter w, Writer out) throws IOException {
    w.endObject();
    w.flush();
    out.write('\n');
    out.flush();
  }

  /** Numbers as {@link #number} writes them, on one line. */
  static void numbers(JsonWriter w, double[] values, boolean pretty) throws IOException {
    inline(w, pretty);
    for (double v : values) {
      number(w, v);
    }
    endInline(w, pretty);
  }

  /** Integers on one line. */
  static void ints(JsonWriter w, int[] values, boolean pretty) throws IOException {
    inline(w, pretty);
    for (int v : values) {
      w.value(v);
    }
    endInline(w, pretty);
  }
}
