/**
 * ism4j: Interpretive Structural Modeling. An SSIM (or a panel of them) in; the initial and final
 * reachability matrices, the level partition, MICMAC, the layered digraph, exports, reports and a
 * reproduction audit of published studies out.
 *
 * <p>Start at {@link org.ism4j.IsmAnalyzer}. The bit-row algorithms live in
 * {@code org.ism4j.internal}, which this module does not export; the command line
 * ({@code org.ism4j.cli}) is not API either.
 */
module org.ism4j {
  // Guava and JGraphT types appear in public signatures (ImmutableIntArray, ImmutableGraph, Graph)
  requires transitive com.google.common;
  requires transitive org.jgrapht.core;
  requires org.jgrapht.io;
  // AuditJson.tree returns a Gson JsonObject
  requires transitive com.google.gson;
  // DEMATEL's linear solve. EJML 0.44.0 ships no module descriptor and no Automatic-Module-Name:
  // these are the names the JDK derives from the jar file names (ejml-ddense-0.44.0.jar)
  requires ejml.ddense;
  requires ejml.core;
  // XlsxExporter writes workbooks with fastexcel; no fastexcel type is in a public signature
  requires org.dhatim.fastexcel;
  // Workbook reads xlsx with the JDK's streaming XML reader
  requires java.xml;
  // nullness annotations, read by tools only; transitive because @Nullable marks parameters of
  // the API (static: not needed at run time)
  requires static transitive org.jspecify;
  // the command line; picocli is shaded into ism-cli.jar, not needed by the library
  requires static info.picocli;

  exports org.ism4j;
  exports org.ism4j.ssim;
  exports org.ism4j.reach;
  exports org.ism4j.level;
  exports org.ism4j.micmac;
  exports org.ism4j.graph;
  exports org.ism4j.audit;
  exports org.ism4j.export;
  exports org.ism4j.draw;
  exports org.ism4j.panel;
  exports org.ism4j.report;
  exports org.ism4j.weighted;
  exports org.ism4j.testing;
  exports org.ism4j.tism;
  exports org.ism4j.sensitivity;

  // picocli reads the commands' annotated fields reflectively
  opens org.ism4j.cli to info.picocli;
}
