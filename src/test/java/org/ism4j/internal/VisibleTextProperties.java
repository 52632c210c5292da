package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link VisibleText} against a one-line-per-character reference: each character either stays or
 * becomes its visible form, and nothing a format cannot hold survives.
 */
class VisibleTextProperties {
  /** The reference: the rule written out character by character (code points, so pairs stay). */
  static String reference(String s, boolean oneLine) {
    return reference(s, oneLine, oneLine);
  }

  /** The reference with the choices apart: line breaks as {@code \n}/{@code \r}, tabs as {@code \t}. */
  static String reference(String s, boolean oneLine, boolean tabs) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (tabs && cp == '\t') {
        sb.append("\\t");
      } else if (oneLine && cp == '\n') {
        sb.append("\\n");
      } else if (oneLine && cp == '\r') {
        sb.append("\\r");
      } else if (cp == '\t' || cp == '\n' || cp == '\r') {
        sb.appendCodePoint(cp);
      } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF
          || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0x2028 || cp == 0x2029
          || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E
          || cp == 0x200F || cp == 0x061C) {
        sb.append(String.format("U+%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  @Property
  void controlsMatchesTheReference(@ForAll @StringLength(max = 40) String s) {
    assertEquals(reference(s, false), VisibleText.controls(s), () -> "input " + dump(s));
  }

  @Property
  void oneLineMatchesTheReference(@ForAll @StringLength(max = 40) String s) {
    assertEquals(reference(s, true), VisibleText.oneLine(s), () -> "input " + dump(s));
  }

  @Property
  void lineMatchesTheReferenceAndKeepsTabs(@ForAll @StringLength(max = 40) String s) {
    assertEquals(reference(s, true, false), VisibleText.line(s), () -> "input " + dump(s));
  }

  @Example
  void aMessageKeepsItsTabsAndLosesItsLineBreaks() {
    assertEquals("a.tsv:2:1: label 'x\\ny'\tU+001B", VisibleText.line("a.tsv:2:1: label 'x\ny'\t\u001b"));
  }

  @Property
  void controlCharactersAndSurrogatesAreWrittenVisibly(
      @ForAll @StringLength(max = 20) @CharRange(from = '\u0000', to = '\u00A0')
      @CharRange(from = '\u2020', to = '\u2070') @CharRange(from = '\uD7F0', to = '\uE010') String s) {
    assertEquals(reference(s, true), VisibleText.oneLine(s), () -> "input " + dump(s));
    String once = VisibleText.oneLine(s);
    assertEquals(once, VisibleText.oneLine(once), "a second pass changes nothing");
  }

  @Example
  void aPairedSurrogateStaysAndALoneOneShows() {
    assertEquals("\uD83D\uDE00", VisibleText.controls("\uD83D\uDE00"));
    assertEquals("aU+D83Db", VisibleText.controls("a\uD83Db"));
    assertEquals("U+DE00", VisibleText.controls("\uDE00"));
    assertEquals("line\\nbreak\\tU+001B[31m", VisibleText.oneLine("line\nbreak\t\u001b[31m"));
    assertEquals("keep\ttab\nline", VisibleText.controls("keep\ttab\nline"));
  }

  private static String dump(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format("\\u%04X", (int) c));
    }
    return sb.toString();
  }
}
