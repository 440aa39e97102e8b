package org.communityorganising.pathways.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a database that holds the demo data with an alliance at national scale, in bulk SQL (set
 * based, never one entity at a time): 8 chapters, 300 institutions, 20,000 people, 1,000 cohorts
 * over three years with 8 weekly sessions each, about 50,000 enrolments and 400,000 attendance marks
 * (with their history), 100,000 practice entries, 200 pending promotion requests, mentoring pairs
 * of every Core Team Leader and above (three each, four meetings a pair) and tier standings.
 *
 * <p>Distributions: people are drawn into cohorts of their chapter with a squared random, so most
 * are in one to three cohorts and a few in many; each person has an attendance propensity, which
 * spreads rates around the 80 % minimum; practice is skewed the same way (a few very active
 * leaders). {@code setseed} makes every run produce the same data.
 */
final class NationalData {

    static final String MARKER = "@national.example.org";

    private NationalData() {}

    /** Generates everything; returns the seconds each step took, for the report. */
    static Map<String, Duration> generate(JdbcClient jdbc) {
        var steps = new LinkedHashMap<String, Duration>();
        // One connection throughout (the caller's transaction): the seed and the temporary table live in it.
        jdbc.sql("select setseed(0.42)").query().singleRow();
        step(steps, "institutions (to 300)", jdbc, """
                insert into institution (chapter_id, name, kind)
                select c.ids[1 + n % array_length(c.ids, 1)], 'Member institution ' || n,
                       (array['FAITH_GROUP','SCHOOL','UNION','CHARITY','UNIVERSITY','OTHER'])[1 + n % 6]
                from generate_series(1, 300 - (select count(*) from institution)) as n,
                     (select array_agg(id order by id) as ids from chapter) c""");
        step(steps, "people (20,000)", jdbc, """
                insert into person (full_name, email, chapter_id, institution_id, phone)
                select 'National Person ' || n, 'np' || n || '%s', i.chapter_id, i.id, '07700 ' || lpad((n %% 1000000)::text, 6, '0')
                from generate_series(1, 20000) as n
                join (select id, chapter_id, (row_number() over (order by id)) - 1 as k from institution) i
                  on i.k = n %% (select count(*) from institution)""".formatted(MARKER));
        step(steps, "roles", jdbc, """
                insert into person_role (person_id, role)
                select id, case when id %% 50 = 0 then 'TRAINER' else 'TRAINEE' end from person where email like '%%%s'""".formatted(MARKER));
        step(steps, "tiers held", jdbc, """
                insert into person_tier (person_id, tier_id, since)
                select p.id, t.id, now() - make_interval(days => (p.id %% 900)::int)
                from person p join tier t on t.rank = case when p.id %% 100 < 3 then 3 when p.id %% 100 < 13 then 2
                                                          when p.id %% 100 < 43 then 1 else 0 end
                where p.email like '%%%s' and t.rank > 0""".formatted(MARKER));
        step(steps, "people by chapter", jdbc, """
                create temporary table np as
                select p.id as person_id, p.chapter_id, (row_number() over (partition by p.chapter_id order by p.id)) - 1 as k,
                       count(*) over (partition by p.chapter_id) as size,
                       ((p.id * 7919) %% 100) / 100.0 as propensity
                from person p where p.email like '%%%s'""".formatted(MARKER));
        step(steps, "index people by chapter", jdbc, "create index on np (chapter_id, k)");
        step(steps, "cohorts (1,000)", jdbc, """
                insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
                select co.ids[1 + n % array_length(co.ids, 1)], c.ids[1 + n % array_length(c.ids, 1)],
                       'National cohort ' || n, today - (n * 1095 / 1000), today - (n * 1095 / 1000) + 49, 60,
                       case when today - (n * 1095 / 1000) + 49 < today then 'COMPLETED' else 'RUNNING' end
                from generate_series(1, 1000) as n,
                     (select array_agg(id order by id) as ids from course) co,
                     (select array_agg(id order by id) as ids from chapter) c,
                     (select (now() at time zone 'Europe/London')::date as today) london""");
        step(steps, "cohort trainers", jdbc, """
                insert into cohort_trainer (cohort_id, person_id)
                select ch.id, np.person_id from cohort ch join np on np.chapter_id = ch.chapter_id and np.k = ch.id % 10
                where ch.name like 'National cohort %'""");
        step(steps, "trainers' role", jdbc, """
                insert into person_role (person_id, role)
                select distinct t.person_id, 'TRAINER' from cohort_trainer t join np on np.person_id = t.person_id
                on conflict do nothing""");
        step(steps, "sessions (8,000)", jdbc, """
                insert into training_session (cohort_id, uid, starts_at, ends_at, venue, cancelled, cancel_reason)
                select ch.id, gen_random_uuid() || '@national',
                       ((ch.starts_on + 7 * w) + time '18:30') at time zone 'Europe/London',
                       ((ch.starts_on + 7 * w) + time '20:30') at time zone 'Europe/London',
                       'Community hall', (ch.id + w) % 50 = 0, case when (ch.id + w) % 50 = 0 then 'Snow' end
                from cohort ch, generate_series(0, 7) as w where ch.name like 'National cohort %'""");
        step(steps, "enrolments (about 50,000)", jdbc, """
                insert into enrolment (cohort_id, person_id, status, enrolled_at)
                select distinct on (pick.cohort_id, np.person_id) pick.cohort_id, np.person_id,
                       case when pick.completed then 'COMPLETED' else 'ENROLLED' end, now()
                from (select ch.id as cohort_id, ch.chapter_id, ch.status = 'COMPLETED' as completed,
                             floor(power(random(), 2.0) * s.size)::int as k
                      from cohort ch
                      join (select chapter_id, max(size) as size from np group by chapter_id) s on s.chapter_id = ch.chapter_id
                      cross join lateral generate_series(1, 58 + 0 * ch.id)
                      where ch.name like 'National cohort %') pick
                join np on np.chapter_id = pick.chapter_id and np.k = pick.k""");
        step(steps, "attendance marks (about 400,000)", jdbc, """
                insert into attendance_mark (session_id, person_id, status, source, marked_at)
                select s.id, e.person_id,
                       case when r < 0.62 + 0.36 * np.propensity then 'PRESENT'
                            when r < 0.70 + 0.28 * np.propensity then 'LATE'
                            when r < 0.80 + 0.16 * np.propensity then 'APOLOGIES'
                            else 'ABSENT' end,
                       'REGISTER', s.ends_at
                from enrolment e
                join cohort ch on ch.id = e.cohort_id and ch.name like 'National cohort %'
                join training_session s on s.cohort_id = ch.id and not s.cancelled and s.starts_at <= now()
                join np on np.person_id = e.person_id
                cross join lateral (select random() + 0 * s.id as r) roll""");
        step(steps, "mark history", jdbc, """
                insert into attendance_change (session_id, person_id, from_status, to_status, changed_at)
                select m.session_id, m.person_id, null, m.status, m.marked_at
                from attendance_mark m join np on np.person_id = m.person_id""");
        step(steps, "practice entries (100,000)", jdbc, """
                insert into practice_entry (person_id, kind, occurred_on, counterpart_institution_id, role,
                    turnout_pledged, turnout_delivered, status, reviewed_at, created_at)
                select np.person_id, kind, today - floor(random() * 1095)::int,
                       case when kind in ('ONE_TO_ONE', 'MENTORING', 'HOUSE_MEETING') then
                           (select i.id from institution i where i.chapter_id = np.chapter_id order by i.id
                            offset (n % 5) limit 1) end,
                       case when kind = 'PUBLIC_ACTION' then (array['SPEAKER','NEGOTIATOR','CHAIR','PARTICIPANT'])[1 + n % 4] end,
                       case when kind = 'PUBLIC_ACTION' then 100 + n % 400 end,
                       case when kind = 'PUBLIC_ACTION' then 80 + n % 450 end,
                       case when n % 20 = 0 then 'SUBMITTED' when n % 20 = 1 then 'QUERIED' else 'CONFIRMED' end,
                       case when n % 20 > 0 then now() end, now()
                from (select n, floor(power(random(), 2.0) * 20000)::int as k,
                             (array['ONE_TO_ONE','ONE_TO_ONE','ONE_TO_ONE','ONE_TO_ONE','ONE_TO_ONE','ONE_TO_ONE',
                                    'HOUSE_MEETING','RESEARCH_ACTION','PUBLIC_ACTION','MENTORING','MENTORING',
                                    'TRAINING_DELIVERED'])[1 + floor(random() * 12)::int] as kind
                      from generate_series(1, 100000) as n) pick
                join (select person_id, chapter_id, (row_number() over (order by person_id)) - 1 as g from np) np on np.g = pick.k,
                     (select (now() at time zone 'Europe/London')::date as today) london""");
        step(steps, "pending promotion requests (200)", jdbc, """
                insert into promotion_request (person_id, from_tier_id, to_tier_id, nominated_by, reason, approvals_needed,
                    snapshot, status, requested_at)
                select np.person_id, (select id from tier where rank = 0), (select id from tier where rank = 1), null, null, 1,
                       '{"tierRank":1,"results":[]}', 'PENDING', now() - make_interval(hours => np.k::int)
                from np where np.k < 25 and not exists (select 1 from person_tier pt where pt.person_id = np.person_id)""");
        step(steps, "mentoring pairs (Core Team Leaders and above, 3 each)", jdbc, """
                insert into mentoring_pair (chapter_id, mentor_id, mentee_id, started_on, ended_on, outcome, created_at)
                select m.chapter_id, m.person_id, e.person_id, london.today - (100 + m.k %% 300)::int,
                       case when d = 3 then london.today - 10 end, case when d = 3 then 'COMPLETED' end, now()
                from np m
                join person_tier pt on pt.person_id = m.person_id
                join tier t on t.id = pt.tier_id and t.rank >= 2
                cross join generate_series(1, 3) as d
                join np e on e.chapter_id = m.chapter_id and e.k = (m.k + d) %% m.size and e.person_id <> m.person_id,
                     (select (now() at time zone 'Europe/London')::date as today) london""".formatted());
        step(steps, "mentoring meetings (4 a pair, 3 confirmed)", jdbc, """
                insert into mentoring_meeting (pair_id, met_on, minutes, logged_by, logged_at, confirmed_by, confirmed_at)
                select pr.id, least(pr.started_on + n * 20, london.today), 40 + n * 5, pr.mentor_id, now(),
                       case when n < 4 then pr.mentee_id end, case when n < 4 then now() end
                from mentoring_pair pr cross join generate_series(1, 4) as n,
                     (select (now() at time zone 'Europe/London')::date as today) london
                where pr.mentor_id in (select person_id from np)""");
        step(steps, "tier standings (one in ten due, one in twenty lapsed)", jdbc, """
                insert into tier_standing (person_id, tier_id, state, since, kept_until)
                select pt.person_id, pt.tier_id,
                       case when pt.person_id % 20 = 0 then 'LAPSED' when pt.person_id % 10 = 1 then 'RENEWAL_DUE'
                            else 'ACTIVE' end,
                       now(), london.today + (pt.person_id % 200)::int - 60
                from person_tier pt join np on np.person_id = pt.person_id,
                     (select (now() at time zone 'Europe/London')::date as today) london
                on conflict (person_id) do nothing""");
        step(steps, "a listening campaign per chapter, 20,000 logs", jdbc, """
                insert into listening_campaign (chapter_id, name, starts_on, ends_on, target_per_leader, target_per_institution, created_at)
                select c.id, 'National listening', current_date - 30, current_date + 30, 20, 200, now() from chapter c""");
        step(steps, "listening tags", jdbc, """
                insert into listening_tag (campaign_id, position, label)
                select c.id, t, 'Issue ' || t from listening_campaign c cross join generate_series(1, 8) as t
                where c.name = 'National listening'""");
        step(steps, "listening logs", jdbc, """
                insert into listening_log (campaign_id, person_id, institution_id, kind, occurred_on, people, created_at)
                select c.id, np.person_id, p.institution_id, case when n % 10 = 0 then 'HOUSE_MEETING' else 'CONVERSATION' end,
                       current_date - n % 30, case when n % 10 = 0 then 8 else 1 end, now()
                from generate_series(1, 20000) as n
                join np on np.k = n % np.size and np.chapter_id = (select id from chapter order by id offset n % (select count(*) from chapter) limit 1)
                join person p on p.id = np.person_id
                join listening_campaign c on c.chapter_id = np.chapter_id and c.name = 'National listening'""");
        step(steps, "listening log tags", jdbc, """
                insert into listening_log_tag (log_id, tag_id)
                select l.id, t.id from listening_log l join listening_tag t on t.campaign_id = l.campaign_id
                where t.position = 1 + l.id % 8 or t.position = 1 + (l.id / 8) % 8
                on conflict do nothing""");
        step(steps, "an assembly per chapter, 1,000 people at the largest", jdbc, """
                insert into organising_action (chapter_id, kind, title, place, starts_at, ends_at, created_at)
                select c.id, 'ASSEMBLY', 'National assembly', 'Hall', now() - interval '1 day', now() - interval '22 hours', now()
                from chapter c""");
        step(steps, "pledges", jdbc, """
                insert into action_pledge (action_id, institution_id, pledged, updated_at)
                select a.id, i.id, 20 + i.id % 30, now() from organising_action a join institution i on i.chapter_id = a.chapter_id
                where a.title = 'National assembly'""");
        step(steps, "turnout", jdbc, """
                insert into action_attendance (action_id, person_id, institution_id, brought_by, source, arrived_at)
                select a.id, np.person_id, p.institution_id,
                       case when np.k % 3 = 0 then (select n2.person_id from np n2 where n2.chapter_id = np.chapter_id and n2.k = np.k % 40 + 1000) end,
                       'CHECK_IN', a.starts_at
                from organising_action a join np on np.chapter_id = a.chapter_id and np.k < 1000
                join person p on p.id = np.person_id
                where a.title = 'National assembly'""");
        step(steps, "analyze", jdbc, "analyze");
        return steps;
    }

    private static void step(Map<String, Duration> steps, String name, JdbcClient jdbc, String sql) {
        var start = Instant.now();
        jdbc.sql(sql).update();
        steps.put(name, Duration.between(start, Instant.now()));
    }
}
