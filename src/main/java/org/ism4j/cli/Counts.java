package org.ism4j.cli;

import java.math.BigInteger;
import picocli.CommandLine;

/**
 * Converters of the whole-number options ({@code --max-factors}, {@code --top}, {@code --max-power},
 * {@code --stability}): any number of digits is read; a value below the option's minimum is a
 * usage error, one above what the option can use is read as that ceiling (so
 * {@code --max-factors 99999999999} means "no practical limit", not an internal error).
 */
final class Counts {
  /**
   * The ceiling of {@code --max-factors}: the most factors any reader accepts. A model anywhere
   * near it would need far more memory than a JVM has (n² bits); the ceiling only keeps the
   * number in the range the library takes.
   */
  static final int MAX_FACTORS_CEILING = 1_000_000_000;

  private Counts() {}

  /**
   * Reads {@code value} as a whole number from {@code min}, clamped to {@code ceiling}.
   *
   * @throws CommandLine.TypeConversionException when it is not a whole number or below {@code min}
   */
  static int parse(String value, int min, int ceiling) {
    String v = value.strip();
    if (!v.matches("[+-]?[0-9]+")) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
    }
    BigInteger n = new BigInteger(v);
    if (n.compareTo(BigInteger.valueOf(min)) < 0) {
      throw new CommandLine.TypeConversionException(v + " (expected at least " + min + ")");
    }
    return n.compareTo(BigInteger.valueOf(ceiling)) > 0 ? ceiling : n.intValueExact();
  }

  /** {@code --max-factors}: at least 1, at most {@link #MAX_FACTORS_CEILING}. */
  static final class MaxFactors implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return parse(value, 1, MAX_FACTORS_CEILING);
    }
  }

  /** A count from 0 ({@code --top}); larger than an int means all. */
  static final class FromZero implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return parse(value, 0, Integer.MAX_VALUE);
    }
  }

  /** A count from 1 ({@code --max-power}, {@code --stability}); larger than an int is read as the largest int. */
  static final class FromOne implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return parse(value, 1, Integer.MAX_VALUE);
    }
  }
}
