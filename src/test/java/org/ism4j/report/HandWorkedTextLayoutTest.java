package org.ism4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TextLayout's rules worked by hand: padding to a display width (wide East Asian characters two
 * columns), wrapping at spaces and inside a word only when it alone is too wide, the table's
 * column widths (widest cell, two-space gaps, wrap columns narrowest first sharing what the fixed
 * columns leave, never below 12 or their header) and the matrix split into column blocks of
 * (maxWidth − indent − key width) / (cell width + 1) columns.
 */
class HandWorkedTextLayoutTest {
  @Test
  void padToADisplayWidth() {
    assertEquals("ab  ", TextLayout.padRight("ab", 4));
    assertEquals("  ab", TextLayout.padLeft("ab", 4));
    assertEquals("abcd", TextLayout.padRight("abcd", 3));
    assertEquals("abcd", TextLayout.padLeft("abcd", 3));
    // 日本 is 4 columns wide: one space to 5
    assertEquals("日本 ", TextLayout.padRight("日本", 5));
    assertEquals(" 日本", TextLayout.padLeft("日本", 5));
    // a tab is escaped first, as the two characters \t: "a\tb" is 4 wide
    assertEquals("a\\tb ", TextLayout.padRight("a\tb", 5));
    assertEquals(" a\\tb", TextLayout.padLeft("a\tb", 5));
  }

  @Test
  void wrapAtSpacesAndInsideOnlyTooWideWords() {
    // "ab  cd" is 6 wide: at 6 it fits and is returned as it is, double space included
    assertEquals(List.of("ab  cd"), TextLayout.wrap("ab  cd", 6));
    // at 5 it is flowed word by word: "ab cd" is 5
    assertEquals(List.of("ab cd"), TextLayout.wrap("ab  cd", 5));
    // the empty word between two spaces is dropped: "aaa", "bbb" at 4
    assertEquals(List.of("aaa", "bbb"), TextLayout.wrap("aaa  bbb", 4));
    // a word wider than the line is broken between characters
    assertEquals(List.of("abcd", "ef"), TextLayout.wrap("abcdef", 4));
    // width 1 still wraps; below 1 nothing is wrapped
    assertEquals(List.of("a", "b"), TextLayout.wrap("a b", 1));
    assertEquals(List.of("a b"), TextLayout.wrap("a b", 0));
  }

  private static String render(TextLayout.Table t, String indent, int maxWidth) {
    StringBuilder out = new StringBuilder();
    t.render(out, indent, maxWidth);
    return out.toString();
  }

  /** Right-aligned cells, but never the header or the rule; missing and null cells are empty. */
  @Test
  void tableAlignsRowsOnly() {
    TextLayout.Table t = new TextLayout.Table("n", "v", "w").alignRight(1);
    t.row("a", "5", "x").row("b", "123").row("c", null, "y\tz");
    // widths: n 1, v 3 ("123"), w 4 ("y\tz" escaped); gaps 2, indent "  "
    assertEquals("""
          n  v    w
          -  ---  ----
          a    5  x
          b  123
          c       y\\tz
        """, render(t, "  ", 80));
  }

  /**
   * Two wrap columns over a line of 40: widths k 1, first 29, second 19; fixed = 1 + 2 gaps · 2 =
   * 5, total 53 &gt; 40. Narrowest first: second gets 35 / 2 = 17 (≥ 12), first the remaining 18.
   * "gggg hhhh iiii jjjj" (19) at 17 and "aaaa bbbb cccc dddd eeee ffff" (29) at 18 both break
   * after their third word.
   */
  @Test
  void wrapColumnsShareTheWidthNarrowestFirst() {
    TextLayout.Table t = new TextLayout.Table("k", "first", "second").wrap(1).wrap(2);
    t.row("1", "aaaa bbbb cccc dddd eeee ffff", "gggg hhhh iiii jjjj");
    assertEquals("""
        k  first               second
        -  ------------------  -----------------
        1  aaaa bbbb cccc      gggg hhhh iiii
           dddd eeee ffff      jjjj
        """, render(t, "", 40));
    // 53 columns fit a line of 53: nothing wraps
    assertEquals("""
        k  first                          second
        -  -----------------------------  -------------------
        1  aaaa bbbb cccc dddd eeee ffff  gggg hhhh iiii jjjj
        """, render(t, "", 53));
  }

  /**
   * One wrap column, indent 2, a line of 20: fixed = 2 + 2 + 4 ("name") = 8, so the note gets 12;
   * at a line of 14 its share would be 6, but a wrap column keeps at least 12 columns, and at
   * least its header: "a rather long note" (18) stays 18 wide.
   */
  @Test
  void aWrapColumnKeepsTwelveColumnsOrItsHeader() {
    TextLayout.Table t = new TextLayout.Table("name", "note").wrap(1);
    t.row("x", "alpha beta gamma delta");
    String twelve = """
          name  note
          ----  ------------
          x     alpha beta
                gamma delta
        """;
    assertEquals(twelve, render(t, "  ", 20));
    assertEquals(twelve, render(t, "  ", 14));
    TextLayout.Table h = new TextLayout.Table("name", "a rather long note").wrap(1);
    h.row("x", "alpha beta gamma delta epsilon");
    assertEquals("""
          name  a rather long note
          ----  ------------------
          x     alpha beta gamma
                delta epsilon
        """, render(h, "  ", 14));
    // without a wrap column a table wider than the line is printed as it is
    TextLayout.Table fixed = new TextLayout.Table("name", "note");
    fixed.row("x", "alpha beta gamma delta");
    assertEquals("""
          name  note
          ----  ----------------------
          x     alpha beta gamma delta
        """, render(fixed, "  ", 14));
  }

  private static final TextLayout.CellText CELLS = (i, j) -> i == j ? "1" : i < j ? "1*" : "0";

  private static String matrix(String indent, int maxWidth) {
    StringBuilder out = new StringBuilder();
    TextLayout.matrix(out, indent, List.of("A", "B", "C"), 2, CELLS, maxWidth);
    return out.toString();
  }

  /**
   * Keys A, B, C (1 wide), cells up to 2 ("1*"): cell width 2, each column 3 with its space. With
   * indent 2 a line of 12 holds (12 − 2 − 1) / 3 = 3 columns, one block; 11 holds 2, so two
   * blocks, each titled and separated by a blank line; 3 holds 0, raised to 1 column a block.
   */
  @Test
  void matrixSplitsIntoColumnBlocks() {
    String whole = """
            A  B  C
          A 1  1* 1*
          B 0  1  1*
          C 0  0  1
        """;
    assertEquals(whole, matrix("  ", 12));
    assertEquals(whole, matrix("  ", 80));
    assertEquals("""
          columns A to B:
            A  B
          A 1  1*
          B 0  1
          C 0  0

          columns C to C:
            C
          A 1*
          B 1*
          C 1
        """, matrix("  ", 11));
    String one = matrix("  ", 3);
    assertEquals("""
          columns A to A:
            A
          A 1
          B 0
          C 0

          columns B to B:
        """, one.substring(0, one.indexOf("    B\n")));
  }

  @Test
  void listsJoinWithCommas() {
    assertEquals("a, b, c", TextLayout.list(List.of("a", "b", "c")));
    assertEquals("z, x", TextLayout.list(new int[] {2, 0}, i -> "xyz".substring(i, i + 1)));
    assertEquals("", TextLayout.list(new int[0], i -> "?"));
  }
}
