package org.ism4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The places in {@code src/main/java} that build a message a user of the command line can see
 * (for {@link ErrorCatalogueTest}), found by a plain scan of the source text: comments are blanked,
 * string literals collected (literals joined by {@code +} become one), and each match of a site
 * pattern runs to the end of its statement. JDK only; {@code java src/test/java/org/ism4j/ErrorSites.java}
 * prints every site with a draft catalogue message (literals kept, everything else {@code …}).
 */
final class ErrorSites {
  private ErrorSites() {}

  /** The exceptions whose message reaches the user as it is (the CLI adds the file and position). */
  static final Pattern USER_EXCEPTIONS = Pattern.compile("new (?:SsimFormatException|UserError|WorkbookException"
      + "|PublishedTableException|(?:CommandLine\\.)?ParameterException|(?:CommandLine\\.)?TypeConversionException)\\(");
  /** API exceptions, a site only where a rule below says the CLI passes the message on. */
  static final Pattern IAE = Pattern.compile("new IllegalArgumentException\\(|checkArgument\\(");
  /** A message helper's result. */
  static final Pattern RETURN = Pattern.compile("\\breturn\\b");

  /** Where besides {@link #USER_EXCEPTIONS} messages are built: a file, a method (null: all of it), a pattern. */
  record Rule(String file, String method, Pattern call) {}

  static final List<Rule> RULES = List.of(
      // helpers that build a positioned error from a message argument, or a message in a variable
      new Rule("ssim/MatrixReader.java", null, Pattern.compile("\\berror\\(|String problem =|problem \\+=")),
      new Rule("ssim/Workbook.java", null, Pattern.compile("\\berror\\(")),
      new Rule("weighted/WeightedReader.java", null, Pattern.compile("String problem =")),
      new Rule("tism/Tism.java", null, Pattern.compile("\\bmessage = ")),
      new Rule("weighted/Dematel.java", null, Pattern.compile("String why =")),
      new Rule("ssim/SsimFormatException.java", "withRemedy", RETURN),
      new Rule("ssim/Labels.java", "unknown", RETURN),
      new Rule("audit/PublishedFactors.java", "unknownFactor", RETURN),
      new Rule("audit/PublishedFactors.java", "wrongSize", RETURN),
      new Rule("audit/PublishedFactors.java", "namedTwice", RETURN),
      new Rule("audit/PublishedFactors.java", "twoSetsRows", RETURN),
      new Rule("audit/PublishedFactors.java", "levelBelowOne", RETURN),
      new Rule("cli/IsmCommand.java", "stdoutFailure", RETURN),
      new Rule("cli/IsmCommand.java", "reason", RETURN),
      // IllegalArgumentExceptions the commands print (as FILE: message, --set message, or a usage error)
      new Rule("Examples.java", "load", IAE),
      new Rule("panel/AggregationRule.java", "parse", IAE),
      new Rule("panel/Panel.java", "checkSameFactors", IAE),
      new Rule("ssim/CellChange.java", null, IAE),
      new Rule("micmac/SplitRule.java", "parse", IAE),
      new Rule("weighted/Scale.java", "parse", IAE),
      new Rule("weighted/Threshold.java", "parse", IAE),
      new Rule("weighted/Dematel.java", null, IAE),
      new Rule("weighted/WeightedMatrix.java", "average", IAE),
      new Rule("weighted/GodetMicmac.java", "of", IAE),
      new Rule("weighted/FuzzyMicmac.java", "of", IAE));

  /**
   * Literals at sites that are not message text, each with the reason; compared after the
   * {@code +}-joining.
   */
  static final Map<String, String> NOT_MESSAGES = Map.ofEntries(
      Map.entry(" uses the ", "WeightedMatrix.average: dematel reads every file on one scale, so the CLI never shows it"),
      Map.entry(" scale, ", "as above"),
      Map.entry(" names for ", "WeightedMatrix.average: DematelCommand gives one name per file"),
      Map.entry(" experts", "as above"),
      Map.entry("no experts' matrices to average", "dematel needs at least one FILE (picocli says so)"),
      Map.entry(" (a mean of ", "GodetMicmac.of: micmac --method indirect reads one matrix, never a mean"),
      Map.entry(" experts)", "as above"),
      Map.entry("--max-factors", "the CLI's name for the remedy in Inputs.formatError"),
      Map.entry("ism audit", "the prefix of a published table built in code, not read from a file"),
      Map.entry("maximum power ", "GodetMicmac.of: the CLI refuses --max-power below 1 first"),
      Map.entry("maximum number of iterations ", "FuzzyMicmac.of: the CLI refuses --max-power below 1 first"),
      Map.entry(" is below 1", "as above"));

  /** A string literal in a source file; {@code line} is where it starts. */
  record Literal(String file, int line, int start, int end, String text) {}

  /** A site: its file and line, the statement's source and its literals. */
  record Site(String file, int line, String code, List<Literal> literals) {
    String where() {
      return "src/main/java/org/ism4j/" + file + ":" + line;
    }
  }

  /** One scanned source file. */
  static final class Source {
    final String file;
    final String text;
    /** The text with comments and the inside of every literal blanked (newlines kept). */
    final String masked;
    final List<Literal> literals = new ArrayList<>();

    Source(String file, String text) {
      this.file = file;
      this.text = text;
      StringBuilder m = new StringBuilder(text);
      List<int[]> raw = new ArrayList<>();
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
          int e = text.indexOf('\n', i);
          e = e < 0 ? text.length() : e;
          blank(m, i, e);
          i = e;
        } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
          int e = text.indexOf("*/", i + 2);
          e = e < 0 ? text.length() : e + 2;
          blank(m, i, e);
          i = e;
        } else if (c == '\'') {
          int e = i + 1;
          while (e < text.length() && text.charAt(e) != '\'') {
            e += text.charAt(e) == '\\' ? 2 : 1;
          }
          blank(m, i + 1, e);
          i = e + 1;
        } else if (c == '"') {
          int e = i + 1;
          while (e < text.length() && text.charAt(e) != '"') {
            e += text.charAt(e) == '\\' ? 2 : 1;
          }
          raw.add(new int[] {i, e + 1});
          blank(m, i + 1, e);
          i = e + 1;
        } else {
          i++;
        }
      }
      this.masked = m.toString();
      // join "a" + "b" (over lines too) into one literal
      for (int k = 0; k < raw.size(); k++) {
        int start = raw.get(k)[0];
        StringBuilder s = new StringBuilder(unescape(text.substring(start + 1, raw.get(k)[1] - 1)));
        int end = raw.get(k)[1];
        while (k + 1 < raw.size() && masked.substring(end, raw.get(k + 1)[0]).matches("\\s*\\+\\s*")) {
          k++;
          s.append(unescape(text.substring(raw.get(k)[0] + 1, raw.get(k)[1] - 1)));
          end = raw.get(k)[1];
        }
        literals.add(new Literal(file, line(start), start, end, s.toString()));
      }
    }

    int line(int offset) {
      int n = 1;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          n++;
        }
      }
      return n;
    }

    /** The offset just past the statement that starts at {@code from}. */
    int statementEnd(int from) {
      int depth = 0;
      for (int i = from; i < masked.length(); i++) {
        char c = masked.charAt(i);
        if (c == '(' || c == '{') {
          depth++;
        } else if (c == ')' || c == '}') {
          depth--;
          if (depth < 0) {
            return i;
          }
        } else if (c == ';' && depth <= 0) {
          return i + 1;
        }
      }
      return masked.length();
    }

    /** The bodies [start, end) of the methods named {@code name}. */
    List<int[]> bodies(String name) {
      List<int[]> out = new ArrayList<>();
      Matcher d = Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\([^;{}()]*\\)\\s*(?:throws [\\w., ]+)?\\{")
          .matcher(masked);
      while (d.find()) {
        int depth = 0;
        for (int i = d.end() - 1; i < masked.length(); i++) {
          char c = masked.charAt(i);
          if (c == '{') {
            depth++;
          } else if (c == '}' && --depth == 0) {
            out.add(new int[] {d.end(), i});
            break;
          }
        }
      }
      return out;
    }

    List<Literal> literalsIn(int start, int end) {
      List<Literal> out = new ArrayList<>();
      for (Literal l : literals) {
        if (l.start() >= start && l.end() <= end) {
          out.add(l);
        }
      }
      return out;
    }
  }

  private static String simpleName(String file) {
    return file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
  }

  private static void blank(StringBuilder m, int from, int to) {
    for (int i = from; i < to && i < m.length(); i++) {
      if (m.charAt(i) != '\n') {
        m.setCharAt(i, ' ');
      }
    }
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }

  /** Reads every {@code .java} file under {@code root} (the {@code org/ism4j} folder). */
  static List<Source> read(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Source> out = new ArrayList<>();
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")).sorted()::iterator) {
        out.add(new Source(root.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every site, in file order; the constants a site names ({@code TOO_BIG}) add their literal. */
  static List<Site> sites(List<Source> sources) {
    // per file (by simple name, Workbook), the literals of its String constants
    Map<String, Map<String, List<Literal>>> constants = new HashMap<>();
    Pattern constant = Pattern.compile("static final String ([A-Z][A-Z0-9_]+) =");
    for (Source s : sources) {
      Matcher m = constant.matcher(s.masked);
      while (m.find()) {
        constants.computeIfAbsent(simpleName(s.file), k -> new HashMap<>())
            .put(m.group(1), s.literalsIn(m.end(), s.statementEnd(m.end())));
      }
    }
    List<Site> out = new ArrayList<>();
    for (Source s : sources) {
      List<int[]> regions = new ArrayList<>();
      List<Pattern> calls = new ArrayList<>();
      regions.add(new int[] {0, s.masked.length()});
      calls.add(USER_EXCEPTIONS);
      for (Rule r : RULES) {
        if (!r.file().equals(s.file)) {
          continue;
        }
        List<int[]> b = r.method() == null ? List.of(new int[] {0, s.masked.length()}) : s.bodies(r.method());
        if (b.isEmpty()) {
          throw new IllegalStateException("no method " + r.method() + " in " + r.file() + " (update ErrorSites.RULES)");
        }
        for (int[] region : b) {
          regions.add(region);
          calls.add(r.call());
        }
      }
      java.util.TreeMap<Integer, Integer> found = new java.util.TreeMap<>();
      for (int k = 0; k < regions.size(); k++) {
        Matcher m = calls.get(k).matcher(s.masked);
        m.region(regions.get(k)[0], regions.get(k)[1]);
        while (m.find()) {
          found.putIfAbsent(m.start(), s.statementEnd(m.end()));
        }
      }
      for (Map.Entry<Integer, Integer> e : found.entrySet()) {
        List<Literal> lits = new ArrayList<>(s.literalsIn(e.getKey(), e.getValue()));
        // NAME in the same file, or Type.NAME in Type.java
        Matcher id = Pattern.compile("(?:\\b([A-Z]\\w*)\\.)?\\b([A-Z][A-Z0-9_]{2,})\\b").matcher(s.masked);
        id.region(e.getKey(), e.getValue());
        while (id.find()) {
          String owner = id.group(1) != null ? id.group(1) : simpleName(s.file);
          lits.addAll(constants.getOrDefault(owner, Map.of()).getOrDefault(id.group(2), List.of()));
        }
        if (!lits.isEmpty()) {
          out.add(new Site(s.file, s.line(e.getKey()), s.text.substring(e.getKey(), e.getValue()), lits));
        }
      }
    }
    return out;
  }

  /** Whether a literal is message text worth checking: five letters or more, not excluded. */
  static boolean distinctive(String literal) {
    return !NOT_MESSAGES.containsKey(literal) && literal.codePoints().filter(Character::isLetter).count() >= 5;
  }

  /** The pieces of a literal between format specifiers ({@code %s}). */
  static List<String> pieces(String literal) {
    List<String> out = new ArrayList<>();
    for (String p : literal.split("%[-0-9.]*[sdfx]")) {
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Prints every site with its literals and a draft message. */
  public static void main(String[] args) {
    for (Site s : sites(read(Path.of(args.length > 0 ? args[0] : "src/main/java/org/ism4j")))) {
      StringBuilder draft = new StringBuilder();
      for (Literal l : s.literals()) {
        if (distinctive(l.text())) {
          draft.append(" | ").append(l.text());
        }
      }
      if (draft.length() > 0) {
        System.out.println(s.where() + draft);
      }
    }
  }
}
