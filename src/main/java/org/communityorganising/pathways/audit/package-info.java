/** Who did what to which record, and when. Features record events here; nothing updates them. */
@NullMarked
package org.communityorganising.pathways.audit;

import org.jspecify.annotations.NullMarked;
