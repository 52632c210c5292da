/**
 * The layered digraph: one {@link org.ism4j.graph.Node} per strongly connected component on its level, the skeleton (transitive reduction of the component DAG) as edges, and views as JGraphT and Guava graphs (snapshots).
 *
 * <p>Every type here is null-hostile: no parameter or result is null unless its Javadoc says so.
 */
@NullMarked
package org.ism4j.graph;

import org.jspecify.annotations.NullMarked;
