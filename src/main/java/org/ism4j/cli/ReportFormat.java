package org.ism4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that write a text report, JSON or Markdown and
 * nothing else ({@code sensitivity}, {@code whatif}): one option, one enum and one converter, mixed
 * into each command with {@code @Mixin} where its other options stand.
 */
final class ReportFormat {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      converter = Converter.class,
      description = "Output format: text, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  /** The output formats. */
  enum Format {
    TEXT, JSON, MARKDOWN
  }

  /** Reads a format in either case; {@code txt} and {@code md} are accepted too. */
  static final class Converter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Formats.parse(Format.class, value);
    }
  }
}
