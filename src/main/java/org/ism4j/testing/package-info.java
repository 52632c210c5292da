/**
 * Fluent assertions for users' own test suites: {@code assertThat(model).hasLevel("Motivation", 1)}
 * fails with an {@link java.lang.AssertionError} that says why, from the model (the path that puts
 * a factor on its level, the iteration table row, the labels that exist). No test framework is
 * needed: JUnit 4 and 5, TestNG and Spock all report an {@code AssertionError}. Start at
 * {@link org.ism4j.testing.IsmAssertions}.
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.testing;

import org.jspecify.annotations.NullMarked;
