/**
 * Levels: the {@link org.ism4j.level.LevelPartition} (O(n + m) from the strongly connected components) and the textbook {@link org.ism4j.level.Iteration} tables.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.level;

import org.jspecify.annotations.NullMarked;
