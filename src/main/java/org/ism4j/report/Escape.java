package org.ism4j.report;

import org.ism4j.internal.VisibleText;
import com.google.common.html.HtmlEscapers;

/** The escapers of the human reports: one for Markdown, one for HTML. Package-private. */
final class Escape {
  private Escape() {}

  /**
   * Escapes text for plain text (a table cell or a line): tab, line feed and carriage return as
   * {@code \t}, {@code \n}, {@code \r}, other control characters as {@code U+XXXX}
   * ({@link VisibleText#oneLine}). Applying it twice changes nothing more.
   *
   * @param s the text
   * @return the escaped text
   */
  static String text(String s) {
    return VisibleText.oneLine(s);
  }

  /**
   * Escapes text for a Markdown table cell or paragraph: {@code &} and {@code <} as the entities
   * {@code &amp;} and {@code &lt;} (so a label that is literally {@code &amp;} shows as written, and
   * no label opens an HTML tag), {@code \ | * _ ` [ ] > # ~} with a backslash, line breaks as
   * spaces, other control characters as {@code U+XXXX}.
   *
   * @param text the text
   * @return the escaped text
   */
  static String markdown(String text) {
    String s = VisibleText.controls(text);
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '\\': case '|': case '*': case '_': case '`': case '[': case ']': case '>':
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
   * Escapes text for LaTeX's text mode: the ten special characters, line breaks as spaces,
   * other control characters as {@code U+XXXX}.
   */
  static String latex(String text) {
    String s = VisibleText.controls(text);
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

  /**
   * Escapes text for HTML content and attribute values (Guava's HTML escaper:
   * {@code " ' & < >}), control characters (which XHTML cannot hold) as {@code U+XXXX}.
   *
   * @param s the text
   * @return the escaped text
   */
  static String html(String s) {
    return HtmlEscapers.htmlEscaper().escape(VisibleText.controls(s));
  }
}
