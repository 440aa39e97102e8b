package org.communityorganising.pathways.calendar;

import com.vaadin.flow.i18n.I18NProvider;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar feeds. Each person's feed URL carries a secret token: whoever holds the URL
 * reads the feed without logging in (calendar apps cannot log in), so the token is long, random,
 * and replaced — revoking the old URL — whenever its owner asks.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CalendarFeedService {

    /** Feeds show what is coming and what just happened, not years of history. */
    private static final Duration HISTORY = Duration.ofDays(90);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a feed shows of each session; its digest is the feed's version. */
    private static final String FEED_COLUMNS =
            "s.id, s.uid, s.sequence, s.starts_at, s.ends_at, s.venue, s.online_link, s.cancelled, s.cancel_reason,"
                    + " co.title_en, co.title_cy, c.name";

    /**
     * The same, as the digest reads it: instants as epoch seconds, so that every node computes the
     * same digest whatever its connection's time zone.
     */
    private static final String DIGEST_COLUMNS =
            "s.id, s.uid, s.sequence, extract(epoch from s.starts_at), extract(epoch from s.ends_at), s.venue,"
                    + " s.online_link, s.cancelled, s.cancel_reason, co.title_en, co.title_cy, c.name";

    /** Raise when IcsWriter writes events differently: every app then fetches the whole feed again. */
    private static final String FORMAT = "ics-1";

    private static final String FEED_TITLE =
            "case when :language = 'cy' then co.title_cy else co.title_en end || ' · ' || c.name";

    /** The sessions of a person's feed: what they are enrolled in or teach, from HISTORY ago. */
    private static final String FEED_SESSIONS = """
            from v_training_session s
            join v_cohort c on c.id = s.cohort_id
            join v_course co on co.id = c.course_id
            where s.ends_at >= :since
              and (exists (select 1 from v_enrolment e where e.cohort_id = c.id and e.person_id = :person and e.status = 'ENROLLED')
                   or exists (select 1 from v_cohort_trainer t where t.cohort_id = c.id and t.person_id = :person))
            """;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final SchedulingService scheduling;
    private final Clock clock;
    private final I18NProvider i18n;

    CalendarFeedService(
            JdbcClient jdbc, CurrentUser currentUser, SchedulingService scheduling, Clock clock, I18NProvider i18n) {
        this.i18n = i18n;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.scheduling = scheduling;
        this.clock = clock;
    }

    /** The caller's feed token, created on first use. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String myFeedToken() {
        long me = currentUser.require().personId();
        var existing = jdbc.sql("select token from calendar_feed where person_id = :id")
                .param("id", me)
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return storeNewToken(me);
    }

    /** A new token for the caller; the old feed URL stops working at once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String regenerateMyFeedToken() {
        return storeNewToken(currentUser.require().personId());
    }

    /**
     * The feed behind a token: sessions of the cohorts the person is enrolled in and of those they
     * teach. Open to anyone holding the token (it is the credential); an unknown token finds nothing.
     *
     * <p>A calendar app polls every few minutes, so the version is worked out first from a digest
     * the database computes over the feed's content; the calendar is written only when {@code
     * pollerIsCurrent} says the poller lacks that version.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<Feed> feed(String token, String sessionUrlPrefix, Predicate<FeedVersion> pollerIsCurrent) {
        if (token.length() < 32 || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select p.id, p.language, f.content_digest, f.content_changed_at
                        from calendar_feed f join v_person p on p.id = f.person_id
                        where f.token = :token and p.active""").param("token", token).query(Owner.ROW).optional().map(owner -> {
            var version = version(owner, sessionUrlPrefix);
            byte[] calendar = pollerIsCurrent.test(version)
                    ? null
                    : IcsWriter.write("Pathways", entries(owner), sessionUrlPrefix, version.lastModified());
            return new Feed(version, calendar);
        });
    }

    /**
     * The feed's version. Its content changed when the digest differs from the one kept: the time of
     * this poll, to the second (HTTP dates have no finer grain), becomes its Last-Modified. When two
     * nodes notice the same change at once, the time stored first stands for both.
     */
    private FeedVersion version(Owner owner, String sessionUrlPrefix) {
        String digest = jdbc.sql("select md5(:language || coalesce(string_agg(row(" + DIGEST_COLUMNS
                        + ")::text, E'\\n' order by s.starts_at, s.id), '')) " + FEED_SESSIONS)
                .param("language", owner.language())
                .param("since", Timestamp.from(clock.instant().minus(HISTORY)))
                .param("person", owner.id())
                .query(String.class)
                .single();
        Instant changedAt = owner.contentChangedAt();
        if (changedAt == null || !digest.equals(owner.contentDigest())) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            // Later than the version it replaces, even within one second: If-Modified-Since must see it.
            changedAt = changedAt == null || now.isAfter(changedAt) ? now : changedAt.plusSeconds(1);
            // Another node may have noticed the same change a moment before: its time stands.
            changedAt = jdbc.sql("""
                            update calendar_feed set content_digest = :digest, content_changed_at = :changedAt
                            where person_id = :person and content_digest is distinct from :digest
                            returning content_changed_at""")
                    .param("digest", digest)
                    .param("changedAt", Timestamp.from(changedAt))
                    .param("person", owner.id())
                    .query(Instant.class)
                    .optional()
                    .orElseGet(() -> jdbc.sql("select content_changed_at from calendar_feed where person_id = :person")
                            .param("person", owner.id())
                            .query(Instant.class)
                            .single());
        }
        // The bytes also carry the address of each session's page and the writer's format, so the
        // tag covers them too: a release that writes events differently is a new version.
        return new FeedVersion(digest + "-" + Integer.toHexString((FORMAT + sessionUrlPrefix).hashCode()), changedAt);
    }

    /** One session as an .ics file, for whoever may see the session. */
    @PreAuthorize("isAuthenticated()")
    public byte[] sessionIcs(long sessionId, String sessionUrlPrefix, Locale locale) {
        var session = scheduling.session(sessionId);
        var entry = new CalendarEntry(
                session.id(),
                session.uid(),
                session.sequence(),
                summary(session.courseTitle(locale) + " · " + session.cohortName(), session.cancelled(), locale),
                session.startsAt(),
                session.endsAt(),
                session.venue(),
                session.onlineLink(),
                session.cancelled(),
                session.cancelReason());
        return IcsWriter.write(session.cohortName(), List.of(entry), sessionUrlPrefix, clock.instant());
    }

    private record Owner(
            long id,
            String language,
            @Nullable String contentDigest,
            @Nullable Instant contentChangedAt) {
        static final RowMapper<Owner> ROW = Rows.byName(Owner.class);
    }

    /**
     * A cancelled session's title starts with "Cancelled:" in the person's language: not every
     * calendar app shows STATUS:CANCELLED, and a phone's agenda must not send anyone to an empty hall.
     */
    private String summary(String title, boolean cancelled, Locale locale) {
        return cancelled ? i18n.getTranslation("calendar.cancelled-prefix", locale) + " " + title : title;
    }

    private List<CalendarEntry> entries(Owner owner) {
        return jdbc.sql("select " + FEED_COLUMNS + ", " + FEED_TITLE + " as title " + FEED_SESSIONS
                        + " order by s.starts_at")
                .param("language", owner.language())
                .param("since", Timestamp.from(clock.instant().minus(HISTORY)))
                .param("person", owner.id())
                // By name, by hand: the summary is the title with "Cancelled:" in the person's language.
                .query((rs, row) -> new CalendarEntry(
                        rs.getLong("id"),
                        rs.getString("uid"),
                        rs.getInt("sequence"),
                        summary(
                                rs.getString("title"),
                                rs.getBoolean("cancelled"),
                                Locale.forLanguageTag(owner.language())),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        rs.getString("venue"),
                        rs.getString("online_link"),
                        rs.getBoolean("cancelled"),
                        rs.getString("cancel_reason")))
                .list();
    }

    private String storeNewToken(long personId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into calendar_feed (person_id, token, created_at) values (:id, :token, now())
                        on conflict (person_id) do update set token = excluded.token, created_at = excluded.created_at""").param("token", token).param("id", personId).update();
        return token;
    }
}
