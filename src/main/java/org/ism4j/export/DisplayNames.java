package org.ism4j.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the drawings show a factor that has a display name: {@code label: name}. Package-private. */
final class DisplayNames {
  private DisplayNames() {}

  /**
   * Returns what a drawing shows for a factor.
   *
   * @param label the factor's label
   * @param names label to display name; a factor without a name, or whose name is its label, shows
   *     its label alone
   * @return {@code label} or {@code label: name}
   */
  static String of(String label, Map<String, String> names) {
    String name = names.get(label);
    if (name == null || name.isBlank() || name.strip().equals(label)) {
      return label;
    }
    return label + ": " + name.strip();
  }

  /**
   * Returns what a drawing shows for each of several factors.
   *
   * @param labels factor labels
   * @param names label to display name
   * @return one entry per label
   */
  static List<String> of(List<String> labels, Map<String, String> names) {
    List<String> out = new ArrayList<>(labels.size());
    for (String l : labels) {
      out.add(of(l, names));
    }
    return out;
  }
}
