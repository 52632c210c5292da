/**
 * Drawings: the SVG digraph ({@link org.ism4j.draw.SvgDigraph}) and MICMAC plot ({@link org.ism4j.draw.SvgMicmac}), drawn in plain Java from an immutable layout.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.draw;

import org.jspecify.annotations.NullMarked;
