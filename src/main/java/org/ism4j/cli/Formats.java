package org.ism4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** Reads a command's {@code --format} value into its format enum: any case, common short aliases. */
final class Formats {
  private static final Map<String, String> ALIASES =
      Map.of("txt", "text", "md", "markdown", "gv", "dot", "mmd", "mermaid", "htm", "html", "tex",
          "latex");

  private Formats() {}

  /**
   * Returns the constant of {@code type} named by {@code value} (e.g. {@code md} for MARKDOWN).
   *
   * @throws CommandLine.TypeConversionException naming the accepted formats
   */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    String name = value.strip().toLowerCase(Locale.ROOT);
    name = ALIASES.getOrDefault(name, name);
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String n = e.name().toLowerCase(Locale.ROOT);
      if (n.equals(name)) {
        return e;
      }
      names.add(n);
    }
    String expected = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    throw new CommandLine.TypeConversionException(
        "unknown format '" + value + "' (expected " + expected + ")");
  }
}
