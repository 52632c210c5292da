package org.ism4j.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared JSON helpers of {@link Json}, their whole text worked by hand from Gson's two styles:
 * pretty (a newline and two spaces of indent per depth before every element, ": " after a
 * name, "," at a line end) and compact (no newline, no space: "[1,2]"), which
 * {@link Json#inline} switches to for one array of a pretty writer; and {@link Json#number}'s
 * rule: a whole number below 1e15 in magnitude as an integer, anything else as Java writes a
 * double.
 */
class HandWorkedJsonTest {
  private final StringWriter target = new StringWriter();
  private final BufferedWriter buffered = new BufferedWriter(target, 1 << 16);

  @Test
  void inlineArraysStayOnOneLineOnlyWhenAsked() throws IOException {
    JsonWriter w = Json.writer(buffered);
    w.beginObject();
    w.name("ints");
    Json.ints(w, new int[] {1, 2}, true);
    w.name("intsOwnLines");
    Json.ints(w, new int[] {3}, false);
    w.name("numbers");
    Json.numbers(w, new double[] {1.0, 2.5}, true);
    w.name("numbersOwnLines");
    Json.numbers(w, new double[] {-4.0, 0.5}, false);
    w.name("strings");
    Json.strings(w, List.of("<x>", "a&b"));
    Json.end(w, buffered); // flushes the unclosed buffer
    String expected = """
        {
          "ints": [1,2],
          "intsOwnLines": [
            3
          ],
          "numbers": [1,2.5],
          "numbersOwnLines": [
            -4,
            0.5
          ],
          "strings": [
            "<x>",
            "a&b"
          ]
        }
        """;
    assertEquals(expected, target.toString());
  }

  @Test
  void wholeNumbersBelowTenToTheFifteenAreIntegers() throws IOException {
    JsonWriter w = Json.writer(buffered);
    w.beginObject();
    w.name("n");
    w.beginArray();
    Json.number(w, 0.0); // whole: "0"
    Json.number(w, 3.0); // "3", not "3.0"
    Json.number(w, -7.0); // "-7"
    Json.number(w, 999_999_999_999_999.0); // 1e15 − 1, still below the bound: an integer
    Json.number(w, 1e15); // at the bound: a double, "1.0E15"
    Json.number(w, -1e15); // |x| at the bound: "-1.0E15"
    Json.number(w, 2.25); // not whole: "2.25"
    w.endArray();
    Json.end(w, buffered);
    String expected = """
        {
          "n": [
            0,
            3,
            -7,
            999999999999999,
            1.0E15,
            -1.0E15,
            2.25
          ]
        }
        """;
    assertEquals(expected, target.toString());
  }
}
