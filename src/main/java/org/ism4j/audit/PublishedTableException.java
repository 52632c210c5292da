package org.ism4j.audit;

import java.util.Objects;
import java.util.Optional;
import org.ism4j.audit.PublishedTables.Part;

/**
 * A published table that {@link Audit#of} cannot audit against the SSIM: it names a factor the
 * SSIM does not have, names one twice, gives a level below 1, or is a matrix of another size. The
 * exception names the part and, when the part was read from a file, that file
 * ({@link PublishedTables#sources()}), so a caller that combined several files can say which one is
 * wrong without auditing them one by one.
 *
 * <p>The message is the problem alone, e.g. {@code the published IRM has 2 factors, the SSIM 3};
 * the source is not part of it.
 */
public final class PublishedTableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The part refused. */
  private final Part part;
  /** Where the part was read from, or null. */
  private final String source;

  PublishedTableException(Part part, String source, String message) {
    super(message);
    this.part = Objects.requireNonNull(part, "part");
    this.source = source;
  }

  /**
   * Returns the part that the audit refused.
   *
   * @return e.g. {@link Part#IRM}
   */
  public Part part() {
    return part;
  }

  /**
   * Returns where the refused part was read from.
   *
   * @return the part's entry in {@link PublishedTables#sources()} (a file name), or empty for a
   *     part built in code
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }
}
