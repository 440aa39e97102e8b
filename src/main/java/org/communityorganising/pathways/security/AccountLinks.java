package org.communityorganising.pathways.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and password resets: links that let a person choose their own password. Nobody else
 * ever chooses or knows it. A link is 256 random bits stored only as a hash, single use, and valid
 * for a while (an invitation 14 days, a reset 60 minutes, both configurable); making a new link,
 * revoking, deactivating the person or changing their e-mail kills the old ones. Leads and
 * administrators act through {@code PeopleService}, which decides whom they may manage.
 */
@Service
@Transactional
@PreAuthorize("denyAll()")
public class AccountLinks {

    public enum Purpose {
        INVITATION,
        PASSWORD_RESET
    }

    /** Where a person's invitation stands, for the People list. */
    public enum InvitationStatus {
        PENDING,
        EXPIRED,
        ACCEPTED
    }

    /** @param sentAt null while the mail has not gone (or the link was only copied) */
    public record Invitation(
            long personId,
            InvitationStatus status,
            Instant createdAt,
            @Nullable Instant sentAt,
            Instant expiresAt) {}

    /** A person's account as the People list shows it: no invitation when none stands. */
    public record AccountState(@Nullable Invitation invitation, boolean hasPassword) {}

    /** An open link, as the choose-password page greets its person. */
    public record OpenLink(Purpose purpose, String fullName, String language) {}

    private final JdbcClient jdbc;
    private final PasswordPolicy policy;
    private final AccountPasswords passwords;
    private final AccountSessions sessions;
    private final CurrentUser currentUser;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountLinkStore store;

    AccountLinks(
            JdbcClient jdbc,
            PasswordPolicy policy,
            AccountPasswords passwords,
            AccountSessions sessions,
            CurrentUser currentUser,
            AccountLinkStore store,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.passwords = passwords;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.store = store;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    // ---- for leads and administrators, through PeopleService ----

    /** Sends (or sends again) the person's invitation; every earlier link dies. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public long invite(long personId) {
        refuseWhenPasswordChosen(personId);
        boolean resent = store.revokeOpen(personId) > 0 || hadInvitation(personId);
        long link = store.insert(
                personId, Purpose.INVITATION, null, currentUser.require().personId());
        events.publishEvent(new AccountEvents.InvitationRequested(link, personId, resent));
        return link;
    }

    /**
     * The first administrator of a new installation ({@code PATHWAYS_FIRST_ADMIN_EMAIL}): no one is
     * signed in at that start, so this checks for itself that no active administrator can sign in
     * yet and that the person is an active administrator without a password.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void inviteFirstAdministrator(long personId) {
        boolean allowed =
                jdbc.sql("""
                        select not exists (
                                   select 1 from v_person p join v_person_role r on r.person_id = p.id
                                   join account a on a.person_id = p.id
                                   where r.role = 'ADMIN' and p.active and a.password_hash is not null)
                               and exists (
                                   select 1 from v_person p join v_person_role r on r.person_id = p.id
                                   where p.id = :person and r.role = 'ADMIN' and p.active)""").param("person", personId).query(Boolean.class).single();
        if (!allowed || store.hasPassword(personId)) {
            throw new org.springframework.security.access.AccessDeniedException("An administrator exists already");
        }
        boolean resent = store.revokeOpen(personId) > 0;
        long link = store.insert(personId, Purpose.INVITATION, null, null);
        events.publishEvent(new AccountEvents.InvitationRequested(link, personId, resent));
    }

    /** A fresh invitation link to pass on by hand (WhatsApp, a text message); every earlier link dies. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public String copyInvitationLink(long personId) {
        refuseWhenPasswordChosen(personId);
        store.revokeOpen(personId);
        String token = AccessToken.newToken();
        long link = store.insert(
                personId,
                Purpose.INVITATION,
                AccessToken.hash(token),
                currentUser.require().personId());
        events.publishEvent(new AccountEvents.InvitationLinkCopied(link, personId));
        return store.linkTo(Purpose.INVITATION, token);
    }

    /** Kills every open link of the person (a lead revoking, a deactivation, a new e-mail address). */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public void revoke(long personId, String why) {
        if (store.revokeOpen(personId) > 0) {
            events.publishEvent(new AccountEvents.LinksRevoked(personId, why));
        }
    }

    /**
     * What the People list shows of each of these people's accounts: their latest invitation (if
     * it was not revoked unused) and whether they have chosen a password. One statement.
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, AccountState> accountStates(Collection<Long> personIds) {
        Map<Long, AccountState> found = new HashMap<>();
        if (personIds.isEmpty()) {
            return found;
        }
        var now = clock.instant();
        jdbc.sql("""
                        select coalesce(a.person_id, l.person_id) as person_id,
                               a.password_hash is not null as has_password,
                               l.created_at, l.sent_at, l.expires_at, l.used_at, l.revoked_at
                        from (select person_id, password_hash from account where person_id in (:people)) a
                        full join (select distinct on (person_id) person_id, created_at, sent_at, expires_at, used_at, revoked_at
                                   from account_link where purpose = 'INVITATION' and person_id in (:people)
                                   order by person_id, created_at desc, id desc) l on l.person_id = a.person_id""")
                .param("people", personIds)
                .query(AccountRow.ROW)
                .list()
                .forEach(row -> found.put(row.personId(), row.state(now)));
        return found;
    }

    /**
     * People (of a chapter, or all) whose latest invitation stands so, for the People filter. An
     * empty answer holds one impossible id, so that "among" still reads as a list.
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public java.util.List<Long> peopleWithInvitation(InvitationStatus status, @Nullable Long chapterId) {
        var ids = jdbc.sql("""
                        select l.person_id from (
                            select distinct on (person_id) person_id, expires_at, used_at, revoked_at
                            from account_link where purpose = 'INVITATION'
                            order by person_id, created_at desc, id desc) l
                        join v_person p on p.id = l.person_id
                        where (cast(:chapter as bigint) is null or p.chapter_id = :chapter)
                          and case :status
                                when 'ACCEPTED' then l.used_at is not null
                                when 'PENDING' then l.used_at is null and l.revoked_at is null and l.expires_at > :now
                                else l.used_at is null and l.revoked_at is null and l.expires_at <= :now end""")
                .param("chapter", chapterId, java.sql.Types.BIGINT)
                .param("status", status.name())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> rs.getLong("person_id"))
                .list();
        return ids.isEmpty() ? java.util.List.of(-1L) : ids;
    }

    /**
     * An invitation sets a password: never for an account that has one, which would hand its
     * holder's account to whoever opens the link. Such a person resets their own.
     */
    private void refuseWhenPasswordChosen(long personId) {
        if (store.hasPassword(personId)) {
            throw new InvalidInputException("invitation.error.has-password");
        }
    }

    // ---- for anyone holding a link ----

    /** The link's person and purpose while it is open; empty for anything else, whatever the reason. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<OpenLink> open(String token) {
        return find(token).map(link -> new OpenLink(link.purpose(), link.fullName(), link.language()));
    }

    /**
     * The person chooses their password with an open link: checked against the policy, stored, the
     * link used up and every other link killed, every other session of the account ended (and a
     * lockout cleared). Returns the person, for the page to sign them in.
     */
    @PreAuthorize("permitAll()")
    public long choosePassword(String token, String password) {
        var link = find(token).orElseThrow(() -> new InvalidInputException("link.error.closed"));
        policy.check(password, link.email(), link.fullName());
        int used = jdbc.sql(
                        "update account_link set used_at = :now where id = :id and used_at is null and revoked_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", link.id())
                .update();
        if (used == 0) {
            throw new InvalidInputException("link.error.closed");
        }
        store.revokeOpen(link.personId());
        passwords.storeChosen(link.personId(), password);
        sessions.accountChanged(link.personId());
        events.publishEvent(
                new AccountEvents.PasswordChosen(link.id(), link.personId(), link.purpose() == Purpose.INVITATION));
        return link.personId();
    }

    /**
     * "Forgot your password?": says nothing and takes the same time whoever the address belongs to
     * — the work (who it is, the per-account limit, the mail) happens after the commit. Each client
     * address may ask a few times an hour.
     */
    @PreAuthorize("permitAll()")
    public void requestPasswordReset(String email, @Nullable String clientAddress) {
        if (clientAddress != null && !throttle.tryReset(clientAddress)) {
            return;
        }
        String typed = email.strip();
        if (typed.isEmpty() || typed.length() > 254 || typed.chars().anyMatch(Character::isISOControl)) {
            return;
        }
        events.publishEvent(new AccountEvents.PasswordResetRequested(typed.toLowerCase(Locale.ROOT)));
    }

    // ---- for the mail that goes after the commit (AccountLinkMail) ----

    // ---- the table ----

    private boolean hadInvitation(long personId) {
        return jdbc.sql(
                        "select exists (select 1 from account_link where person_id = :person and purpose = 'INVITATION')")
                .param("person", personId)
                .query(Boolean.class)
                .single();
    }

    private Optional<FoundLink> find(String token) {
        if (!AccessToken.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select l.id, l.person_id, l.purpose, p.full_name, p.email, p.language
                        from account_link l join v_person p on p.id = l.person_id
                        where l.token_hash = :hash and l.used_at is null and l.revoked_at is null
                          and l.expires_at > :now and p.active""")
                .param("hash", AccessToken.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(FoundLink.ROW)
                .optional();
    }

    private record FoundLink(long id, long personId, Purpose purpose, String fullName, String email, String language) {
        static final RowMapper<FoundLink> ROW = Rows.byName(FoundLink.class);
    }

    /** A person's account and latest invitation link, either of which may be missing. */
    private record AccountRow(
            long personId,
            boolean hasPassword,
            @Nullable Instant createdAt,
            @Nullable Instant sentAt,
            @Nullable Instant expiresAt,
            @Nullable Instant usedAt,
            @Nullable Instant revokedAt) {
        static final RowMapper<AccountRow> ROW = Rows.byName(AccountRow.class);

        AccountState state(Instant now) {
            // A link revoked unused is as if it had never been sent; an accepted one stays shown.
            Instant created = createdAt;
            Instant expires = expiresAt;
            if (created == null || expires == null || (revokedAt != null && usedAt == null)) {
                return new AccountState(null, hasPassword);
            }
            return new AccountState(
                    new LinkRow(personId, created, sentAt, expires, usedAt, revokedAt).invitation(now), hasPassword);
        }
    }

    private record LinkRow(
            long personId,
            Instant createdAt,
            @Nullable Instant sentAt,
            Instant expiresAt,
            @Nullable Instant usedAt,
            @Nullable Instant revokedAt) {
        static final RowMapper<LinkRow> ROW = Rows.byName(LinkRow.class);

        Invitation invitation(Instant now) {
            var status = usedAt != null
                    ? InvitationStatus.ACCEPTED
                    : expiresAt.isAfter(now) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
            return new Invitation(personId, status, createdAt, sentAt, expiresAt);
        }
    }
}
