/**
 * Human reports: plain text and Markdown, for the terminal and for papers.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.report;

import org.jspecify.annotations.NullMarked;
