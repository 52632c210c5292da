/**
 * Expert panels: k experts' SSIMs over the same factors ({@link org.ism4j.panel.Panel}), the rule
 * that turns them into one SSIM ({@link org.ism4j.panel.AggregationRule}), how far the experts agree
 * ({@link org.ism4j.panel.Agreement}, with Fleiss' kappa) and how much the level hierarchy depends
 * on which experts were asked ({@link org.ism4j.panel.Stability}, a bootstrap over the experts and
 * a leave-one-expert-out table).
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.panel;

import org.jspecify.annotations.NullMarked;
