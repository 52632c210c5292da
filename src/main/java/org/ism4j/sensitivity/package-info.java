/**
 * Sensitivity of an ISM hierarchy to its judgements: for every SSIM cell and each of its three
 * alternative symbols, what the change does to the levels and cycles ({@link
 * org.ism4j.sensitivity.Sensitivity}); and the effect of a given set of changes ({@link
 * org.ism4j.sensitivity.WhatIf}).
 */
package org.ism4j.sensitivity;
