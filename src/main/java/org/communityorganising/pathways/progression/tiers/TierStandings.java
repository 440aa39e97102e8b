package org.communityorganising.pathways.progression.tiers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.security.ChapterScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each leader's standing in their tier as the tier rules answer it today, and what moved:
 * a new state is kept in the history (nothing is deleted), announced (the audit trail) and, when
 * practice is needed, told to the leader and to whoever supports them — their mentor, else the
 * trainers of their latest course. Runs for everyone once a day (the standing job) and for one
 * leader when their practice is confirmed or their tier changes. Whoever supports a leader is
 * their open pairs' mentors, else the trainers of the latest course they started. Reads practice, people and
 * courses through the views their owners publish; writes only progression's tables.
 *
 * <p>Not a service a screen calls: it has no caller to check, and is package-private.
 */
@Component
class TierStandings {

    /** A person above the entry tier, with their tier's keep-up rule. */
    private record Holder(
            long personId,
            long tierId,
            int rank,
            @Nullable LocalDate since,
            @Nullable Integer keepCount,
            @Nullable Integer keepMonths,
            @Nullable Integer keepWarningDays,
            @Nullable LocalDate keepSince) {

        @Nullable
        KeepUp keepUp() {
            return KeepUp.of(keepCount, keepMonths, keepWarningDays, keepSince);
        }
    }

    /** A leader whose new standing needs practice: they and their supporters are told. */
    private record Told(long personId, long tierId, Standing standing) {}

    private record Stored(
            long personId,
            long tierId,
            StandingState state,
            @Nullable LocalDate keptUntil) {}

    private static final String HOLDERS = """
            select v.person_id, v.tier_id, v.rank, (v.since at time zone 'Europe/London')::date as since,
                   t.keep_count, t.keep_months, t.keep_warning_days,
                   (t.keep_since at time zone 'Europe/London')::date as keep_since
            from v_person_tier v join tier t on t.id = v.tier_id
            where v.active and v.rank > (select min(rank) from tier)
              and (cast(:people as bigint[]) is null or v.person_id = any(cast(:people as bigint[])))""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TierStandings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Everyone's standing, in a fixed number of statements plus one write per change; how many moved. */
    @Transactional
    public int refreshAll() {
        return refresh(null);
    }

    /** One leader's standing, inside the transaction that changed their practice or tier. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(long personId) {
        refresh(List.of(personId));
    }

    private int refresh(@Nullable Collection<Long> only) {
        // Two refreshes of one leader never interleave, on any node (both would see the old state and
        // tell twice): the nightly run of everyone holds the lock alone; one leader's refresh (a
        // confirmation) shares it with other leaders' and takes its own leader's lock.
        if (only == null) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended('pathways.tier-standing', 0))")
                    .query((rs, row) -> 1)
                    .list();
        } else {
            jdbc.sql("select pg_advisory_xact_lock_shared(hashtextextended('pathways.tier-standing', 0))")
                    .query((rs, row) -> 1)
                    .list();
            for (long person : only) {
                jdbc.sql("select pg_advisory_xact_lock(hashtextextended('pathways.tier-standing:' || :p, 0))")
                        .param("p", person)
                        .query((rs, row) -> 1)
                        .list();
            }
        }
        var today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        @Nullable String people = only == null ? null : ChapterScope.idArray(only);
        var holders = jdbc.sql(HOLDERS)
                .param("people", people, java.sql.Types.VARCHAR)
                .query(Rows.byName(Holder.class))
                .list();
        if (holders.isEmpty()) {
            return 0;
        }
        Map<Long, List<LocalDate>> confirmed = new HashMap<>();
        jdbc.sql("""
                        select person_id, occurred_on from v_practice_fact
                        where status = 'CONFIRMED' and occurred_on <= :today and occurred_on >= :from
                          and (cast(:people as bigint[]) is null or person_id = any(cast(:people as bigint[])))""")
                .param("today", today)
                // No window is longer than the longest a rule may have.
                .param("from", today.minusMonths(KeepUp.MONTHS_MAX + 1))
                .param("people", people, java.sql.Types.VARCHAR)
                .query((rs, row) -> confirmed
                        .computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>())
                        .add(rs.getObject("occurred_on", LocalDate.class)))
                .list();
        Map<Long, Stored> stored = new HashMap<>();
        jdbc.sql("""
                        select person_id, tier_id, state, kept_until from tier_standing
                        where cast(:people as bigint[]) is null or person_id = any(cast(:people as bigint[]))""")
                .param("people", people, java.sql.Types.VARCHAR)
                .query(Rows.byName(Stored.class))
                .list()
                .forEach(row -> stored.put(row.personId(), row));

        var now = Timestamp.from(clock.instant());
        List<Told> toTell = new ArrayList<>();
        int moved = 0;
        for (var holder : holders) {
            var standing = TierRules.standing(
                    holder.keepUp(), holder.since(), confirmed.getOrDefault(holder.personId(), List.of()), today);
            var before = stored.get(holder.personId());
            boolean newState =
                    before == null || before.tierId() != holder.tierId() || before.state() != standing.state();
            if (!newState && before != null && Objects.equals(before.keptUntil(), standing.keptUntil())) {
                continue;
            }
            jdbc.sql("""
                            insert into tier_standing (person_id, tier_id, state, since, kept_until)
                            values (:person, :tier, :state, :now, :keptUntil)
                            on conflict (person_id) do update set tier_id = excluded.tier_id, state = excluded.state,
                                kept_until = excluded.kept_until,
                                since = case when tier_standing.state = excluded.state
                                             and tier_standing.tier_id = excluded.tier_id
                                        then tier_standing.since else excluded.since end""")
                    .param("person", holder.personId())
                    .param("tier", holder.tierId())
                    .param("state", standing.state().name())
                    .param("now", now)
                    .param("keptUntil", standing.keptUntil(), java.sql.Types.DATE)
                    .update();
            if (!newState) {
                continue;
            }
            moved++;
            jdbc.sql("""
                            insert into tier_standing_history (person_id, tier_id, state, since, kept_until)
                            values (:person, :tier, :state, :now, :keptUntil)""")
                    .param("person", holder.personId())
                    .param("tier", holder.tierId())
                    .param("state", standing.state().name())
                    .param("now", now)
                    .param("keptUntil", standing.keptUntil(), java.sql.Types.DATE)
                    .update();
            // A first standing that is simply active is history, not news: no audit entry for it.
            if (before != null || !standing.active()) {
                events.publishEvent(new TierEvents.StandingChanged(
                        holder.personId(),
                        holder.rank(),
                        before == null ? null : before.state(),
                        standing.state(),
                        standing.keptUntil()));
            }
            if (!standing.active()) {
                toTell.add(new Told(holder.personId(), holder.tierId(), standing));
            }
        }
        tell(toTell, now);
        return moved;
    }

    /** A notice to each leader whose practice is needed, and to each of their supporters. */
    private void tell(List<Told> leaders, Timestamp now) {
        if (leaders.isEmpty()) {
            return;
        }
        Map<Long, List<Long>> supporters =
                supporters(leaders.stream().map(Told::personId).toList());
        for (var told : leaders) {
            List<Long> readers = new ArrayList<>();
            readers.add(told.personId());
            readers.addAll(supporters.getOrDefault(told.personId(), List.of()));
            for (long reader : readers) {
                jdbc.sql("""
                                insert into standing_notice (person_id, about_id, tier_id, state, kept_until, created_at)
                                values (:reader, :about, :tier, :state, :keptUntil, :now)""")
                        .param("reader", reader)
                        .param("about", told.personId())
                        .param("tier", told.tierId())
                        .param("state", told.standing().state().name())
                        .param("keptUntil", told.standing().keptUntil(), java.sql.Types.DATE)
                        .param("now", now)
                        .update();
            }
        }
    }

    /**
     * Who supports each leader: their active mentors where they have one, else the trainers of the
     * latest course they took. Active people only, never the leader themselves.
     */
    private Map<Long, List<Long>> supporters(List<Long> leaders) {
        Map<Long, List<Long>> supporters = new HashMap<>();
        jdbc.sql("""
                        with mentors as (
                            select pr.mentee_id as about_id, pr.mentor_id as supporter_id
                            from v_mentoring_pair pr join v_person p on p.id = pr.mentor_id and p.active
                            where pr.mentee_id = any(cast(:people as bigint[])) and pr.ended_on is null),
                        latest as (
                            select distinct on (e.person_id) e.person_id, e.cohort_id
                            from v_enrolment e join v_cohort c on c.id = e.cohort_id
                            where e.person_id = any(cast(:people as bigint[])) and e.status <> 'WITHDRAWN'
                              and c.starts_on <= :today and e.person_id not in (select about_id from mentors)
                            order by e.person_id, c.starts_on desc, c.id desc),
                        trainers as (
                            select l.person_id as about_id, t.person_id as supporter_id
                            from latest l
                            join v_cohort_trainer t on t.cohort_id = l.cohort_id
                            join v_person p on p.id = t.person_id and p.active
                            where t.person_id <> l.person_id)
                        select about_id, supporter_id from mentors
                        union
                        select about_id, supporter_id from trainers""")
                .param("people", ChapterScope.idArray(leaders))
                .param("today", LocalDate.ofInstant(clock.instant(), LondonTime.ZONE))
                .query((rs, row) -> supporters
                        .computeIfAbsent(rs.getLong("about_id"), id -> new ArrayList<>())
                        .add(rs.getLong("supporter_id")))
                .list();
        return supporters;
    }
}
