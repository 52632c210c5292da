/**
 * ism4j's entry points: {@link org.ism4j.IsmAnalyzer} (static facade), {@link org.ism4j.IsmModel}
 * (everything computed) and {@link org.ism4j.IsmOptions}.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j;

import org.jspecify.annotations.NullMarked;
