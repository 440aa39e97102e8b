package org.communityorganising.pathways.progression.promotions;

import org.jspecify.annotations.Nullable;

/**
 * What the promotions page lists: requests in one state (null: every state) whose person's name
 * contains the text.
 *
 * @param status PENDING, APPROVED, REFUSED or WITHDRAWN; null for all
 */
public record PromotionFilter(@Nullable String status, String text) {

    public static PromotionFilter waiting() {
        return new PromotionFilter("PENDING", "");
    }
}
