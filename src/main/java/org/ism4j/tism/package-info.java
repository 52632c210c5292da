/**
 * Total interpretive structural modeling (TISM): the ISM model with the "why" of every link. An
 * {@link org.ism4j.tism.InterpretationTable} gives each direct link its interpretation, an optional
 * significance table says which transitive links stay in the model and why, and
 * {@link org.ism4j.tism.Tism} joins them with the levels and the shortest path behind every
 * transitive link. The writers live in {@code export}, {@code draw} and {@code report}.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.tism;

import org.jspecify.annotations.NullMarked;
