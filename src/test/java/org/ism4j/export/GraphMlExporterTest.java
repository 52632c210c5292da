package org.ism4j.export;

import org.ism4j.Xml;
import org.ism4j.Gallery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.IsmModel;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.graph.LayeredDigraph.Options;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlExporterTest {

  @Test
  void wellFormedWithOneNodePerComponentAndOneEdgePerEdge() {
    for (Map.Entry<String, IsmModel> e : Gallery.models().entrySet()) {
      for (Options o : new Options[] {Options.defaults(), Options.defaults().withDirectLinks(true)}) {
        LayeredDigraph d = e.getValue().digraph(o);
        Document doc = Xml.parse(GraphMlExporter.create().toString(d));
        assertEquals(d.nodes().size(), Xml.elements(doc, "node", null).size(), e.getKey());
        assertEquals(d.edges().size(), Xml.elements(doc, "edge", null).size(), e.getKey());
      }
    }
  }

  @Test
  void nodesCarryLevelComponentAndMicmacAttributes() {
    LayeredDigraph d = Gallery.models().get("two-cycles").digraph(Options.defaults().withDirectLinks(true));
    Document doc = Xml.parse(GraphMlExporter.create().toString(d));
    Map<String, String> keyName = new HashMap<>();
    for (Element k : Xml.elements(doc, "key", null)) {
      keyName.put(k.getAttribute("id"), k.getAttribute("attr.name"));
    }
    assertTrue(keyName.values().containsAll(List.of("label", "members", "level", "component", "driving",
        "dependence", "cluster", "kind")), keyName.toString());
    Element c1 = Xml.elements(doc, "node", null).stream().filter(n -> n.getAttribute("id").equals("c1"))
        .findFirst().orElseThrow();
    Map<String, String> data = data(c1, keyName);
    assertEquals("{Skills, Tools, Culture}", data.get("label"));
    assertEquals("Skills\nTools\nCulture", data.get("members"));
    assertEquals("3", data.get("level"));
    assertEquals("1", data.get("component"));
    assertEquals("true", data.get("cycle"));
    assertEquals(Integer.toString(d.node(1).drivingPower()), data.get("driving"));
    assertEquals(Integer.toString(d.node(1).dependencePower()), data.get("dependence"));
    assertEquals(d.node(1).cluster().displayName(), data.get("cluster"));
    List<Element> edges = Xml.elements(doc, "edge", null);
    assertEquals("c0", edges.get(0).getAttribute("source"));
    assertEquals("c1", edges.get(0).getAttribute("target"));
    assertEquals("skeleton", data(edges.get(0), keyName).get("kind"));
    assertEquals("direct", data(edges.get(edges.size() - 1), keyName).get("kind"));
  }

  private static Map<String, String> data(Element e, Map<String, String> keyName) {
    Map<String, String> out = new HashMap<>();
    NodeList children = e.getElementsByTagNameNS("*", "data");
    for (int i = 0; i < children.getLength(); i++) {
      Element c = (Element) children.item(i);
      out.put(keyName.get(c.getAttribute("key")), c.getTextContent());
    }
    return out;
  }
}
