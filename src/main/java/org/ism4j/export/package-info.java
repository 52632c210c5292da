/**
 * Machine formats: JSON, DOT, GraphML, Mermaid and CSV.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.export;

import org.jspecify.annotations.NullMarked;
