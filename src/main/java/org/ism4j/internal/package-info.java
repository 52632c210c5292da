/**
 * Not API: bit rows and the algorithms on them (components, closure, skeleton, powers, feedback links). The module does not export this package; API values hand their bits to each other through {@link org.ism4j.internal.Access}.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.internal;

import org.jspecify.annotations.NullMarked;
