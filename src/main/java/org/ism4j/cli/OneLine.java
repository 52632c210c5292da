package org.ism4j.cli;

/**
 * Makes a message safe to print as one line of standard error: line breaks become {@code \n} (and
 * {@code \r}), other control and format characters (C0, DEL, C1, U+2028, U+2029, bidirectional
 * controls) become {@code U+XXXX}, so that a label or file name holding them can neither split the
 * promised one-line error nor drive the terminal.
 */
final class OneLine {
  private OneLine() {}

  /** Returns {@code message} with every line break and control character written visibly. */
  static String of(String message) {
    StringBuilder sb = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      String esc = escape(c);
      if (esc != null && sb == null) {
        sb = new StringBuilder(message.length() + 16).append(message, 0, i);
      }
      if (sb != null) {
        if (esc != null) {
          sb.append(esc);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? message : sb.toString();
  }

  private static String escape(char c) {
    if (c == '\n') {
      return "\\n";
    }
    if (c == '\r') {
      return "\\r";
    }
    if (c == '\t') {
      return null;
    }
    int type = Character.getType(c);
    if (type == Character.CONTROL || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || (type == Character.FORMAT && isBidi(c))) {
      return String.format("U+%04X", (int) c);
    }
    return null;
  }

  private static boolean isBidi(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
        || c == '\u200F' || c == '\u061C';
  }
}
