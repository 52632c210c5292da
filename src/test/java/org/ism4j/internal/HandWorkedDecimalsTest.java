package org.ism4j.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * {@link Decimals#format}, worked by hand from its Javadoc: an integral value prints as a whole
 * number; otherwise v × 10^d is rounded as {@link Math#round(double)} does (ties towards +∞), and
 * the result printed with its trailing zeros dropped.
 */
class HandWorkedDecimalsTest {

  @Test
  void integersHaveNoDecimalPoint() {
    assertEquals("12", Decimals.format(12, 3));
    assertEquals("-7", Decimals.format(-7, 3));
    assertEquals("0", Decimals.format(0, 0));
  }

  @Test
  void fractionsKeepAtMostTheGivenDecimalsWithoutTrailingZeros() {
    assertEquals("12.5", Decimals.format(12.5, 3)); // 12500 → 12 and 500 → "5"
    assertEquals("-0.125", Decimals.format(-0.125, 3)); // −125: whole 0, fraction 125, sign kept
    assertEquals("123.457", Decimals.format(123.456789, 3)); // 123456.789 rounds to 123457
    assertEquals("0.01", Decimals.format(0.01, 3)); // 10: fraction 10 → 1 with 2 digits, "0" + "1"
    assertEquals("-0.01", Decimals.format(-0.01, 3)); // −10: the sign of a value above −1 is kept
    assertEquals("0.5", Decimals.format(0.5, 9)); // 500000000 → 5 with one digit
    assertEquals("2.25", Decimals.format(2.25, 9));
  }

  @Test
  void roundingGoesTowardsPositiveInfinityOnATie() {
    assertEquals("1.3", Decimals.format(1.25, 1)); // 12.5 → 13
    assertEquals("-1.2", Decimals.format(-1.25, 1)); // −12.5 → −12
    assertEquals("2", Decimals.format(1.5, 0)); // 1.5 → 2, no decimals
    assertEquals("0", Decimals.format(-0.5, 0)); // −0.5 → 0 (not "-0")
    assertEquals("0", Decimals.format(0.0004, 3)); // 0.4 → 0
    assertEquals("1", Decimals.format(0.9996, 3)); // 999.6 → 1000: fraction 0, whole 1
    assertEquals("-1", Decimals.format(-0.9996, 3)); // −999.6 → −1000
  }

  @Test
  void decimalsOutsideZeroToNineAreRefused() {
    assertEquals("decimals out of 0..9: -1",
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(1.5, -1)).getMessage());
    assertEquals("decimals out of 0..9: 10",
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(1.5, 10)).getMessage());
  }
}
