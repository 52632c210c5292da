package org.ism4j;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Strict XML parsing for the tests: a malformed document throws. */
public final class Xml {
  private Xml() {}

  public static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Elements with a local name whose class attribute holds the given class (or any, for null). */
  public static List<Element> elements(Document d, String localName, String cssClass) {
    NodeList all = d.getElementsByTagNameNS("*", localName);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (cssClass == null || List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        out.add(e);
      }
    }
    return out;
  }

  /** A rect element as {left, top, right, bottom}. */
  public static double[] rect(Element e) {
    double x = Double.parseDouble(e.getAttribute("x"));
    double y = Double.parseDouble(e.getAttribute("y"));
    return new double[] {x, y, x + Double.parseDouble(e.getAttribute("width")),
        y + Double.parseDouble(e.getAttribute("height"))};
  }

  /**
   * How far two shapes may reach into each other and still count as touching. The drawings write
   * coordinates with one decimal, so a real overlap is at least 0.1; but an edge computed from the
   * parsed numbers ({@code x + width}) is off by up to about 1e-13 (235.6 + 0.1 is 235.70000000000002).
   */
  public static final double EPSILON = 1e-6;

  /** Whether two {left, top, right, bottom} rectangles overlap by more than {@link #EPSILON}. */
  public static boolean overlap(double[] a, double[] b) {
    return a[0] < b[2] - EPSILON && b[0] < a[2] - EPSILON && a[1] < b[3] - EPSILON
        && b[1] < a[3] - EPSILON;
  }

  /** The named attributes of an element, joined by spaces (an absent one as the empty string). */
  public static String attrs(Element e, String... names) {
    List<String> out = new ArrayList<>();
    for (String a : names) {
      out.add(e.getAttribute(a));
    }
    return String.join(" ", out);
  }

  /**
   * Every element of a name and class, each as its attributes ({@link #attrs}), {@code " | "} and
   * its text content, in document order.
   */
  public static List<String> all(Document doc, String element, String cssClass, String... names) {
    List<String> out = new ArrayList<>();
    for (Element e : elements(doc, element, cssClass)) {
      out.add(attrs(e, names) + " | " + e.getTextContent());
    }
    return out;
  }
}
