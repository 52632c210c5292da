package org.ism4j.draw;

import org.ism4j.Xml;
import org.ism4j.Gallery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ism4j.IsmModel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgMicmacTest {

  @Test
  void everySampleIsWellFormedWithLabelsApart() {
    for (IsmModel m : Gallery.models().values()) {
      SvgProperties.checkMicmac(m.micmac());
    }
  }

  @Test
  void quadrantLinesSitAtTheThresholdsAndAllFourQuadrantsAreNamed() {
    IsmModel m = Gallery.models().get("random-30");
    Document doc = Xml.parse(SvgMicmac.toSvg(m.micmac(), null));
    List<Element> split = Xml.elements(doc, "line", "split");
    assertEquals(2, split.size());
    StringBuilder names = new StringBuilder();
    for (Element t : Xml.elements(doc, "text", "quadrant")) {
      names.append(t.getTextContent()).append('|');
    }
    assertEquals("IV Independent|III Linkage|I Autonomous|II Dependent|", names.toString());
    // vertical split line x matches the dependence threshold on the same scale as the dots
    Element vertical = split.get(0);
    assertEquals(vertical.getAttribute("x1"), vertical.getAttribute("x2"));
    assertTrue(SvgMicmac.toSvg(m.micmac()).contains("Split rule n/2: strong when driving power &gt; 15"));
  }

  @Test
  void bankingSeventeenIsOnePointInTheLinkageCornerLabelledWithAllFactors() {
    IsmModel m = Gallery.models().get("banking-17");
    Document doc = Xml.parse(SvgMicmac.toSvg(m.micmac()));
    assertEquals(1, Xml.elements(doc, "circle", "point").size());
    StringBuilder label = new StringBuilder();
    for (Element t : Xml.elements(doc, "text", "label")) {
      label.append(t.getTextContent()).append(' ');
    }
    for (int f = 1; f <= 17; f++) {
      assertTrue(label.toString().matches("(?s).*\\b" + f + "\\b.*"), "factor " + f + " in " + label);
    }
  }
}
