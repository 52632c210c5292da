/**
 * Human reports: text and Markdown analysis reports, and the audit report in Markdown and HTML.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.report;

import org.jspecify.annotations.NullMarked;
