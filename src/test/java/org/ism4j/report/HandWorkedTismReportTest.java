package org.ism4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.ism4j.IsmAnalyzer;
import org.ism4j.IsmModel;
import org.ism4j.ssim.Ssim;
import org.ism4j.tism.InterpretationTable;
import org.ism4j.tism.Tism;
import org.junit.jupiter.api.Test;

/**
 * The whole Markdown and HTML of {@link TismReport}, worked by hand on a chain A → B → C → D: the
 * levels (result-first, D a sink at level 1 up to A at 4), the three transitive links A → C (via
 * B),
 * A → D (via B, C) and B → D (via C) in row order, the interpretive matrix (an interpretation, "via
 * k" for the one significant transitive link, an em dash on the diagonal) and the warning for the
 * direct link C → D left without an interpretation; and a one-link model with no transitive link
 * and no warning. Markdown escapes {@code & < > * _} as "&amp;amp;", "&amp;lt;", "\&gt;", "\*",
 * "\_"; HTML escapes {@code & < >} as entities.
 */
class HandWorkedTismReportTest {
  private static final Ssim CHAIN =
      Ssim.builder("A", "B", "C", "D").v("A", "B").v("B", "C").v("C", "D").build();

  private static Tism chain() {
    IsmModel m = IsmAnalyzer.analyze(CHAIN);
    return Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations("A\tB\tfunds\nB\tC\ttrains & <coaches>\n"),
        InterpretationTable.parseSignificance("A\tC\tyes\ta*b\nA\tD\tno\n"));
  }

  private static Tism oneLink() {
    IsmModel m = IsmAnalyzer.analyze(Ssim.builder("P", "Q").v("P", "Q").build());
    return Tism.of(m.initialReachability(), m.levels(),
        InterpretationTable.parseInterpretations("P\tQ\tpulls\n"), null);
  }

  // intro: 4 factors, 4 levels, direct links A→B, B→C, C→D (3), transitive A→C, A→D, B→D (3),
  // of which only A→C is significant (A→D is "no", B→D is not in the significance table)
  private static final String INTRO = "4 factors, 4 levels (result-first), 3 direct links, "
      + "3 transitive links of which 1 significant.";

  @Test
  void chainAsMarkdown() {
    String expected = """
        # tism\\_4 &lt;x\\>

        %s

        ## Levels

        | Level | Factors |
        | --- | --- |
        | 1 | D |
        | 2 | C |
        | 3 | B |
        | 4 | A |

        ## Transitive links

        | From | To | Via (shortest path) | Significant | Interpretation |
        | --- | --- | --- | --- | --- |
        | A | C | A → B → C | yes | a\\*b |
        | A | D | A → B → C → D | no |  |
        | B | D | B → C → D | no |  |

        ## Interpretive matrix

        Row i, column j: the interpretation of the direct link i → j, or "via k" for a significant \
        transitive link.

        |  | A | B | C | D |
        | --- | --- | --- | --- | --- |
        | A | — | funds | via B |  |
        | B |  | — | trains &amp; &lt;coaches\\> |  |
        | C |  |  | — |  |
        | D |  |  |  | — |

        ## Warnings

        - direct link C → D has no interpretation
        """.formatted(INTRO);
    assertEquals(expected, TismReport.markdown(chain(), "tism_4 <x>"));
  }

  @Test
  void chainAsHtml() {
    String expected = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <title>tism_4 &lt;x&gt;</title>
        <style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;\
        vertical-align:top}</style>
        </head>
        <body>
        <h1>tism_4 &lt;x&gt;</h1>
        <p>%s</p>
        <h2>Levels</h2>
        <table>
        <tr><th>Level</th><th>Factors</th></tr>
        <tr><td>1</td><td>D</td></tr>
        <tr><td>2</td><td>C</td></tr>
        <tr><td>3</td><td>B</td></tr>
        <tr><td>4</td><td>A</td></tr>
        </table>
        <h2>Transitive links</h2>
        <table>
        <tr><th>From</th><th>To</th><th>Via (shortest path)</th><th>Significant</th>\
        <th>Interpretation</th></tr>
        <tr><td>A</td><td>C</td><td>A → B → C</td><td>yes</td><td>a*b</td></tr>
        <tr><td>A</td><td>D</td><td>A → B → C → D</td><td>no</td><td></td></tr>
        <tr><td>B</td><td>D</td><td>B → C → D</td><td>no</td><td></td></tr>
        </table>
        <h2>Interpretive matrix</h2>
        <table>
        <tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>
        <tr><td>A</td><td>—</td><td>funds</td><td>via B</td><td></td></tr>
        <tr><td>B</td><td></td><td>—</td><td>trains &amp; &lt;coaches&gt;</td><td></td></tr>
        <tr><td>C</td><td></td><td></td><td>—</td><td></td></tr>
        <tr><td>D</td><td></td><td></td><td></td><td>—</td></tr>
        </table>
        <h2>Warnings</h2>
        <ul>
        <li>direct link C → D has no interpretation</li>
        </ul>
        </body>
        </html>
        """.formatted(INTRO);
    assertEquals(expected, TismReport.html(chain(), "tism_4 <x>"));
  }

  /** P → Q: Q level 1, P level 2; one direct link, nothing transitive, nothing to warn about. */
  @Test
  void oneLinkAsMarkdown() {
    String expected = """
        # pq

        2 factors, 2 levels (result-first), 1 direct link, 0 transitive links of which 0\
         significant.

        ## Levels

        | Level | Factors |
        | --- | --- |
        | 1 | Q |
        | 2 | P |

        ## Transitive links

        None: every link is a direct one.

        ## Interpretive matrix

        Row i, column j: the interpretation of the direct link i → j, or "via k" for a significant \
        transitive link.

        |  | P | Q |
        | --- | --- | --- |
        | P | — | pulls |
        | Q |  | — |
        """;
    assertEquals(expected, TismReport.markdown(oneLink(), "pq"));
  }

  /** In HTML the transitive table is printed even when empty (its header row only). */
  @Test
  void oneLinkAsHtml() {
    String expected = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <title>pq</title>
        <style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;\
        vertical-align:top}</style>
        </head>
        <body>
        <h1>pq</h1>
        <p>2 factors, 2 levels (result-first), 1 direct link, 0 transitive links of which 0 \
        significant.</p>
        <h2>Levels</h2>
        <table>
        <tr><th>Level</th><th>Factors</th></tr>
        <tr><td>1</td><td>Q</td></tr>
        <tr><td>2</td><td>P</td></tr>
        </table>
        <h2>Transitive links</h2>
        <p>None: every link is a direct one.</p>
        <h2>Interpretive matrix</h2>
        <table>
        <tr><th></th><th>P</th><th>Q</th></tr>
        <tr><td>P</td><td>—</td><td>pulls</td></tr>
        <tr><td>Q</td><td></td><td>—</td></tr>
        </table>
        </body>
        </html>
        """;
    assertEquals(expected, TismReport.html(oneLink(), "pq"));
  }
}
