package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Text widths and line filling, on inputs worked by hand. Terminal columns follow the East Asian
 * Wide and Fullwidth blocks (UAX #11, as Markus Kuhn's {@code wcwidth} groups them, plus the emoji
 * blocks): each block's first and last code point is 2 columns; marks and format characters are 0.
 * Drawing widths are Helvetica's advance widths (the standard AFM metrics, in 1/1000 em) times the
 * font size times the safety factor 1.12.
 */
class HandWorkedTextMetricsTest {
  /** A width that counts code points: line filling worked by hand without font metrics. */
  private static final ToDoubleFunction<String> LENGTH = s -> s.codePointCount(0, s.length());

  @Test
  void everyWideBlockIsWideFromItsFirstToItsLastCodePoint() {
    int[][] blocks = {
      {0x1100, 0x115F}, // Hangul Jamo initial consonants
      {0x2E80, 0x303E}, // CJK radicals .. CJK symbols and punctuation
      {0x3040, 0xA4CF}, // Hiragana .. Yi radicals
      {0xAC00, 0xD7A3}, // Hangul syllables
      {0xF900, 0xFAFF}, // CJK compatibility ideographs
      {0xFE30, 0xFE4F}, // CJK compatibility forms
      {0xFF00, 0xFF60}, // fullwidth forms
      {0xFFE0, 0xFFE6}, // fullwidth signs
      {0x1F300, 0x1F64F}, // pictographs, emoticons
      {0x1F680, 0x1F6FF}, // transport and map symbols
      {0x1F900, 0x1F9FF}, // supplemental symbols and pictographs
      {0x1FA70, 0x1FAFF}, // symbols and pictographs extended-A
      {0x20000, 0x3FFFD}, // CJK ideographs, planes 2 and 3
    };
    for (int[] b : blocks) {
      assertEquals(2, TextMetrics.columns(b[0]), Integer.toHexString(b[0]));
      assertEquals(2, TextMetrics.columns(b[1]), Integer.toHexString(b[1]));
    }
    // U+303F IDEOGRAPHIC HALF FILL SPACE is half-width inside the CJK range
    assertEquals(1, TextMetrics.columns(0x303F));
    // just outside a block: Hangul filler, Lisu, Hangul Jamo extended-B, a Latin ligature, halfwidth
    // forms, ornamental dingbats, alchemical and chess symbols, noncharacters, unassigned points
    for (int narrow : new int[] {0x1160, 0xA4D0, 0xD7B0, 0xFB00, 0xFF61, 0xFFE8, 0x1F650, 0x1F700, 0x1FA00, 0x3FFFE,
        0x10FF, 0x2E7F, 0xABFF, 0xF8FF, 0x1F2FF, 0x1FA6F, 0x1FFFF, 'A', 'é'}) {
      assertEquals(1, TextMetrics.columns(narrow), Integer.toHexString(narrow));
    }
  }

  @Test
  void marksAndFormatCharactersTakeNoColumn() {
    assertEquals(0, TextMetrics.columns(0x0301)); // combining acute accent: a non-spacing mark
    assertEquals(0, TextMetrics.columns(0x20DD)); // combining enclosing circle
    assertEquals(0, TextMetrics.columns(0x200B)); // zero width space: a format character
    // a, 가, a combining accent, an emoji outside the BMP (one code point, two chars)
    assertEquals(1 + 2 + 0 + 2, TextMetrics.columns("a가\u0301\uD83D\uDE00"));
    assertEquals(0, TextMetrics.columns(""));
  }

  @Test
  void drawingWidthsAreHelveticaAdvancesTimesSizeAndSafety() {
    // A = 667 units; at 10 pt: 667 × 10 × 1.12 / 1000
    assertEquals(7.4704, TextMetrics.width("A", 10), 1e-9);
    // space 278 and tilde 584, the first and last printable ASCII
    assertEquals((278 + 584) * 1.12, TextMetrics.width(" ~", 1000), 1e-9);
    // a control character has no width; DEL and accented Latin up to U+024F are 620; IPA from
    // U+0250 a narrow 700; a wide syllable 1000; a mark 0
    assertEquals(0, TextMetrics.width("\t\u001F", 1000), 1e-9);
    assertEquals(620 * 1.12, TextMetrics.width("\u007F", 1000), 1e-9);
    assertEquals(620 * 1.12, TextMetrics.width("é", 1000), 1e-9);
    assertEquals(620 * 1.12, TextMetrics.width("\u024F", 1000), 1e-9);
    assertEquals(700 * 1.12, TextMetrics.width("\u0250", 1000), 1e-9);
    assertEquals(1000 * 1.12, TextMetrics.width("가", 1000), 1e-9);
    assertEquals(1000 * 1.12, TextMetrics.width("\uD83D\uDE00", 1000), 1e-9);
    assertEquals(0, TextMetrics.width("\u0301", 1000), 1e-9);
    // the widest line counts
    assertEquals(TextMetrics.width("WW", 12), TextMetrics.maxWidth(List.of("i", "WW", ""), 12), 1e-12);
    assertEquals(0, TextMetrics.maxWidth(List.of(), 12));
  }

  @Test
  void itemsFillALineUpToExactlyItsWidth() {
    // "ab," (3) fits; "ab, cd," (7) does not; "cd, ef" is exactly 6
    assertEquals(List.of("ab,", "cd, ef"), TextMetrics.flow(List.of("ab", "cd", "ef"), ", ", LENGTH, 6));
    assertEquals(List.of("ab, cd, ef"), TextMetrics.flow(List.of("ab", "cd", "ef"), ", ", LENGTH, 10));
    // a separator without a trailing space joins without one
    assertEquals(List.of("a/b/c"), TextMetrics.flow(List.of("a", "b", "c"), "/", LENGTH, 5));
    assertEquals(List.of("a/b/", "c"), TextMetrics.flow(List.of("a", "b", "c"), "/", LENGTH, 4));
    // nothing to flow is one empty line
    assertEquals(List.of(""), TextMetrics.flow(List.of(), ", ", LENGTH, 6));
  }

  @Test
  void anItemWiderThanALineIsWrappedAtWordsThenBetweenCharacters() {
    assertEquals(List.of("abc", "def", "gh"), TextMetrics.flow(List.of("abcdefgh"), " ", LENGTH, 3));
    assertEquals(List.of("ab cd", "ef"), TextMetrics.flow(List.of("ab cd ef"), ", ", LENGTH, 5));
    // the wrapped item's last line is continued by the next item when it fits
    assertEquals(List.of("ab cd", "ef, g"), TextMetrics.flow(List.of("ab cd ef", "g"), ", ", LENGTH, 5));
    // a line already started is closed before the long item
    assertEquals(List.of("x,", "abc", "def"), TextMetrics.flow(List.of("x", "abcdef"), ", ", LENGTH, 3));
    // never between the two halves of a surrogate pair
    String e = "\uD83D\uDE00";
    assertEquals(List.of(e + e, e), TextMetrics.flow(List.of(e + e + e), " ", LENGTH, 2));
  }

  @Test
  void wrapSplitsOnRunsOfWhitespace() {
    double both = TextMetrics.width("aa bb", 10);
    assertEquals(List.of("aa bb"), TextMetrics.wrap("  aa \t bb\n", 10, both));
    assertEquals(List.of("aa", "bb"), TextMetrics.wrap("aa bb", 10, both - 0.01));
    assertEquals(List.of(""), TextMetrics.wrap(" \t ", 10, both));
    assertEquals(List.of("aa", "bb"), TextMetrics.flow(List.of("aa", "bb"), " ", 10, both - 0.01));
  }
  @Test
  void anItemExactlyAsWideAsALineIsKeptWhole() {
    // "a" fits; "a x  y" (6) does not; the item "x  y" is exactly 4, so it is a line of its own
    // as it is, not wrapped at its words (which would drop its double space)
    assertEquals(List.of("a", "x  y"), TextMetrics.flow(List.of("a", "x  y"), " ", LENGTH, 4));
  }

  @Test
  void wrappedPiecesJoinUpToExactlyTheLineWidth() {
    // "a b cdefgh" (10) is wider than 3: pieces a, b, cde, fgh; "a b" is exactly 3 and stays one line
    assertEquals(List.of("a b", "cde", "fgh"), TextMetrics.flow(List.of("a b cdefgh"), " ", LENGTH, 3));
    // every character wider than the line: one character a line, no empty line before the first
    assertEquals(List.of("a", "b"), TextMetrics.flow(List.of("ab"), " ", LENGTH, 0.5));
  }

  @Test
  void aWordWhoseFirstCharacterIsWiderThanALineStartsAFreshPiece() {
    // 'W' is 1.0 wide, every other character 0.2, the line 0.5: "a W" (1.4) is too wide, so its words
    // a (0.2) and W (1.0) are wrapped; "a W" as one line would be 1.4, so a and W are two lines, and
    // the first is "a" without a trailing blank
    ToDoubleFunction<String> w = s -> s.chars().mapToDouble(c -> c == 'W' ? 1.0 : 0.2).sum();
    assertEquals(List.of("a", "W"), TextMetrics.flow(List.of("a W"), " ", w, 0.5));
  }

  @Test
  void anItemOfBlanksOnlyAddsNoLine() {
    // "a" fits in 2; "a" + " " + "   " (5) does not, so "a" is a line; "   " (3) is wider than
    // the line and has no words: nothing more, and no empty last line
    assertEquals(List.of("a"), TextMetrics.flow(List.of("a", "   "), " ", LENGTH, 2));
  }
}
