package org.communityorganising.pathways.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an invitation and a password-reset link work (configurable). One reading, so that the
 * pages and mails that promise a lifetime say the one the links really have.
 */
@Component
public class LinkLifetimes {

    private final Duration invitation;
    private final Duration reset;

    LinkLifetimes(
            @Value("${pathways.invitation.valid-for:P14D}") Duration invitation,
            @Value("${pathways.password-reset.valid-for:PT60M}") Duration reset) {
        this.invitation = invitation;
        this.reset = reset;
    }

    Duration of(AccountLinks.Purpose purpose) {
        return purpose == AccountLinks.Purpose.INVITATION ? invitation : reset;
    }

    /** Whole days an invitation works, at least one: what the pages say. */
    public long invitationDays() {
        return Math.max(1, invitation.toDays());
    }

    /** Whole minutes a reset link works, at least one. */
    public long resetMinutes() {
        return Math.max(1, reset.toMinutes());
    }
}
