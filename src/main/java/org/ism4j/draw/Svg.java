package org.ism4j.draw;

import org.ism4j.internal.VisibleText;
import com.google.common.xml.XmlEscapers;
import org.ism4j.internal.Decimals;
import org.ism4j.micmac.Cluster;

/** What the SVG writers share: the XML escaper, the coordinate format and the cluster colours. */
final class Svg {
  private Svg() {}

  /**
   * Escapes text for XML content and attribute values (Guava's XML attribute escaper: {@code < > & " '}
   * and white-space controls as references); the characters XML 1.0 cannot hold, and other
   * invisible controls, are written as the visible text {@code U+XXXX} ({@link VisibleText#controls}).
   *
   * @param s the text
   * @return the escaped text
   */
  static String xml(String s) {
    return XmlEscapers.xmlAttributeEscaper().escape(VisibleText.controls(s));
  }

  /**
   * Formats a coordinate with at most one decimal.
   *
   * @param v a value
   * @return e.g. {@code "12.5"} or {@code "12"}
   */
  static String num(double v) {
    return Decimals.format(v, 1);
  }

  /**
   * The colour of a MICMAC cluster, the same in every plot.
   *
   * @param c the cluster
   * @return a CSS colour
   */
  static String color(Cluster c) {
    switch (c) {
      case AUTONOMOUS:
        return "#667085";
      case DEPENDENT:
        return "#1570ef";
      case LINKAGE:
        return "#b42318";
      default:
        return "#067647";
    }
  }
}