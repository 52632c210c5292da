/**
 * Weighted judgements: weighted direct-influence matrices ({@link org.ism4j.weighted.WeightedMatrix}
 * on a {@link org.ism4j.weighted.Scale}), Godet's indirect MICMAC
 * ({@link org.ism4j.weighted.GodetMicmac}), fuzzy MICMAC ({@link org.ism4j.weighted.FuzzyMicmac})
 * and DEMATEL ({@link org.ism4j.weighted.Dematel}), whose thresholded total-relation matrix is the
 * initial reachability matrix of DEMATEL-ISM. Every result records its stopping rule and its
 * iterations. Values are immutable and thread-safe.
 *
 * <pre>{@code
 * WeightedMatrix m = WeightedMatrix.parse(Path.of("godet.tsv"));
 * GodetMicmac g = GodetMicmac.of(m);          // g.power(), g.isStable(), g.indirectInfluence()
 * Dematel d = Dematel.of(List.of(e1, e2, e3)); // experts averaged cell by cell
 * ReachabilityMatrix irm = d.reachability(Threshold.mean());
 * }</pre>
 */
package org.ism4j.weighted;
