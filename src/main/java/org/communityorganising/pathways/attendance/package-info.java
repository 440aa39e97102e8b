/** The attendance register: marks, their history, apologies and attendance rates. */
@NullMarked
package org.communityorganising.pathways.attendance;

import org.jspecify.annotations.NullMarked;
