package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.ism4j.audit.Audit;
import org.ism4j.audit.Cause;
import org.ism4j.audit.Finding;
import org.ism4j.audit.PublishedTables;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

/**
 * The audit JSON, field by field: hand-worked level rows on two small papers, and for the audits of
 * the other tests every field of the document against the {@link Audit} accessor its Javadoc names.
 */
class AuditJsonFieldsTest {
  /** A → B → C → A, never closed: the level rule on the IRM assigns no factor in iteration 1. */
  private static final Ssim OPEN_CYCLE = Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").a("A", "C").build();

  private static JsonObject json(Audit a) {
    return JsonParser.parseString(AuditJson.create().toString(a)).getAsJsonObject();
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  private static List<Finding.Cell> cells(JsonArray a) {
    List<Finding.Cell> out = new ArrayList<>();
    for (JsonElement e : a) {
      JsonObject c = e.getAsJsonObject();
      assertEquals(2, c.size(), c.toString());
      out.add(new Finding.Cell(c.get("from").getAsString(), c.get("to").getAsString()));
    }
    return out;
  }

  /** {factor, published, computed, irmWithoutClosure}, null where the document says null. */
  private static void assertLevelRow(JsonElement row, String factor, Integer published, int computed, Integer irm) {
    JsonObject o = row.getAsJsonObject();
    assertEquals(4, o.size(), o.toString());
    assertEquals(factor, o.get("factor").getAsString());
    assertEquals(published == null, o.get("published").isJsonNull(), o.toString());
    if (published != null) {
      assertEquals(published.intValue(), o.get("published").getAsInt(), o.toString());
    }
    assertEquals(computed, o.get("computed").getAsInt(), o.toString());
    assertEquals(irm == null, o.get("irmWithoutClosure").isJsonNull(), o.toString());
    if (irm != null) {
      assertEquals(irm.intValue(), o.get("irmWithoutClosure").getAsInt(), o.toString());
    }
  }

  @Test
  void levelRowsOfAPaperWhoseLevelsFollowFromTheIrmWithoutClosure() {
    // A ⇄ B, B ⇄ C, C → A: one cycle, all at level 1. On the IRM (rows A {A, B}, B and C {A, B, C};
    // columns A {A, B, C}, B {A, B, C}, C {B, C}) iteration 1 takes A and B, iteration 2 takes C.
    Ssim ssim = Ssim.builder("A", "B", "C").x("A", "B").x("B", "C").a("A", "C").build();
    Audit a = Audit.of(ssim, PublishedTables.builder().level("A", 1).level("B", 1).level("C", 2).build());
    JsonArray levels = json(a).getAsJsonArray("levels");
    assertEquals(3, levels.size());
    assertLevelRow(levels.get(0), "A", 1, 1, 1);
    assertLevelRow(levels.get(1), "B", 1, 1, 1);
    assertLevelRow(levels.get(2), "C", 2, 1, 2);
  }

  @Test
  void aLevelNotPrintedAndALevelTheIrmNeverAssignsAreNull() {
    // the open 3-cycle: one level after closure; C left out of the printed table
    Audit a = Audit.of(OPEN_CYCLE, PublishedTables.builder().level("A", 1).level("B", 1).build());
    JsonObject o = json(a);
    JsonArray levels = o.getAsJsonArray("levels");
    assertLevelRow(levels.get(0), "A", 1, 1, null);
    assertLevelRow(levels.get(1), "B", 1, 1, null);
    assertLevelRow(levels.get(2), "C", null, 1, null);
    assertEquals(List.of("A", "B", "C"), strings(o.getAsJsonArray("factors")));
    JsonObject missing = null;
    for (JsonElement f : o.getAsJsonArray("findings")) {
      if (f.getAsJsonObject().get("kind").getAsString().equals("missing-factor")) {
        missing = f.getAsJsonObject();
      }
    }
    assertTrue(missing != null, o.toString());
    assertEquals(List.of("C"), strings(missing.getAsJsonArray("factors")));
  }

  @Test
  void withoutPrintedLevelsThereIsNoLevelsMemberAndNoSetsConvention() {
    PublishedTables irm = PublishedTables.builder()
        .irm(org.ism4j.audit.PublishedMatrix.ofRows(List.of("A", "B", "C"), "1 1 0", "0 1 1", "1 0 1"))
        .build().withSource("irm.tsv");
    JsonObject o = json(Audit.of(OPEN_CYCLE, irm));
    assertFalse(o.has("levels"), o.toString());
    JsonObject pub = o.getAsJsonObject("published");
    assertEquals(List.of("IRM"), strings(pub.getAsJsonArray("parts")));
    assertEquals("irm.tsv", pub.getAsJsonObject("sources").get("IRM").getAsString());
    assertEquals(1, pub.getAsJsonObject("sources").size());
    assertFalse(pub.has("setsConvention"));
    assertFalse(pub.has("setsBasis"));
    assertEquals("reproduces", o.get("verdict").getAsString());
    assertEquals(0, o.getAsJsonArray("cycles").size());
  }

  @Test
  void aPartWithoutSourceHasNoSourceEntry() {
    JsonObject o = json(Audit.of(OPEN_CYCLE, PublishedTables.builder().level("A", 1).level("B", 1)
        .level("C", 1).build()));
    assertEquals(List.of("levels table"), strings(o.getAsJsonObject("published").getAsJsonArray("parts")));
    assertEquals(0, o.getAsJsonObject("published").getAsJsonObject("sources").size());
  }

  @Test
  void everyFieldIsTheAuditsValue() {
    List<Audit> audits = List.of(AuditJsonTest.banking(), AuditJsonTest.reproducing(),
        Audit.of(OPEN_CYCLE, PublishedTables.builder().level("A", 1).level("B", 2).build()),
        Audit.of(OPEN_CYCLE, PublishedTables.builder().level("A", 1).level("B", 1).build()));
    int findings = 0;
    int explained = 0;
    int causes = 0;
    int cycles = 0;
    for (Audit a : audits) {
      JsonObject o = json(a);
      assertEquals(a.verdict().id(), o.get("verdict").getAsString());
      assertEquals(a.corrections(), o.get("corrections").getAsInt());
      assertEquals(a.summary(), o.get("summary").getAsString());
      assertEquals(List.copyOf(a.labels()), strings(o.getAsJsonArray("factors")));
      JsonObject pub = o.getAsJsonObject("published");
      List<String> parts = new ArrayList<>();
      a.published().parts().forEach(p -> parts.add(p.title()));
      assertEquals(parts, strings(pub.getAsJsonArray("parts")));
      assertEquals(a.published().sources().size(), pub.getAsJsonObject("sources").size());
      a.published().sources().forEach((p, s) ->
          assertEquals(s, pub.getAsJsonObject("sources").get(p.title()).getAsString()));
      assertEquals(a.setsConvention().map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
          java.util.Optional.ofNullable(pub.get("setsConvention")).map(JsonElement::getAsString));
      assertEquals(a.setsBasis().map(Enum::name),
          java.util.Optional.ofNullable(pub.get("setsBasis")).map(JsonElement::getAsString));

      JsonArray d = o.getAsJsonArray("diagnosis");
      assertEquals(a.diagnosis().size(), d.size());
      for (int k = 0; k < d.size(); k++) {
        Cause c = a.diagnosis().get(k);
        JsonObject j = d.get(k).getAsJsonObject();
        assertEquals(4, j.size(), j.toString());
        assertEquals(c.id(), j.get("id").getAsString());
        assertEquals(c.message(), j.get("message").getAsString());
        assertEquals(c.factors(), strings(j.getAsJsonArray("factors")));
        assertEquals(c.cells(), cells(j.getAsJsonArray("cells")));
        causes++;
      }

      JsonArray f = o.getAsJsonArray("findings");
      assertEquals(a.findings().size(), f.size());
      for (int k = 0; k < f.size(); k++) {
        Finding x = a.findings().get(k);
        JsonObject j = f.get(k).getAsJsonObject();
        assertEquals(9, j.size(), j.toString());
        assertEquals(x.kind().id(), j.get("kind").getAsString());
        assertEquals(x.factors(), strings(j.getAsJsonArray("factors")));
        assertEquals(x.cells(), cells(j.getAsJsonArray("cells")));
        assertEquals(x.published(), j.get("published").getAsString());
        assertEquals(x.computed(), j.get("computed").getAsString());
        assertEquals(x.message(), j.get("message").getAsString());
        assertEquals(x.explanation().isEmpty(), j.get("explanation").isJsonNull());
        x.explanation().ifPresent(e -> assertEquals(e, j.get("explanation").getAsString()));
        assertEquals(x.path(), strings(j.getAsJsonArray("path")));
        assertEquals(x.corrections(), j.get("corrections").getAsInt());
        findings++;
        explained += x.explanation().isPresent() ? 1 : 0;
      }

      assertEquals(a.hasPublishedLevels(), o.has("levels"));
      if (a.hasPublishedLevels()) {
        JsonArray levels = o.getAsJsonArray("levels");
        assertEquals(a.labels().size(), levels.size());
        for (int i = 0; i < levels.size(); i++) {
          OptionalInt p = a.publishedLevel(i);
          int irm = a.irmPartition().levelOf(i);
          assertLevelRow(levels.get(i), a.labels().get(i), p.isPresent() ? p.getAsInt() : null,
              a.model().levels().levelOf(i), irm > 0 ? irm : null);
        }
      }

      JsonArray cy = o.getAsJsonArray("cycles");
      assertEquals(a.cycles().size(), cy.size());
      for (int k = 0; k < cy.size(); k++) {
        Audit.Cycle c = a.cycles().get(k);
        JsonObject j = cy.get(k).getAsJsonObject();
        assertEquals(5, j.size(), j.toString());
        assertEquals(c.members(), strings(j.getAsJsonArray("members")));
        assertEquals(c.walk(), strings(j.getAsJsonArray("walk")));
        assertEquals(c.feedbackLinks(), cells(j.getAsJsonArray("feedbackLinks")));
        assertEquals(c.exact(), j.get("exact").getAsBoolean());
        List<List<String>> lv = new ArrayList<>();
        for (Collection<String> s : c.levelsWithoutFeedback()) {
          lv.add(List.copyOf(s));
        }
        List<List<String>> written = new ArrayList<>();
        j.getAsJsonArray("levelsWithoutFeedback").forEach(e -> written.add(strings(e.getAsJsonArray())));
        assertEquals(lv, written);
        cycles++;
      }
    }
    // the comparison above must have had something to compare
    assertTrue(findings > 3 && explained > 0 && causes > 0 && cycles > 0,
        findings + " findings, " + explained + " explained, " + causes + " causes, " + cycles + " cycles");
  }

  @Test
  void theTextIsPrettyUnescapedWithNullsAndOneNewlineAndIsFlushed() throws IOException {
    Ssim ssim = Ssim.builder("a<b", "c&d", "e=f").v("a<b", "c&d").v("c&d", "e=f").a("a<b", "e=f").build();
    Audit a = Audit.of(ssim, PublishedTables.builder().level("a<b", 1).level("c&d", 1).build());
    StringWriter s = new StringWriter();
    BufferedWriter w = new BufferedWriter(s, 1 << 16);
    AuditJson.create().export(a, w);
    String text = s.toString(); // not closed: export flushes
    assertTrue(text.startsWith("{\n  \"verdict\": \""), text);
    assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), text);
    assertTrue(text.contains("\"a<b\"") && text.contains("\"c&d\"") && text.contains("\"e=f\""), text);
    assertTrue(text.contains("\"published\": null"), text);
    assertTrue(text.contains("\"irmWithoutClosure\": null"), text);
    assertEquals(json(a), JsonParser.parseString(text));
    assertEquals(AuditJson.create(), AuditJson.create());
  }
}
