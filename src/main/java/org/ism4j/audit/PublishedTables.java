package org.ism4j.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ism4j.ssim.DelimitedTable;
import org.ism4j.ssim.Labels;
import org.jspecify.annotations.Nullable;

/**
 * What a paper printed: any subset of its initial reachability matrix (IRM), final reachability
 * matrix (FRM), per-factor sets table (reachability, antecedent and intersection sets with the level),
 * levels, and driving and dependence powers. Immutable.
 *
 * <p>Factors are named as the paper names them; {@link Audit#of} matches them to the SSIM's labels,
 * by label or, failing that, by 1-based number. Build tables in code with {@link #builder()}, or
 * read them from files, and combine parts read from several files with {@link #and}:
 *
 * <pre>{@code
 * Ssim ssim = Ssim.parse(Path.of("ssim.tsv"));
 * PublishedTables paper = PublishedTables.read(Path.of("table2.tsv"), Format.AUTO, ssim.labels())
 *     .and(PublishedTables.read(Path.of("levels.tsv"), Format.LEVELS, ssim.labels()));
 * Audit audit = Audit.of(ssim, paper);
 * }</pre>
 *
 * <p>The file formats (a matrix, a sets table, levels, powers) are described in the
 * {@linkplain org.ism4j.audit package documentation}; every reading error is an
 * {@link org.ism4j.ssim.SsimFormatException} with the line and cell of the offending text.
 */
public final class PublishedTables {

  /** The parts a paper can print, each at most once in a {@link PublishedTables}. */
  public enum Part {
    /** The initial reachability matrix. */
    IRM("IRM"),
    /** The final reachability matrix. */
    FRM("FRM"),
    /** The per-factor table of reachability, antecedent and intersection sets (and levels). */
    SETS("sets table"),
    /** The levels table. */
    LEVELS("levels table"),
    /** The driving and dependence powers. */
    POWERS("powers table");

    private final String title;

    Part(String title) {
      this.title = title;
    }

    /**
     * Returns how reports name this part.
     *
     * @return e.g. {@code "sets table"}
     */
    public String title() {
      return title;
    }
  }

  /** The file formats of published tables; see the package documentation. */
  public enum Format {
    /** Tell the format from the header row. */
    AUTO,
    /** A reachability matrix, IRM or FRM as its corner or cells tell. */
    MATRIX,
    /** The initial reachability matrix. */
    IRM,
    /** The final reachability matrix. */
    FRM,
    /** The sets table. */
    SETS,
    /** The levels table. */
    LEVELS,
    /** The powers table. */
    POWERS
  }

  /**
   * Reads a published table of any documented format, telling the format from its header.
   *
   * @param file the file
   * @return the part (or parts: a matrix with powers) it holds, factors as printed
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static PublishedTables read(Path file) throws IOException {
    return read(file, Format.AUTO, null);
  }

  /**
   * Reads a published table, checking its factors against the SSIM's while reading, so that an
   * unknown factor is an error at its cell. Factors named by number are stored by label.
   *
   * @param file the file
   * @param format the format, or {@link Format#AUTO}
   * @param factors the SSIM's labels, or {@code null} to take factors as printed
   * @return the part (or parts) the file holds; the file name is recorded as its source
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static PublishedTables read(Path file, Format format, @Nullable Labels factors) throws IOException {
    Objects.requireNonNull(format, "format");
    Path name = file.getFileName();
    return TableReader.read(DelimitedTable.read(file), format, factors,
        name == null ? file.toString() : name.toString());
  }

  /**
   * Reads a published table from text.
   *
   * @param text the content of a file
   * @param format the format, or {@link Format#AUTO}
   * @param factors the SSIM's labels, or {@code null} to take factors as printed
   * @return the part (or parts) the text holds
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static PublishedTables parse(String text, Format format, @Nullable Labels factors) {
    Objects.requireNonNull(format, "format");
    return TableReader.read(DelimitedTable.read(text), format, factors, null);
  }

  /**
   * Reads a published table from a table already split into cells, such as a worksheet
   * ({@link org.ism4j.ssim.Workbook#sheet(String)}); record its source with {@link #withSource}.
   *
   * @param table the table
   * @param format the format, or {@link Format#AUTO}
   * @param factors the SSIM's labels, or {@code null} to take factors as printed
   * @return the part (or parts) the table holds
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position (a
   *     worksheet's sheet and cell)
   */
  public static PublishedTables read(DelimitedTable table, Format format, @Nullable Labels factors) {
    Objects.requireNonNull(table, "table");
    try {
      return TableReader.read(table, format, factors, null);
    } catch (org.ism4j.ssim.SsimFormatException e) {
      throw table.locate(e);
    }
  }

  /**
   * Reads a published table from bytes decoded as a file is (UTF-8, or UTF-16 after a byte order
   * mark); the stream is read to its end and not closed.
   *
   * @param in the content of a file, such as standard input
   * @param format the format, or {@link Format#AUTO}
   * @param factors the SSIM's labels, or {@code null} to take factors as printed
   * @return the part (or parts) the bytes hold
   * @throws IOException when the stream fails
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed or not UTF-8, with its
   *     position
   */
  public static PublishedTables read(InputStream in, Format format, @Nullable Labels factors) throws IOException {
    Objects.requireNonNull(format, "format");
    return TableReader.read(DelimitedTable.read(in), format, factors, null);
  }

  /**
   * One factor's row of a printed sets table (the first iteration of the level partition, as papers
   * print it). Sets are listed as printed: with or without the factor itself.
   *
   * @param factor the factor of the row
   * @param output the reachability (output) set
   * @param input the antecedent (input) set
   * @param common the intersection (common) set, when printed
   * @param level the level printed in the row, when printed
   */
  public record SetsRow(String factor, List<String> output, List<String> input,
      Optional<List<String>> common, OptionalInt level) {
    /**
     * Creates a row.
     *
     * @param factor the factor of the row
     * @param output the reachability (output) set
     * @param input the antecedent (input) set
     * @param common the intersection (common) set, when printed
     * @param level the level printed in the row, when printed
     */
    public SetsRow {
      Objects.requireNonNull(factor, "factor");
      output = ImmutableList.copyOf(output);
      input = ImmutableList.copyOf(input);
      common = common.map(ImmutableList::copyOf);
      Objects.requireNonNull(level, "level");
    }
  }

  /**
   * A factor's published driving power (FRM row sum) and dependence power (FRM column sum).
   *
   * @param driving the driving power
   * @param dependence the dependence power
   */
  public record Power(int driving, int dependence) {}

  private final PublishedMatrix irm;
  private final PublishedMatrix frm;
  private final List<SetsRow> sets;
  private final Map<String, Integer> levels;
  private final Map<String, Power> powers;
  private final Map<Part, String> sources;

  private PublishedTables(Builder b) {
    this.irm = b.irm;
    this.frm = b.frm;
    this.sets = b.sets == null ? null : ImmutableList.copyOf(b.sets);
    this.levels = b.levels == null ? null : ImmutableMap.copyOf(b.levels);
    this.powers = b.powers == null ? null : ImmutableMap.copyOf(b.powers);
    this.sources = ImmutableMap.copyOf(b.sources);
  }

  /**
   * Returns a builder for tables typed in code.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the tables of both this and {@code other}, for parts read from several files.
   *
   * @param other more published tables
   * @return the union
   * @throws IllegalArgumentException when both hold the same part
   */
  public PublishedTables and(PublishedTables other) {
    for (Part p : other.parts()) {
      if (parts().contains(p)) {
        throw new IllegalArgumentException("the " + p.title() + " is given twice");
      }
    }
    return new Builder().copy(this).copy(other).build();
  }

  /**
   * Returns these tables with every part recorded as coming from one source, for reports.
   *
   * @param source a file name or other description
   * @return new tables with the same parts
   */
  public PublishedTables withSource(String source) {
    Builder b = new Builder().copy(this);
    parts().forEach(p -> b.source(p, source));
    return b.build();
  }

  /**
   * Returns the parts present.
   *
   * @return the parts, in {@link Part} order
   */
  public List<Part> parts() {
    Object[] byPart = {irm, frm, sets, levels, powers};
    return ImmutableList.copyOf(Part.values()).stream().filter(p -> byPart[p.ordinal()] != null)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the published initial reachability matrix.
   *
   * @return the IRM, or empty
   */
  public Optional<PublishedMatrix> irm() {
    return Optional.ofNullable(irm);
  }

  /**
   * Returns the published final reachability matrix.
   *
   * @return the FRM, or empty
   */
  public Optional<PublishedMatrix> frm() {
    return Optional.ofNullable(frm);
  }

  /**
   * Returns the rows of the published sets table, in printed order.
   *
   * @return the rows, or empty when no sets table was published
   */
  public Optional<List<SetsRow>> sets() {
    return Optional.ofNullable(sets);
  }

  /**
   * Returns the published levels table.
   *
   * @return factor → level in printed order, or empty when no levels table was published (the sets
   *     table may still print levels: see {@link #levelsOrSetsLevels()})
   */
  public Optional<Map<String, Integer>> levels() {
    return Optional.ofNullable(levels);
  }

  /**
   * Returns the published levels: the levels table when there is one, else the levels printed in
   * the sets table.
   *
   * @return factor → level, or empty when the paper printed no levels
   */
  public Optional<Map<String, Integer>> levelsOrSetsLevels() {
    if (levels != null || sets == null) {
      return Optional.ofNullable(levels);
    }
    Map<String, Integer> m = new LinkedHashMap<>();
    for (SetsRow r : sets) {
      r.level().ifPresent(level -> m.put(r.factor(), level));
    }
    return m.isEmpty() ? Optional.empty() : Optional.of(ImmutableMap.copyOf(m));
  }

  /**
   * Returns the published driving and dependence powers.
   *
   * @return factor → powers in printed order, or empty
   */
  public Optional<Map<String, Power>> powers() {
    return Optional.ofNullable(powers);
  }

  /**
   * Returns where each part was read from, for reports.
   *
   * @return part → source (a file name), for the parts read from files
   */
  public Map<Part, String> sources() {
    return sources;
  }

  /**
   * Returns whether nothing was published.
   *
   * @return whether no part is present
   */
  public boolean isEmpty() {
    return parts().isEmpty();
  }

  @Override
  public String toString() {
    return "PublishedTables" + parts();
  }

  /** Collects published tables typed in code; each part may be set once. Not thread-safe. */
  public static final class Builder {
    private PublishedMatrix irm;
    private PublishedMatrix frm;
    private List<SetsRow> sets;
    private Map<String, Integer> levels;
    private Map<String, Power> powers;
    private final Map<Part, String> sources = new EnumMap<>(Part.class);

    private Builder() {}

    private Builder copy(PublishedTables t) {
      irm = t.irm != null ? t.irm : irm;
      frm = t.frm != null ? t.frm : frm;
      sets = t.sets != null ? new java.util.ArrayList<>(t.sets) : sets;
      levels = t.levels != null ? new LinkedHashMap<>(t.levels) : levels;
      powers = t.powers != null ? new LinkedHashMap<>(t.powers) : powers;
      sources.putAll(t.sources);
      return this;
    }

    /**
     * Sets the published IRM.
     *
     * @param m the matrix
     * @return this builder
     */
    public Builder irm(PublishedMatrix m) {
      this.irm = Objects.requireNonNull(m, "m");
      return this;
    }

    /**
     * Sets the published FRM.
     *
     * @param m the matrix
     * @return this builder
     */
    public Builder frm(PublishedMatrix m) {
      this.frm = Objects.requireNonNull(m, "m");
      return this;
    }

    /**
     * Adds a row of the sets table.
     *
     * @param row the row
     * @return this builder
     * @throws IllegalArgumentException when the factor already has a row
     */
    public Builder setsRow(SetsRow row) {
      sets = sets == null ? new java.util.ArrayList<>() : sets;
      if (sets.stream().anyMatch(r -> r.factor().equals(row.factor()))) {
        throw new IllegalArgumentException("factor '" + row.factor() + "' has two rows in the sets table");
      }
      sets.add(row);
      return this;
    }

    /**
     * Adds a row of the sets table with a common set and a level.
     *
     * @param factor the factor
     * @param output its printed reachability (output) set
     * @param input its printed antecedent (input) set
     * @param common its printed intersection (common) set
     * @param level its printed level
     * @return this builder
     */
    public Builder setsRow(String factor, Collection<String> output, Collection<String> input,
        Collection<String> common, int level) {
      return setsRow(new SetsRow(factor, List.copyOf(output), List.copyOf(input),
          Optional.of(List.copyOf(common)), OptionalInt.of(level)));
    }

    /**
     * Sets a factor's published level.
     *
     * @param factor the factor
     * @param level its level, 1 for the top
     * @return this builder
     */
    public Builder level(String factor, int level) {
      levels = levels == null ? new LinkedHashMap<>() : levels;
      if (levels.put(Objects.requireNonNull(factor, "factor"), level) != null) {
        throw new IllegalArgumentException("factor '" + factor + "' has two levels");
      }
      return this;
    }

    /**
     * Sets the published levels of several factors, level 1 first.
     *
     * @param levels the factors of level 1, of level 2, …
     * @return this builder
     */
    public Builder levels(List<? extends Collection<String>> levels) {
      for (int l = 0; l < levels.size(); l++) {
        for (String f : levels.get(l)) {
          level(f, l + 1);
        }
      }
      return this;
    }

    /**
     * Sets a factor's published powers.
     *
     * @param factor the factor
     * @param driving its driving power
     * @param dependence its dependence power
     * @return this builder
     */
    public Builder power(String factor, int driving, int dependence) {
      powers = powers == null ? new LinkedHashMap<>() : powers;
      if (powers.put(Objects.requireNonNull(factor, "factor"), new Power(driving, dependence)) != null) {
        throw new IllegalArgumentException("factor '" + factor + "' has two rows of powers");
      }
      return this;
    }

    /**
     * Records where a part came from, for reports.
     *
     * @param part the part
     * @param source a file name or other description
     * @return this builder
     */
    public Builder source(Part part, String source) {
      sources.put(part, source);
      return this;
    }

    /**
     * Builds the tables.
     *
     * @return the immutable tables
     */
    public PublishedTables build() {
      return new PublishedTables(this);
    }
  }
}
