package org.ism4j.ssim;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.ism4j.reach.ReachabilityMatrix;

/** Placeholder; the parser is being written. */
public final class SsimParser {
  private static final SsimParser DEFAULTS = new SsimParser();

  private SsimParser() {}

  /**
   * Returns the parser with default settings.
   *
   * @return the parser
   */
  public static SsimParser defaults() {
    return DEFAULTS;
  }

  /**
   * Parses an SSIM file.
   *
   * @param file the file
   * @return the SSIM
   * @throws IOException when reading fails
   */
  public Ssim parse(Path file) throws IOException {
    throw new UnsupportedOperationException();
  }

  /**
   * Parses an SSIM.
   *
   * @param text the text
   * @return the SSIM
   */
  public Ssim parse(String text) {
    throw new UnsupportedOperationException();
  }

  /**
   * Parses an SSIM.
   *
   * @param reader the reader
   * @return the SSIM
   * @throws IOException when reading fails
   */
  public Ssim parse(Reader reader) throws IOException {
    throw new UnsupportedOperationException();
  }

  /**
   * Parses an IRM.
   *
   * @param file the file
   * @return the IRM
   * @throws IOException when reading fails
   */
  public ReachabilityMatrix parseReachability(Path file) throws IOException {
    throw new UnsupportedOperationException();
  }

  /**
   * Parses an IRM.
   *
   * @param text the text
   * @return the IRM
   */
  public ReachabilityMatrix parseReachability(String text) {
    throw new UnsupportedOperationException();
  }

  /**
   * Parses an IRM.
   *
   * @param reader the reader
   * @return the IRM
   * @throws IOException when reading fails
   */
  public ReachabilityMatrix parseReachability(Reader reader) throws IOException {
    throw new UnsupportedOperationException();
  }
}
