package org.ism4j.internal;

/**
 * Writes the characters of a label that a format cannot hold, or that would act instead of show
 * (control characters), as visible text {@code U+XXXX}. The one rule behind every writer's
 * escaping (SVG, GraphML, HTML, DOT, Mermaid, Markdown, LaTeX, text): labels can hold any
 * character through the Java API and quoted fields, and an output must neither break nor hide
 * them. Not exported by the module; stateless.
 */
public final class VisibleText {
  private VisibleText() {}

  /**
   * Replaces what XML 1.0 cannot hold (U+0000 to U+001F except tab, line feed and carriage
   * return; U+FFFE, U+FFFF; an unpaired surrogate) and the other invisible controls (DEL, C1,
   * U+2028, U+2029, bidirectional controls) with {@code U+XXXX}. Tabs and line breaks stay, for
   * the writer to escape in its own way.
   *
   * @param s any text
   * @return {@code s} when it has none of them (the same instance), else the text with each as
   *     {@code U+XXXX}
   */
  public static String controls(String s) {
    return replace(s, false, false);
  }

  /**
   * Makes text safe for one cell of a plain-text table: as {@link #controls}, and tab, line feed
   * and carriage return as {@code \t}, {@code \n} and {@code \r}, so that a label cannot break a
   * line or a column.
   *
   * @param s any text
   * @return the text with no control character
   */
  public static String oneLine(String s) {
    return replace(s, true, true);
  }

  /**
   * Makes a message safe to print as one line (of standard error, say): as {@link #controls}, and
   * line feed and carriage return as {@code \n} and {@code \r}; tabs stay. A label or file name
   * quoted in the message can then neither split the line nor drive the terminal.
   *
   * @param s any text
   * @return the text on one line, with no control character but tabs
   */
  public static String line(String s) {
    return replace(s, true, false);
  }

  private static String replace(String s, boolean breaks, boolean tabs) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r = null;
      if (c == '\t' || c == '\n' || c == '\r') {
        if (c == '\t' ? tabs : breaks) {
          r = c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r";
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      } else if (invisible(c)) {
        r = String.format("U+%04X", (int) c);
      }
      if (r != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (r != null) {
          sb.append(r);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean invisible(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF'
        || Character.isSurrogate(c) // unpaired: a pair was skipped above
        || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}
