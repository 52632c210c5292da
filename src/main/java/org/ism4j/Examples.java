package org.ism4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ism4j.ssim.FactorNames;
import org.ism4j.ssim.Ssim;

/**
 * The example models bundled in the jar (from the project's {@code examples/} folder), so that
 * documentation, tests and the command line can run a published model without any file.
 *
 * <pre>{@code
 * Examples.Example banking = Examples.load("banking-17");
 * IsmModel m = IsmAnalyzer.analyze(banking.ssim());
 * String name = banking.names().nameOf("8");      // "Motivation"
 * }</pre>
 */
public final class Examples {
  /**
   * The 17-factor digital-banking E-CRM model of Azimi, Aria &amp; Jalali (2023), IJIMOB 3(4)
   * 53–59: its SSIM (Table 1 as printed), factor names and published level table (Table 2).
   */
  public static final String BANKING_17 = "banking-17";

  /**
   * The 9-factor offshore-outsourcing risk model of Kumar, Sharma &amp; Chauhan (2014), IJPME 2(2)
   * 101–111, a published study that reproduces: its SSIM (Table 2), published IRM (Table 3), FRM
   * with driving and dependence powers (Tables 4/5) and levels (Tables 6–10). Its labels are the
   * factor names, so it has no names table.
   */
  public static final String KUMAR_2014 = "kumar-2014";

  private static final List<String> NAMES = List.of(BANKING_17, KUMAR_2014);
  private static final Map<String, List<String>> PUBLISHED = Map.of(
      BANKING_17, List.of("published-table2.tsv"),
      KUMAR_2014, List.of("published-irm.tsv", "published-frm.tsv", "published-levels.tsv"));
  private static final String ROOT = "/org/ism4j/examples/";

  private Examples() {}

  /**
   * Returns the names of the bundled examples. Immutable: a snapshot that never changes.
   *
   * @return the names, e.g. {@code banking-17}
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * Loads a bundled example.
   *
   * @param name an example name from {@link #names()}
   * @return the example
   * @throws IllegalArgumentException for an unknown name, naming the available ones
   */
  public static Example load(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "unknown example '" + name + "' (available: " + String.join(", ", NAMES) + ")");
    }
    return new Example(name);
  }

  /** One bundled example: its SSIM, its factor names and any other file shipped with it. */
  public static final class Example {
    private final String name;

    private Example(String name) {
      this.name = name;
    }

    /**
     * Returns the example's name.
     *
     * @return e.g. {@code banking-17}
     */
    public String name() {
      return name;
    }

    /**
     * Parses the example's SSIM ({@code ssim.tsv}).
     *
     * @return the SSIM
     */
    public Ssim ssim() {
      return Ssim.parse(file("ssim.tsv"));
    }

    /**
     * Reads the example's factor names ({@code factors.tsv}).
     *
     * @return label to name; {@link FactorNames#none()} when the example has no names table (its
     *     labels are already names)
     */
    public FactorNames names() {
      String path = ROOT + name + "/factors.tsv";
      if (Examples.class.getResource(path) == null) {
        return FactorNames.none();
      }
      return FactorNames.parse(file("factors.tsv"));
    }

    /**
     * Returns the files of the tables the example's paper published, to audit it: for
     * {@code banking-17} its sets table, for {@code kumar-2014} its IRM, FRM (with powers) and
     * levels.
     *
     * @return file names for {@link #file(String)}, in the order to read them (a snapshot)
     */
    public List<String> publishedTables() {
      return PUBLISHED.get(name);
    }

    /**
     * Returns the text of a file shipped with the example, such as {@code ssim.tsv},
     * {@code factors.tsv}, {@code NOTES.md} or {@code published-table2.tsv}.
     *
     * @param file a file name inside the example's folder
     * @return its UTF-8 content
     * @throws IllegalArgumentException when the example has no such file
     */
    public String file(String file) {
      Objects.requireNonNull(file, "file");
      String path = ROOT + name + "/" + file;
      try (InputStream in = Examples.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalArgumentException("example '" + name + "' has no file '" + file + "'");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }

    @Override
    public String toString() {
      return "Example[" + name + "]";
    }
  }
}
