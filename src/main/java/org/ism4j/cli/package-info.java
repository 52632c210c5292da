/**
 * Not API: the picocli commands of {@code ism} ({@code target/ism-cli.jar}). The module does not
 * export this package.
 */
@NullMarked
package org.ism4j.cli;

import org.jspecify.annotations.NullMarked;
