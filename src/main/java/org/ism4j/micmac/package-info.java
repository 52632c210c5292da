/**
 * MICMAC: driving and dependence power, the four {@link org.ism4j.micmac.Cluster}s and the {@link org.ism4j.micmac.SplitRule} that separates weak from strong.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.micmac;

import org.jspecify.annotations.NullMarked;
