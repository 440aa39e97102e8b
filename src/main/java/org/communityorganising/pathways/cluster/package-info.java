/**
 * Running several nodes behind one load balancer: each node names itself in its session ids, so a
 * balancer can send a signed-in browser back to the node that holds its Vaadin UI (docs/cluster.md).
 */
@NullMarked
package org.communityorganising.pathways.cluster;

import org.jspecify.annotations.NullMarked;
