/** Promotions: requests, nominations, approvals and decisions, and the notices and mails that tell the leader. Owns promotion_request, promotion_approval, progression_notice. */
@ApplicationModule(displayName = "Progression: promotions")
@NullMarked
package org.communityorganising.pathways.progression.promotions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
