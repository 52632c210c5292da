package org.ism4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Labels;

/**
 * A levels snapshot: the levels, MICMAC clusters and cycles of a model as stable, diff-friendly JSON
 * (fixed key order, one factor per line, in input order), written and compared by hand so that the
 * assertions need no JSON library. Stateless.
 */
final class Snapshot {
  /** The system property that makes {@link ModelAssert#matchesSnapshot} write the file. */
  static final String UPDATE = "ism4j.updateSnapshots";

  private static final String FORMAT = "ism4j levels snapshot 1";

  private Snapshot() {}

  /** One factor's line. */
  record Entry(int level, String cluster) {}

  /** What a snapshot holds. */
  record Content(int levelCount, Map<String, Entry> factors, List<List<String>> cycles) {}

  static void check(IsmModel model, Path file) {
    Content now = of(model);
    String text = render(now);
    String stored;
    try {
      stored = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      if (update()) {
        write(file, text);
        return;
      }
      throw new AssertionError("no snapshot at " + file + ": run the test once with -D" + UPDATE
          + "=true to write it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stored.equals(text)) {
      return;
    }
    Content before;
    try {
      before = parse(stored);
    } catch (IllegalArgumentException e) {
      if (update()) {
        write(file, text);
        return;
      }
      throw new AssertionError("snapshot " + file + " is not a levels snapshot: " + e.getMessage());
    }
    List<String> changes = diff(before, now);
    if (update()) {
      write(file, text);
      return;
    }
    if (!changes.isEmpty()) {
      throw new AssertionError("snapshot " + file + " does not match the model (accept the change with -D"
          + UPDATE + "=true):\n  " + String.join("\n  ", changes));
    }
  }

  private static boolean update() {
    return Boolean.getBoolean(UPDATE);
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Content of(IsmModel model) {
    Labels labels = model.labels();
    Map<String, Entry> factors = new LinkedHashMap<>();
    for (int f = 0; f < labels.size(); f++) {
      factors.put(labels.get(f), new Entry(model.levels().levelOf(f),
          model.micmac().cluster(f).displayName()));
    }
    return new Content(model.levels().levelCount(), factors, model.cycles());
  }

  static String render(Content c) {
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"snapshot\": ").append(quote(FORMAT)).append(",\n");
    sb.append("  \"levelCount\": ").append(c.levelCount()).append(",\n");
    sb.append("  \"factors\": [");
    String sep = "\n";
    for (Map.Entry<String, Entry> e : c.factors().entrySet()) {
      sb.append(sep).append("    {\"factor\": ").append(quote(e.getKey())).append(", \"level\": ")
          .append(e.getValue().level()).append(", \"cluster\": ").append(quote(e.getValue().cluster()))
          .append('}');
      sep = ",\n";
    }
    sb.append(c.factors().isEmpty() ? "],\n" : "\n  ],\n");
    sb.append("  \"cycles\": [");
    sep = "\n";
    for (List<String> cycle : c.cycles()) {
      sb.append(sep).append("    [");
      for (int i = 0; i < cycle.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(quote(cycle.get(i)));
      }
      sb.append(']');
      sep = ",\n";
    }
    sb.append(c.cycles().isEmpty() ? "]\n" : "\n  ]\n");
    return sb.append("}\n").toString();
  }

  static List<String> diff(Content before, Content now) {
    List<String> changes = new ArrayList<>();
    if (before.levelCount() != now.levelCount()) {
      changes.add("levels: " + before.levelCount() + " \u2192 " + now.levelCount());
    }
    for (Map.Entry<String, Entry> e : before.factors().entrySet()) {
      Entry was = e.getValue();
      Entry is = now.factors().get(e.getKey());
      if (is == null) {
        changes.add(e.getKey() + ": no longer a factor (was on level " + was.level() + ")");
        continue;
      }
      List<String> parts = new ArrayList<>();
      if (was.level() != is.level()) {
        parts.add("level " + was.level() + " \u2192 " + is.level());
      }
      if (!was.cluster().equals(is.cluster())) {
        parts.add("cluster " + was.cluster() + " \u2192 " + is.cluster());
      }
      if (!parts.isEmpty()) {
        changes.add(e.getKey() + ": " + String.join(", ", parts));
      }
    }
    for (Map.Entry<String, Entry> e : now.factors().entrySet()) {
      if (!before.factors().containsKey(e.getKey())) {
        changes.add(e.getKey() + ": new factor on level " + e.getValue().level() + " ("
            + e.getValue().cluster() + ")");
      }
    }
    if (!before.cycles().equals(now.cycles())) {
      changes.add("cycles: " + cycles(before.cycles()) + " \u2192 " + cycles(now.cycles()));
    }
    return changes;
  }

  private static String cycles(List<List<String>> cycles) {
    if (cycles.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (List<String> c : cycles) {
      parts.add(Explain.set(c));
    }
    return String.join(", ", parts);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\') {
        sb.append('\\').append(ch);
      } else if (ch < 0x20) {
        sb.append(String.format("\\u%04x", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.append('"').toString();
  }

  // ---- a minimal JSON reader: objects, arrays, strings, integers ----

  @SuppressWarnings("unchecked")
  static Content parse(String text) {
    Reader r = new Reader(text);
    Object root = r.value();
    r.skipSpace();
    if (r.pos != text.length()) {
      throw r.error("text after the object");
    }
    if (!(root instanceof Map)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Map<String, Object> m = (Map<String, Object>) root;
    if (!FORMAT.equals(m.get("snapshot"))) {
      throw new IllegalArgumentException("key \"snapshot\" is not \"" + FORMAT + "\"");
    }
    Map<String, Entry> factors = new LinkedHashMap<>();
    for (Object o : list(m, "factors")) {
      if (!(o instanceof Map)) {
        throw new IllegalArgumentException("a factor is not an object");
      }
      Map<String, Object> f = (Map<String, Object>) o;
      factors.put(string(f, "factor"), new Entry(integer(f, "level"), string(f, "cluster")));
    }
    List<List<String>> cycles = new ArrayList<>();
    for (Object o : list(m, "cycles")) {
      if (!(o instanceof List)) {
        throw new IllegalArgumentException("a cycle is not an array");
      }
      List<String> cycle = new ArrayList<>();
      for (Object label : (List<Object>) o) {
        cycle.add(String.valueOf(label));
      }
      cycles.add(cycle);
    }
    return new Content(integer(m, "levelCount"), factors, cycles);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof List)) {
      throw new IllegalArgumentException("key \"" + key + "\" is not an array");
    }
    return (List<Object>) v;
  }

  private static String string(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof String)) {
      throw new IllegalArgumentException("key \"" + key + "\" is not a string");
    }
    return (String) v;
  }

  private static int integer(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof Long)) {
      throw new IllegalArgumentException("key \"" + key + "\" is not an integer");
    }
    return (int) (long) (Long) v;
  }

  private static final class Reader {
    final String s;
    int pos;

    Reader(String s) {
      this.s = s;
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at character " + (pos + 1));
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    void expect(char c) {
      skipSpace();
      if (pos >= s.length() || s.charAt(pos) != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    boolean peek(char c) {
      skipSpace();
      return pos < s.length() && s.charAt(pos) == c;
    }

    Object value() {
      skipSpace();
      if (pos >= s.length()) {
        throw error("unexpected end");
      }
      char c = s.charAt(pos);
      if (c == '{') {
        pos++;
        Map<String, Object> m = new LinkedHashMap<>();
        if (peek('}')) {
          pos++;
          return m;
        }
        do {
          skipSpace();
          String key = string();
          expect(':');
          m.put(key, value());
        } while (comma());
        expect('}');
        return m;
      }
      if (c == '[') {
        pos++;
        List<Object> l = new ArrayList<>();
        if (peek(']')) {
          pos++;
          return l;
        }
        do {
          l.add(value());
        } while (comma());
        expect(']');
        return l;
      }
      if (c == '"') {
        return string();
      }
      int start = pos;
      if (c == '-') {
        pos++;
      }
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos == start || (pos == start + 1 && c == '-')) {
        throw error("unexpected '" + c + "'");
      }
      try {
        return Long.parseLong(s.substring(start, pos));
      } catch (NumberFormatException e) {
        throw error("bad number");
      }
    }

    boolean comma() {
      if (peek(',')) {
        pos++;
        return true;
      }
      return false;
    }

    String string() {
      if (pos >= s.length() || s.charAt(pos) != '"') {
        throw error("expected a string");
      }
      pos++;
      StringBuilder sb = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c == '\\') {
          if (pos >= s.length()) {
            break;
          }
          char e = s.charAt(pos++);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'u' -> {
              if (pos + 4 > s.length()) {
                throw error("bad escape");
              }
              sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
              pos += 4;
            }
            default -> sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
      throw error("unterminated string");
    }
  }
}
