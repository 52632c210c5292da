package org.ism4j.export;

import org.ism4j.ssim.FactorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.micmac.SplitRule;
import org.ism4j.ssim.Ssim;
import org.junit.jupiter.api.Test;

class JsonExporterTest {
  private static final Gson GSON = new Gson();

  static JsonObject json(IsmModel m) {
    return JsonParser.parseString(JsonExporter.create().toString(m)).getAsJsonObject();
  }

  static List<String> strings(JsonElement e) {
    List<String> out = new ArrayList<>();
    for (JsonElement x : e.getAsJsonArray()) {
      out.add(x.getAsString());
    }
    return out;
  }

  static List<List<String>> nested(JsonElement e) {
    List<List<String>> out = new ArrayList<>();
    for (JsonElement x : e.getAsJsonArray()) {
      out.add(strings(x));
    }
    return out;
  }

  static int[] ints(JsonElement e) {
    return GSON.fromJson(e, int[].class);
  }

  @Test
  void chainOfThreeHasThreeLevelsOneTransitiveLinkAndFallingDrivingPower() {
    Ssim chain = Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").build();
    JsonObject j = json(IsmAnalyzer.analyze(chain));

    assertEquals(List.of("A", "B", "C"), strings(j.get("factors")));
    assertEquals(List.of(List.of("C"), List.of("B"), List.of("A")), nested(j.get("levels")));
    assertEquals(List.of(List.of("A", "C")), nested(j.get("transitiveLinks")));
    assertEquals(List.of(3, 2, 1), List.of(ints(j.get("drivingPower"))[0], ints(j.get("drivingPower"))[1],
        ints(j.get("drivingPower"))[2]));
    assertEquals("[1,2,3]", GSON.toJson(j.get("dependencePower")));
    assertEquals("[3,2,1]", GSON.toJson(j.get("level")));
    assertEquals(List.of("111", "011", "001"), strings(j.get("reachability")));
    assertEquals(List.of("110", "011", "001"), strings(j.get("initialReachability")));
    assertEquals(0, j.getAsJsonArray("cycles").size());

    JsonObject micmac = j.getAsJsonObject("micmac");
    assertEquals("n/2", micmac.get("splitRule").getAsString());
    assertEquals(1.5, micmac.get("drivingThreshold").getAsDouble());
    assertEquals(1.5, micmac.get("dependenceThreshold").getAsDouble());
    // A: driving 3 > 1.5, dependence 1; B: 2, 2; C: 1, 3
    assertEquals(List.of("independent", "linkage", "dependent"), strings(micmac.get("clusters")));
  }

  @Test
  void theCompactFormCountsTheTransitiveLinksAndLeavesTheFrmToComponentsAndSkeleton() {
    Ssim chain = Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build();
    IsmModel m = IsmAnalyzer.analyze(chain);
    JsonObject j = JsonParser.parseString(JsonExporter.create().withCompactForm(true).toString(m))
        .getAsJsonObject();
    assertEquals(3, j.get("transitiveLinkCount").getAsInt(), "A→C, A→D, B→D");
    assertFalse(j.has("transitiveLinks"));
    assertFalse(j.has("reachability"));
    assertEquals("[[0,1],[1,2],[2,3]]", GSON.toJson(j.get("skeleton")));
    JsonObject full = json(m);
    for (String key : full.keySet()) {
      if (!key.equals("transitiveLinks") && !key.equals("reachability")) {
        assertEquals(full.get(key), j.get(key), key);
      }
    }
  }

  @Test
  void theContractKeysArePresent() {
    JsonObject j = json(IsmAnalyzer.analyze(Ssim.builder("A").build()));
    for (String key : List.of("factors", "levels", "drivingPower", "dependencePower", "reachability",
        "transitiveLinks", "micmac")) {
      assertTrue(j.has(key), key);
    }
    for (String key : List.of("splitRule", "drivingThreshold", "dependenceThreshold", "clusters")) {
      assertTrue(j.getAsJsonObject("micmac").has(key), key);
    }
  }

  @Test
  void aCycleIsListedAndItsMembersShareALevelInInputOrder() {
    // C ⇄ A (X), B → A; D alone
    Ssim s = Ssim.builder("A", "B", "C", "D").v("B", "A").x("A", "C").build();
    JsonObject j = json(IsmAnalyzer.analyze(s));
    assertEquals(List.of(List.of("A", "C")), nested(j.get("cycles")));
    assertEquals(List.of(List.of("A", "C", "D"), List.of("B")), nested(j.get("levels")));
    // B reaches C only through A
    assertEquals(List.of(List.of("B", "C")), nested(j.get("transitiveLinks")));
    assertEquals(List.of("1010", "1110", "1010", "0001"), strings(j.get("reachability")));
  }

  @Test
  void namesInputKindAndSourceAreAdded() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("1", "2").v("1", "2").build());
    JsonObject j = JsonParser.parseString(JsonExporter.create()
        .withNames(FactorNames.of(Map.of("1", "Cost \"per\" <unit>")))
        .withInputKind("ssim").withSource("model.tsv").toString(m)).getAsJsonObject();
    assertEquals(List.of("Cost \"per\" <unit>", "2"), strings(j.get("names")));
    assertEquals("ssim", j.get("input").getAsString());
    assertEquals("model.tsv", j.get("source").getAsString());
  }

  @Test
  void compactOutputIsOneLineAndTheSameObject() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B", "C").v("A", "B").v("B", "C").build());
    String compact = JsonExporter.create().withPrettyPrinting(false).toString(m);
    assertEquals(1, compact.strip().lines().count());
    assertEquals(JsonParser.parseString(JsonExporter.create().toString(m)), JsonParser.parseString(compact));
  }

  @Test
  void medianSplitRuleGivesPerAxisThresholds() {
    // A → B → C, D alone: driving 3, 2, 1, 1 (median 1.5); dependence 1, 2, 3, 1 (median 1.5)
    Ssim s = Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").build();
    IsmModel m = IsmAnalyzer.analyze(s, IsmOptions.defaults().withSplitRule(SplitRule.MEAN));
    JsonObject micmac = json(m).getAsJsonObject("micmac");
    assertEquals("mean", micmac.get("splitRule").getAsString());
    assertEquals(7 / 4.0, micmac.get("drivingThreshold").getAsDouble());
    assertEquals(7 / 4.0, micmac.get("dependenceThreshold").getAsDouble());
    assertEquals(List.of("independent", "linkage", "dependent", "autonomous"),
        strings(micmac.get("clusters")));
  }

  @Test
  void integralThresholdsAreWrittenAsIntegers() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("A", "B").v("A", "B").build());
    String text = JsonExporter.create().toString(m);
    assertTrue(text.contains("\"drivingThreshold\": 1,"), text);
    assertFalse(text.contains("1.0"), text);
  }
}
