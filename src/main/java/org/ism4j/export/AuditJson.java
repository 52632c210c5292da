package org.ism4j.export;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.OptionalInt;
import org.ism4j.audit.Audit;
import org.ism4j.audit.Cause;
import org.ism4j.audit.Finding;
import org.ism4j.audit.PublishedTables.Part;

/**
 * Writes an {@link Audit} as JSON with Gson (an optional dependency: add
 * {@code com.google.code.gson:gson} to use this class).
 *
 * <p>The document:
 *
 * <pre>{@code
 * {
 *   "verdict": "does-not-reproduce",          // or "reproduces", "reproduces-after-corrections"
 *   "corrections": 279,                       // cells and entries the findings ask to correct
 *   "summary": "The paper does not reproduce (...). Root cause: ...",
 *   "diagnosis": [                            // root causes, ranked; empty when none holds
 *     {"id": "sets-from-irm", "message": "...", "factors": ["1", ...],
 *      "cells": [{"from": "1", "to": "11"}]}
 *   ],
 *   "factors": ["1", "2", ...],
 *   "published": {"parts": ["sets table"], "sources": {"sets table": "t2.tsv"},
 *                 "setsConvention": "excludes-factor", "setsBasis": "IRM"},
 *   "findings": [
 *     {"kind": "set-differs", "factors": ["4", "13"], "cells": [{"from": "4", "to": "13"}],
 *      "published": "...", "computed": "...", "message": "...", "explanation": "..." or null,
 *      "path": [], "corrections": 2}
 *   ],
 *   "levels": [{"factor": "1", "published": 2, "computed": 1, "irmWithoutClosure": 3}],
 *   "cycles": [{"members": [...], "walk": [...], "feedbackLinks": [{"from": "2", "to": "6"}],
 *               "exact": true, "levelsWithoutFeedback": [["8"], ["4"]]}]
 * }
 * }</pre>
 *
 * <p>{@code levels} is present only when the paper printed levels; a level the paper did not
 * print, or that the rule on the IRM never assigns, is {@code null}.
 */
public final class AuditJson implements ModelExporter<Audit> {
  private static final AuditJson INSTANCE = new AuditJson();

  private AuditJson() {}

  /**
   * Returns the exporter (pretty-printed).
   *
   * @return the exporter
   */
  public static AuditJson create() {
    return INSTANCE;
  }

  /**
   * Writes an audit as pretty-printed JSON followed by a newline.
   *
   * @param audit the audit
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  @Override
  public void export(Audit audit, Writer out) throws IOException {
    out.write(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
        .toJson(tree(audit)));
    out.write('\n');
    out.flush();
  }

  /**
   * Returns the audit as a Gson tree, for embedding in a larger document.
   *
   * @param audit the audit
   * @return a new JSON object
   */
  public static JsonObject tree(Audit audit) {
    JsonObject o = new JsonObject();
    o.addProperty("verdict", audit.verdict().id());
    o.addProperty("corrections", audit.corrections());
    o.addProperty("summary", audit.summary());
    JsonArray diagnosis = new JsonArray();
    for (Cause c : audit.diagnosis()) {
      JsonObject j = new JsonObject();
      j.addProperty("id", c.id());
      j.addProperty("message", c.message());
      j.add("factors", strings(c.factors()));
      j.add("cells", cells(c.cells()));
      diagnosis.add(j);
    }
    o.add("diagnosis", diagnosis);
    o.add("factors", strings(audit.labels()));
    JsonObject pub = new JsonObject();
    JsonArray parts = new JsonArray();
    JsonObject sources = new JsonObject();
    for (Part p : audit.published().parts()) {
      parts.add(p.title());
      if (audit.published().sources().containsKey(p)) {
        sources.addProperty(p.title(), audit.published().sources().get(p));
      }
    }
    pub.add("parts", parts);
    pub.add("sources", sources);
    audit.setsConvention().ifPresent(c ->
        pub.addProperty("setsConvention", c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    audit.setsBasis().ifPresent(b -> pub.addProperty("setsBasis", b.name()));
    o.add("published", pub);
    JsonArray findings = new JsonArray();
    for (Finding f : audit.findings()) {
      JsonObject j = new JsonObject();
      j.addProperty("kind", f.kind().id());
      j.add("factors", strings(f.factors()));
      j.add("cells", cells(f.cells()));
      j.addProperty("published", f.published());
      j.addProperty("computed", f.computed());
      j.addProperty("message", f.message());
      j.add("explanation", f.explanation().<com.google.gson.JsonElement>map(
          com.google.gson.JsonPrimitive::new).orElse(JsonNull.INSTANCE));
      j.add("path", strings(f.path()));
      j.addProperty("corrections", f.corrections());
      findings.add(j);
    }
    o.add("findings", findings);
    if (audit.hasPublishedLevels()) {
      JsonArray levels = new JsonArray();
      for (int i = 0; i < audit.labels().size(); i++) {
        JsonObject l = new JsonObject();
        l.addProperty("factor", audit.labels().get(i));
        OptionalInt p = audit.publishedLevel(i);
        l.addProperty("published", p.isPresent() ? p.getAsInt() : null);
        l.addProperty("computed", audit.model().levels().levelOf(i));
        int irm = audit.irmPartition().levelOf(i);
        l.addProperty("irmWithoutClosure", irm > 0 ? irm : null);
        levels.add(l);
      }
      o.add("levels", levels);
    }
    JsonArray cycles = new JsonArray();
    for (Audit.Cycle c : audit.cycles()) {
      JsonObject j = new JsonObject();
      j.add("members", strings(c.members()));
      j.add("walk", strings(c.walk()));
      j.add("feedbackLinks", cells(c.feedbackLinks()));
      j.addProperty("exact", c.exact());
      JsonArray lv = new JsonArray();
      c.levelsWithoutFeedback().forEach(s -> lv.add(strings(s)));
      j.add("levelsWithoutFeedback", lv);
      cycles.add(j);
    }
    o.add("cycles", cycles);
    return o;
  }

  private static JsonArray strings(Collection<String> s) {
    JsonArray a = new JsonArray();
    s.forEach(a::add);
    return a;
  }

  private static JsonArray cells(Collection<Finding.Cell> cells) {
    JsonArray a = new JsonArray();
    for (Finding.Cell c : cells) {
      JsonObject j = new JsonObject();
      j.addProperty("from", c.from());
      j.addProperty("to", c.to());
      a.add(j);
    }
    return a;
  }
}
