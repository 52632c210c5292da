package org.ism4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The one table of text widths and the one line-wrapping routine of the writers, without AWT.
 *
 * <ul>
 *   <li>{@link #columns(String)}: terminal columns, for the text reports: wide East Asian
 *       characters and emoji count two, combining marks and format characters none.
 *   <li>{@link #width(String, double)}: pixels, for the SVG drawings and for the cycle labels of
 *       the DOT and Mermaid exports: Helvetica's advance widths, enlarged by 12% so the text also
 *       fits when a viewer falls back to a wider sans-serif such as DejaVu Sans or Verdana; a
 *       character that takes two columns counts one em, one outside Latin-1 and Latin Extended 0.7
 *       em, one that takes no column nothing.
 *   <li>{@link #flow(List, String, ToDoubleFunction, double)}: greedy line filling under either
 *       measure.
 * </ul>
 *
 * <p>Shared by the {@code export}, {@code draw} and {@code report} packages, which may not depend
 * on each other both ways. Not exported by the module; stateless.
 */
public final class TextMetrics {
  /** Helvetica advance widths in 1/1000 em for the code points 32..126. */
  private static final short[] ASCII = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space .. /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 .. ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ .. O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P .. _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` .. o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p .. ~
  };
  private static final double SAFETY = 1.12;

  private TextMetrics() {}

  /**
   * Returns the number of terminal columns a code point occupies.
   *
   * @param cp a code point
   * @return 0 for a combining mark or a format character, 2 for a wide East Asian character or an
   *     emoji, else 1
   */
  public static int columns(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F680 && cp <= 0x1F6FF)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x1FA70 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /**
   * Returns the number of terminal columns a string occupies.
   *
   * @param s the text
   * @return the sum of {@link #columns(int)} over its code points
   */
  public static int columns(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += columns(cp);
    }
    return w;
  }

  /**
   * Returns the estimated width of a string in a sans-serif font.
   *
   * @param s the text
   * @param fontSize the font size in pixels
   * @return the width in pixels
   */
  public static double width(String s, double fontSize) {
    double units = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      units += advance(cp);
    }
    return units * fontSize * SAFETY / 1000.0;
  }

  private static int advance(int cp) {
    if (cp >= 32 && cp <= 126) {
      return ASCII[cp - 32];
    }
    if (cp < 32) {
      return 0;
    }
    if (cp <= 0x24F) {
      return 620; // accented Latin letters: about the width of a capital
    }
    switch (columns(cp)) {
      case 0:
        return 0;
      case 2:
        return 1000;
      default:
        return 700;
    }
  }

  /**
   * Returns the widest line's width in pixels.
   *
   * @param lines the lines
   * @param fontSize the font size in pixels
   * @return the width in pixels, 0 for no lines
   */
  public static double maxWidth(List<String> lines, double fontSize) {
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, width(l, fontSize));
    }
    return w;
  }

  /**
   * Wraps text into lines no wider than {@code maxWidth} pixels, breaking at white space; a word
   * wider than a line is broken between characters.
   *
   * @param text the text
   * @param fontSize the font size in pixels
   * @param maxWidth the line width in pixels
   * @return at least one line
   */
  public static List<String> wrap(String text, double fontSize, double maxWidth) {
    List<String> words = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return flow(words, " ", fontSize, maxWidth);
  }

  /**
   * Lays out items into lines no wider than {@code maxWidth} pixels, as
   * {@link #flow(List, String, ToDoubleFunction, double)} does.
   *
   * @param items the items, such as the member labels of a cycle
   * @param separator what goes between two items on one line, such as {@code ", "}
   * @param fontSize the font size in pixels
   * @param maxWidth the line width in pixels
   * @return at least one line
   */
  public static List<String> flow(List<String> items, String separator, double fontSize,
      double maxWidth) {
    return flow(items, separator, s -> width(s, fontSize), maxWidth);
  }

  /**
   * Lays out items one after the other, separated by {@code separator}, into lines no wider than
   * {@code maxWidth}: each line takes as many items as fit. An item wider than a line is itself
   * wrapped at spaces, then between characters. The separator without its trailing blank stays at
   * the end of a line that it ends.
   *
   * @param items the items, such as the words of a sentence or the member labels of a cycle
   * @param separator what goes between two items on one line, such as {@code " "} or {@code ", "}
   * @param width the measure: a string's width, additive over its code points
   * @param maxWidth the line width in the unit of {@code width}
   * @return at least one line
   */
  public static List<String> flow(List<String> items, String separator, ToDoubleFunction<String> width,
      double maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String trimmedSeparator = separator.stripTrailing();
    for (int k = 0; k < items.size(); k++) {
      String item = items.get(k) + (k < items.size() - 1 ? trimmedSeparator : "");
      String candidate = line.length() == 0 ? item : line + (separator.endsWith(" ") ? " " : "") + item;
      if (width.applyAsDouble(candidate) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (width.applyAsDouble(item) <= maxWidth) {
        line.append(item);
        continue;
      }
      // an item wider than a line: wrap its words, breaking long words between characters
      List<String> pieces = new ArrayList<>();
      for (String word : item.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
          int cp = word.codePointAt(i);
          String next = piece.toString() + new String(Character.toChars(cp));
          if (piece.length() > 0 && width.applyAsDouble(next) > maxWidth) {
            pieces.add(piece.toString());
            piece.setLength(0);
          }
          piece.appendCodePoint(cp);
          i += Character.charCount(cp);
        }
        pieces.add(piece.toString());
      }
      StringBuilder sub = new StringBuilder();
      for (String piece : pieces) {
        String cand = sub.length() == 0 ? piece : sub + " " + piece;
        if (sub.length() > 0 && width.applyAsDouble(cand) > maxWidth) {
          lines.add(sub.toString());
          sub.setLength(0);
          sub.append(piece);
        } else {
          sub.setLength(0);
          sub.append(cand);
        }
      }
      line.append(sub);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
