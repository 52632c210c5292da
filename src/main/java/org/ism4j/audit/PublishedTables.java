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

/**
 * What a paper printed: any subset of its initial reachability matrix (IRM), final reachability
 * matrix (FRM), per-factor sets table (reachability, antecedent and intersection sets with the level),
 * levels, and driving and dependence powers. Immutable.
 *
 * <p>Factors are named as the paper names them; {@link Audit#of} matches them to the SSIM's labels,
 * by label or, failing that, by 1-based number. Build tables in code with {@link #builder()}, or
 * read the formats below, and combine parts read from several files with {@link #and}:
 *
 * <pre>{@code
 * Ssim ssim = Ssim.parse(Path.of("ssim.tsv"));
 * PublishedTables paper = PublishedTables.read(Path.of("table2.tsv"), Format.AUTO, ssim.labels())
 *     .and(PublishedTables.read(Path.of("levels.tsv"), Format.LEVELS, ssim.labels()));
 * Audit audit = Audit.of(ssim, paper);
 * }</pre>
 *
 * <h2>File formats</h2>
 *
 * <p>All formats are delimited text read by {@link org.ism4j.ssim.DelimitedTable}, the tokenizer of
 * the SSIM parser: UTF-8 (a byte order mark is dropped), any line ending, delimited by tabs,
 * commas, semicolons or spaces (detected), cells in double quotes where they hold the delimiter.
 * Blank lines are skipped. Every file starts with a header row. A factor is named by its label or
 * by its 1-based number in the SSIM; when the readers are given the SSIM's labels, a name that is
 * neither is an error at its cell. Every error is an {@link org.ism4j.ssim.SsimFormatException}
 * with the line and cell (column) of the offending text, e.g.
 * {@code line 3, column 4: '2' is not a reachability cell (expected 0, 1 or 1*)}.
 *
 * <p><b>Matrix</b> ({@link Format#IRM}, {@link Format#FRM}, or {@link Format#MATRIX} to tell from
 * the file): a header row whose first cell is a corner (empty, or naming the matrix) followed by
 * the factors, then one row per factor, in the same order, with its label and one cell per column:
 * {@code 0}, {@code 1} or {@code 1*} (a transitive link; counted as 1). The printed driving powers
 * may follow as a last column headed {@code Driving power} together with a last row labelled
 * {@code Dependence power}; they are read as the powers. A corner containing {@code IRM} or
 * {@code initial} makes it the IRM, {@code FRM} or {@code final} the FRM; otherwise a matrix with
 * a {@code 1*} is the FRM and one without is the IRM.
 *
 * <pre>
 * FRM    A   B   C   Driving power
 * A      1   1   1*  3
 * B      0   1   1   2
 * C      0   0   1   1
 * Dependence power   1   2   3
 * </pre>
 *
 * <p><b>Sets table</b> ({@link Format#SETS}), like {@code examples/banking-17/published-table2.tsv}:
 * the first column names the factor; the other columns are recognised by their header, case
 * ignored: one containing {@code intersection}, {@code common} or {@code ∩} is the intersection
 * set, {@code antecedent} or {@code input} the antecedent set, {@code reach} or {@code output} the
 * reachability set, {@code level} the level; other columns (factor names, say) are ignored. The
 * reachability and antecedent columns are required. A set is a comma-separated list of factors,
 * optionally in braces; empty, {@code -} or {@code ∅} is the empty set; with or without the factor
 * itself (the audit detects which, see {@link Audit#setsConvention()}). In a comma-delimited file
 * quote the sets. An empty level cell is no level.
 *
 * <pre>
 * id  factor     output_set  input_set  common_set  level
 * 1   Cost       2, 3                               2
 * 2   Quality    3           1                      2
 * 3   Trust                  1, 2                   1
 * </pre>
 *
 * <p><b>Levels</b> ({@link Format#LEVELS}): a header row {@code factor<TAB>level} (the second cell
 * must contain {@code level}), then one row per factor with its level, 1 for the top.
 *
 * <pre>
 * factor  level
 * Trust   1
 * Cost    2
 * </pre>
 *
 * <p><b>Powers</b> ({@link Format#POWERS}): the factor first, then columns whose headers contain
 * {@code driv} and {@code depend}, in either order.
 *
 * <pre>
 * factor  driving power  dependence power
 * Cost    3              1
 * </pre>
 *
 * <p>{@link Format#AUTO} tells the format from the header row: a reachability and an antecedent
 * column make a sets table; a second cell about driving or dependence powers the powers; exactly two cells,
 * the second about levels, a levels table; anything else a matrix.
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

  /** The file formats of published tables; see the class comment. */
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
   * Reads a published IRM (format: see the class comment).
   *
   * @param file the file
   * @return the IRM (and powers, when printed with the matrix)
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static PublishedTables readIrm(Path file) throws IOException {
    return read(file, Format.IRM, null);
  }

  /**
   * Reads a published FRM (format: see the class comment).
   *
   * @param file the file
   * @return the FRM (and powers, when printed with the matrix)
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static PublishedTables readFrm(Path file) throws IOException {
    return read(file, Format.FRM, null);
  }

  /**
   * Reads a published sets table (format: see the class comment).
   *
   * @param file the file
   * @return the sets table
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static PublishedTables readSetsTable(Path file) throws IOException {
    return read(file, Format.SETS, null);
  }

  /**
   * Reads a published levels table, {@code factor<TAB>level} with a header row.
   *
   * @param file the file
   * @return the levels
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static PublishedTables readLevels(Path file) throws IOException {
    return read(file, Format.LEVELS, null);
  }

  /**
   * Reads published driving and dependence powers (format: see the class comment).
   *
   * @param file the file
   * @return the powers
   * @throws IOException when the file cannot be read
   * @throws org.ism4j.ssim.SsimFormatException when the content is malformed, with its position
   */
  public static PublishedTables readPowers(Path file) throws IOException {
    return read(file, Format.POWERS, null);
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
  public static PublishedTables read(Path file, Format format, Labels factors) throws IOException {
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
  public static PublishedTables parse(String text, Format format, Labels factors) {
    return TableReader.read(DelimitedTable.read(text), format, factors, null);
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
  public static PublishedTables read(InputStream in, Format format, Labels factors) throws IOException {
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

  private PublishedTables(PublishedMatrix irm, PublishedMatrix frm, List<SetsRow> sets,
      Map<String, Integer> levels, Map<String, Power> powers, Map<Part, String> sources) {
    this.irm = irm;
    this.frm = frm;
    this.sets = sets;
    this.levels = levels;
    this.powers = powers;
    this.sources = ImmutableMap.copyOf(sources);
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
    Builder b = new Builder();
    b.copy(this);
    for (Part p : other.parts()) {
      if (parts().contains(p)) {
        throw new IllegalArgumentException("the " + p.title() + " is given twice");
      }
    }
    b.copy(other);
    return b.build();
  }

  /**
   * Returns these tables with every part recorded as coming from one source, for reports.
   *
   * @param source a file name or other description
   * @return new tables with the same parts
   */
  public PublishedTables withSource(String source) {
    Builder b = new Builder();
    b.copy(this);
    for (Part p : parts()) {
      b.source(p, source);
    }
    return b.build();
  }

  /**
   * Returns the parts present.
   *
   * @return the parts, in {@link Part} order
   */
  public List<Part> parts() {
    ImmutableList.Builder<Part> b = ImmutableList.builder();
    if (irm != null) {
      b.add(Part.IRM);
    }
    if (frm != null) {
      b.add(Part.FRM);
    }
    if (sets != null) {
      b.add(Part.SETS);
    }
    if (levels != null) {
      b.add(Part.LEVELS);
    }
    if (powers != null) {
      b.add(Part.POWERS);
    }
    return b.build();
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
    if (levels != null) {
      return Optional.of(levels);
    }
    if (sets == null) {
      return Optional.empty();
    }
    Map<String, Integer> m = new LinkedHashMap<>();
    for (SetsRow r : sets) {
      if (r.level().isPresent()) {
        m.put(r.factor(), r.level().getAsInt());
      }
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

    private void copy(PublishedTables t) {
      if (t.irm != null) {
        irm = t.irm;
      }
      if (t.frm != null) {
        frm = t.frm;
      }
      if (t.sets != null) {
        sets = new java.util.ArrayList<>(t.sets);
      }
      if (t.levels != null) {
        levels = new LinkedHashMap<>(t.levels);
      }
      if (t.powers != null) {
        powers = new LinkedHashMap<>(t.powers);
      }
      sources.putAll(t.sources);
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
      if (sets == null) {
        sets = new java.util.ArrayList<>();
      }
      for (SetsRow r : sets) {
        if (r.factor().equals(row.factor())) {
          throw new IllegalArgumentException("factor '" + row.factor() + "' has two rows in the sets table");
        }
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
      if (levels == null) {
        levels = new LinkedHashMap<>();
      }
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
      if (powers == null) {
        powers = new LinkedHashMap<>();
      }
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
      return new PublishedTables(irm, frm, sets == null ? null : ImmutableList.copyOf(sets),
          levels == null ? null : ImmutableMap.copyOf(levels),
          powers == null ? null : ImmutableMap.copyOf(powers), sources);
    }
  }
}
