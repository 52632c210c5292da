/**
 * Reachability: the initial and final {@link org.ism4j.reach.ReachabilityMatrix} (the full transitive closure, with its transitive links).
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.reach;

import org.jspecify.annotations.NullMarked;
