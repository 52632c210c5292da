/**
 * The reproduction audit: {@link org.ism4j.audit.PublishedTables} of a paper checked against its own SSIM, as {@link org.ism4j.audit.Finding}s and a {@link org.ism4j.audit.Verdict}.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.audit;

import org.jspecify.annotations.NullMarked;
