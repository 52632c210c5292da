/**
 * Judgements in: factor {@link org.ism4j.ssim.Labels}, the four {@link org.ism4j.ssim.Relation}s, the {@link org.ism4j.ssim.Ssim} value and its builder, the delimited-text tokenizer and {@link org.ism4j.ssim.SsimParser} with positioned {@link org.ism4j.ssim.SsimFormatException}s.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.ssim;

import org.jspecify.annotations.NullMarked;
