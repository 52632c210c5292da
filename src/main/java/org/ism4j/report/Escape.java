package org.ism4j.report;

import com.google.common.html.HtmlEscapers;

/** The escapers of the human reports: one for Markdown, one for HTML. Package-private. */
final class Escape {
  private Escape() {}

  /**
   * Escapes text for a Markdown table cell or paragraph: {@code \ | * _ ` [ ] < > # ~} get a
   * backslash, line breaks become spaces.
   *
   * @param s the text
   * @return the escaped text
   */
  static String markdown(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\': case '|': case '*': case '_': case '`': case '[': case ']': case '<': case '>':
        case '#': case '~':
          sb.append('\\').append(c);
          break;
        case '\n': case '\r':
          sb.append(' ');
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Escapes text for HTML content and attribute values (Guava's HTML escaper:
   * {@code " ' & < >}).
   *
   * @param s the text
   * @return the escaped text
   */
  /** Escapes text for LaTeX's text mode: the ten special characters, and line breaks as spaces. */
  static String latex(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': case '%': case '$': case '#': case '_': case '{': case '}':
          sb.append('\\').append(c);
          break;
        case '\\':
          sb.append("\\textbackslash{}");
          break;
        case '~':
          sb.append("\\textasciitilde{}");
          break;
        case '^':
          sb.append("\\textasciicircum{}");
          break;
        case '<':
          sb.append("\\textless{}");
          break;
        case '>':
          sb.append("\\textgreater{}");
          break;
        case '|':
          sb.append("\\textbar{}");
          break;
        case '\n': case '\r':
          sb.append(' ');
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  static String html(String s) {
    return HtmlEscapers.htmlEscaper().escape(s);
  }
}
