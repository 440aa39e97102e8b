package org.communityorganising.pathways.security;

import org.communityorganising.pathways.base.AuditableEvent;

/** What security tells the rest of the application (and the audit trail) about invitations and resets. */
public final class AccountEvents {

    private AccountEvents() {}

    /** An invitation is to be mailed (the link is made when the mail goes, so no secret is stored in plain). */
    public record InvitationRequested(long linkId, long personId, boolean resent) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(resent ? "INVITATION_RESENT" : "INVITATION_SENT", "person", personId, "");
        }
    }

    /** A lead or administrator copied an invitation link to pass on by hand (earlier links died). */
    public record InvitationLinkCopied(long linkId, long personId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("INVITATION_LINK_COPIED", "person", personId, "");
        }
    }

    /** Every open link of the person died: revoked by a lead, or the person deactivated or re-addressed. */
    public record LinksRevoked(long personId, String why) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("ACCOUNT_LINKS_REVOKED", "person", personId, why);
        }
    }

    /** Someone asked for a reset on the login page: who, if anyone, is worked out after the commit. */
    public record PasswordResetRequested(String email) {}

    /** A reset link was mailed to the person. */
    public record PasswordResetSent(long linkId, long personId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("PASSWORD_RESET_SENT", "person", personId, "");
        }
    }

    /** A link was used to choose a password: the person is told by e-mail, in case it was not them. */
    public record PasswordChosen(long linkId, long personId, boolean invitation) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(invitation ? "INVITATION_ACCEPTED" : "PASSWORD_RESET", "person", personId, "");
        }
    }
}
