package org.ism4j;

import org.ism4j.draw.SvgDigraph;
import org.ism4j.draw.SvgMicmac;
import org.ism4j.export.ConicalMatrixCsv;
import org.ism4j.export.DotExporter;
import org.ism4j.export.GraphMlExporter;
import org.ism4j.export.MermaidExporter;
import org.ism4j.ssim.FactorNames;
import org.ism4j.internal.Access;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ism4j.TsvExamples;
import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.IsmOptions;
import org.ism4j.Reference;
import org.ism4j.graph.LayeredDigraph;
import org.ism4j.internal.BitMatrix;
import org.ism4j.reach.ReachabilityMatrix;
import org.ism4j.ssim.Labels;
import org.ism4j.ssim.Ssim;

/** The models the drawing tests and the manual look use: banking-17, a chain, a diamond, two cycles, random DAGs. */
public final class Gallery {
  private Gallery() {}

  /** The sample models by name. */
  public static Map<String, IsmModel> models() {
    Map<String, IsmModel> m = new LinkedHashMap<>();
    m.put("banking-17", IsmAnalyzer.analyze(TsvExamples.ssim("banking-17")));
    m.put("chain", IsmAnalyzer.analyze(Ssim.builder("Top management commitment", "Training", "Awareness",
        "Adoption", "Performance").v("Top management commitment", "Training").v("Training", "Awareness")
        .v("Awareness", "Adoption").v("Adoption", "Performance").build()));
    m.put("diamond", IsmAnalyzer.analyze(Ssim.builder("A", "B", "C", "D").v("A", "B").v("A", "C")
        .v("B", "D").v("C", "D").v("A", "D").build()));
    m.put("two-cycles", IsmAnalyzer.analyze(Ssim.builder("Policy", "Funding", "Skills", "Tools", "Culture",
        "Adoption", "Outcomes", "Lone factor").x("Policy", "Funding").v("Funding", "Skills").v("Funding", "Tools")
        .x("Skills", "Culture").x("Culture", "Tools").v("Skills", "Adoption").v("Adoption", "Outcomes")
        .v("Policy", "Outcomes").build()));
    m.put("random-30", random(30, 0.12, 7));
    m.put("random-60", random(60, 0.07, 11));
    return m;
  }

  public static IsmModel random(int n, double p, long seed) {
    boolean[][] dag = Reference.randomDag(n, p, seed);
    for (int i = 0; i < n; i++) {
      dag[i][i] = true;
    }
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add("F" + (i + 1));
    }
    return IsmAnalyzer.analyze(Access.make(ReachabilityMatrix.class, Labels.of(labels), BitMatrix.of(dag)), IsmOptions.defaults());
  }

  /** Writes every drawing to a folder: {@code java ... Gallery target/gallery}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/gallery");
    Files.createDirectories(dir);
    for (Map.Entry<String, IsmModel> e : models().entrySet()) {
      LayeredDigraph d = e.getValue().digraph();
      write(dir.resolve(e.getKey() + ".svg"), SvgDigraph.toSvg(d, SvgDigraph.Options.defaults().withTitle(e.getKey())));
      write(dir.resolve(e.getKey() + ".dot"), DotExporter.create().toString(d));
      LayeredDigraph all = e.getValue().digraph(LayeredDigraph.Options.defaults()
          .withDirectLinks(true).withCycleLinks(true));
      write(dir.resolve(e.getKey() + "-all.svg"), SvgDigraph.toSvg(all, SvgDigraph.Options.defaults()
          .withBottomUp(true).withTitle(e.getKey() + ", all links, bottom-up")));
      write(dir.resolve(e.getKey() + "-all.dot"), DotExporter.create().toString(all));
      write(dir.resolve(e.getKey() + ".mmd"), MermaidExporter.create().toString(all));
      write(dir.resolve(e.getKey() + ".graphml"), GraphMlExporter.create().toString(d));
      write(dir.resolve(e.getKey() + ".csv"), ConicalMatrixCsv.create().toString(e.getValue()));
      write(dir.resolve(e.getKey() + "-micmac.svg"), SvgMicmac.toSvg(e.getValue().micmac()));
      if (e.getKey().equals("banking-17")) {
        FactorNames names = FactorNames.of(TsvExamples.names("banking-17"));
        write(dir.resolve("banking-17-named.svg"), SvgDigraph.toSvg(d, SvgDigraph.Options.defaults().withNames(names)));
        write(dir.resolve("banking-17-named-micmac.svg"), SvgMicmac.toSvg(e.getValue().micmac(), null, names));
      }
    }
  }

  private static void write(Path p, String s) throws IOException {
    Files.writeString(p, s, StandardCharsets.UTF_8);
  }
}
