--liquibase formatted sql

--changeset pathways:demo-telco-year context:demo
-- A year of TELCO, so that every tile of the chapter dashboard has meaningful numbers after
-- ./pw run: leaders at every tier across eight institutions (one quiet, one with no leaders yet),
-- a year of confirmed one-to-ones and house meetings, two cohorts that finished and two to come,
-- promotions decided and waiting (one for a second approver), people ready for review, lapsing
-- and waiting for a trainer. Dates are relative to the day the demo is loaded (London). The demo
-- logins' own records are not touched; these people have no logins.
insert into institution (chapter_id, name, kind)
select c.id, i.name, i.kind
from (values ('Forest Gate Methodist Church', 'FAITH_GROUP'), ('Plaistow Tenants'' Association', 'OTHER')) as i (name, kind)
join chapter c on c.name = 'TELCO';

create temporary table demo_year_people (
    full_name    varchar(200),
    email        varchar(200),
    institution  varchar(200),
    rank         integer,
    reached_days integer,
    activity     varchar(12)
) on commit drop;

-- activity: steady (a one-to-one every 2-3 weeks all year), busy (every week or so), lapsing
-- (nothing confirmed in the last 120 days), starting (a few recent ones), none.
insert into demo_year_people values
    ('Ruth Ogunleye', 'ruth.ogunleye@telco.demo.pathways', 'St Anne''s Parish, Stratford', 3, 400, 'busy'),
    ('Patrick Flynn', 'patrick.flynn@telco.demo.pathways', 'St Anne''s Parish, Stratford', 2, 300, 'busy'),
    ('Maria Santos', 'maria.santos@telco.demo.pathways', 'St Anne''s Parish, Stratford', 2, 45, 'busy'),
    ('Joseph Mwangi', 'joseph.mwangi@telco.demo.pathways', 'St Anne''s Parish, Stratford', 1, 200, 'steady'),
    ('Teresa Lynch', 'teresa.lynch@telco.demo.pathways', 'St Anne''s Parish, Stratford', 0, null, 'starting'),
    ('Yusuf Rahman', 'yusuf.rahman@telco.demo.pathways', 'Bow Community Mosque', 2, 250, 'steady'),
    ('Aisha Begum', 'aisha.begum@telco.demo.pathways', 'Bow Community Mosque', 1, 30, 'steady'),
    ('Imran Chowdhury', 'imran.chowdhury@telco.demo.pathways', 'Bow Community Mosque', 1, 330, 'lapsing'),
    ('Nadia Islam', 'nadia.islam@telco.demo.pathways', 'Bow Community Mosque', 0, null, 'ready'),
    ('Oliver Grant', 'oliver.grant@telco.demo.pathways', 'Newham Sixth Form College', 1, 150, 'steady'),
    ('Priya Patel', 'priya.patel@telco.demo.pathways', 'Newham Sixth Form College', 0, null, 'ready'),
    ('Sophie Turner', 'sophie.turner@telco.demo.pathways', 'Newham Sixth Form College', 0, null, 'starting'),
    ('Winston Clarke', 'winston.clarke@telco.demo.pathways', 'Unison East London Health Branch', 2, 360, 'busy'),
    ('Fatima Koroma', 'fatima.koroma@telco.demo.pathways', 'Unison East London Health Branch', 2, 20, 'busy'),
    ('Gary Wells', 'gary.wells@telco.demo.pathways', 'Unison East London Health Branch', 2, 280, 'steady'),
    ('Helen Marsh', 'helen.marsh@telco.demo.pathways', 'Unison East London Health Branch', 1, 70, 'steady'),
    ('Adaeze Nwosu', 'adaeze.nwosu@telco.demo.pathways', 'Canning Town Food Bank', 1, 180, 'steady'),
    ('Luke Barnes', 'luke.barnes@telco.demo.pathways', 'Canning Town Food Bank', 0, null, 'waiting'),
    ('Mei Chen', 'mei.chen@telco.demo.pathways', 'University of East London Students', 1, 60, 'steady'),
    ('Tariq Aziz', 'tariq.aziz@telco.demo.pathways', 'University of East London Students', 0, null, 'waiting'),
    ('Margaret Ellis', 'margaret.ellis@telco.demo.pathways', 'Forest Gate Methodist Church', 2, 420, 'lapsing'),
    ('Samuel Addo', 'samuel.addo@telco.demo.pathways', 'Forest Gate Methodist Church', 1, 380, 'lapsing'),
    ('Rose Whitfield', 'rose.whitfield@telco.demo.pathways', 'Forest Gate Methodist Church', 0, null, 'none'),
    ('Kevin Doyle', 'kevin.doyle@telco.demo.pathways', 'Plaistow Tenants'' Association', 0, null, 'starting'),
    ('Blessing Okafor', 'blessing.okafor@telco.demo.pathways', 'Plaistow Tenants'' Association', 0, null, 'none'),
    ('Danny Hughes', 'danny.hughes@telco.demo.pathways', 'Plaistow Tenants'' Association', 0, null, 'none');

insert into person (full_name, email, chapter_id, institution_id)
select d.full_name, d.email, c.id, i.id
from demo_year_people d
join chapter c on c.name = 'TELCO'
join institution i on i.name = d.institution and i.chapter_id = c.id;

insert into person_role (person_id, role)
select p.id, 'TRAINEE' from person p join demo_year_people d on d.email = p.email;

-- Tiers reached, with the history a lead reads (the older ones before this year began).
insert into person_tier (person_id, tier_id, since)
select p.id, t.id, now() - (d.reached_days || ' days')::interval
from demo_year_people d join person p on p.email = d.email join tier t on t.rank = d.rank
where d.rank > 0;

insert into tier_history (person_id, tier_id, since)
select p.id, t.id, now() - ((d.reached_days + (d.rank - t.rank) * 150) || ' days')::interval
from demo_year_people d join person p on p.email = d.email join tier t on t.rank between 1 and d.rank
where d.rank > 0;

-- Two Community Leadership Training cohorts that finished this year, and two to come.
insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
select co.id, c.id, v.name, london.today + v.starts, london.today + v.starts + v.days, v.capacity, v.status
from (values
    ('TELCO winter cohort', 'CLT-2', -300, 1, 20, 'COMPLETED'),
    ('TELCO summer cohort', 'CLT-2', -150, 1, 20, 'COMPLETED'),
    ('TELCO new year cohort', 'CLT-2', 40, 1, 20, 'PLANNED'),
    ('National Community Leadership Training, spring', 'NCLT-6', 75, 5, 12, 'PLANNED')
) as v (name, code, starts, days, capacity, status)
join course co on co.code = v.code
join chapter c on c.name = 'TELCO'
cross join (select (now() at time zone 'Europe/London')::date as today) london;

insert into cohort_trainer (cohort_id, person_id)
select ch.id, p.id from cohort ch, person p
where ch.name in ('TELCO winter cohort', 'TELCO summer cohort', 'TELCO new year cohort',
                  'National Community Leadership Training, spring')
  and p.email = 'trainer@demo.pathways';

insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
select ch.id, gen_random_uuid() || '@pathways',
       (ch.starts_on + day + time '09:30') at time zone 'Europe/London',
       (ch.starts_on + day + time '16:30') at time zone 'Europe/London',
       'St Anne''s Parish Hall, 12 Romford Road, Stratford E15'
from cohort ch cross join generate_series(0, 1) as day
where ch.name in ('TELCO winter cohort', 'TELCO summer cohort', 'TELCO new year cohort');

insert into enrolment (cohort_id, person_id, status, enrolled_at)
select ch.id, p.id, case when ch.status = 'COMPLETED' then 'COMPLETED' else 'ENROLLED' end,
       (ch.starts_on - 20)::timestamp at time zone 'Europe/London'
from cohort ch
join demo_year_people d on (ch.name = 'TELCO winter cohort' and d.rank = 1)
                        or (ch.name = 'TELCO summer cohort' and d.activity in ('ready', 'waiting', 'starting'))
                        or (ch.name = 'TELCO new year cohort' and d.activity = 'none')
                        or (ch.name = 'National Community Leadership Training, spring' and d.rank = 2 and d.reached_days > 200)
join person p on p.email = d.email;

-- The finished cohorts' registers: nearly everyone present; Kevin missed the second day.
insert into attendance_mark (session_id, person_id, status, source, marked_by, marked_at)
select s.id, e.person_id,
       case when p.email = 'kevin.doyle@telco.demo.pathways' and s.starts_at = (select max(x.starts_at) from training_session x where x.cohort_id = s.cohort_id) then 'ABSENT'
            when p.email = 'helen.marsh@telco.demo.pathways' then 'LATE'
            else 'PRESENT' end,
       'REGISTER', t.id, s.ends_at
from training_session s
join cohort c on c.id = s.cohort_id and c.name in ('TELCO winter cohort', 'TELCO summer cohort')
join enrolment e on e.cohort_id = c.id
join person p on p.id = e.person_id
join person t on t.email = 'trainer@demo.pathways';

insert into attendance_change (session_id, person_id, from_status, to_status, changed_by, changed_at)
select m.session_id, m.person_id, null, m.status, m.marked_by, m.marked_at
from attendance_mark m
join training_session s on s.id = m.session_id
join cohort c on c.id = s.cohort_id and c.name in ('TELCO winter cohort', 'TELCO summer cohort');

-- A year of one-to-ones, confirmed by the demo trainer, at each person's pace.
insert into practice_entry (person_id, kind, occurred_on, counterpart_institution_id, status, reviewed_by, reviewed_at, created_at)
select p.id, 'ONE_TO_ONE', london.today - n, i.id, 'CONFIRMED', t.id,
       ((london.today - n + 2) + time '10:00') at time zone 'Europe/London',
       ((london.today - n) + time '21:00') at time zone 'Europe/London'
from demo_year_people d
join person p on p.email = d.email
join person t on t.email = 'trainer@demo.pathways'
join institution i on i.name = 'Canning Town Food Bank'
cross join generate_series(3, 360) as n
cross join (select (now() at time zone 'Europe/London')::date as today) london
where (d.activity = 'busy' and n % 8 = 0)
   or (d.activity = 'steady' and n % 19 = 0)
   or (d.activity = 'lapsing' and n > 130 and n % 21 = 0)
   or (d.activity = 'starting' and n < 60 and n % 25 = 0)
   or (d.activity = 'ready' and n < 170 and n % 24 = 0);

-- House meetings and research actions, now and then.
insert into practice_entry (person_id, kind, occurred_on, status, reviewed_by, reviewed_at, created_at)
select p.id, k.kind, london.today - n, 'CONFIRMED', t.id,
       ((london.today - n + 3) + time '10:00') at time zone 'Europe/London',
       ((london.today - n) + time '21:00') at time zone 'Europe/London'
from demo_year_people d
join person p on p.email = d.email
join person t on t.email = 'trainer@demo.pathways'
cross join (values ('HOUSE_MEETING', 45), ('RESEARCH_ACTION', 110)) as k (kind, every)
cross join generate_series(10, 360) as n
cross join (select (now() at time zone 'Europe/London')::date as today) london
where d.activity in ('busy', 'steady') and n % k.every = 0;

-- Waiting for a trainer for more than a week.
insert into practice_entry (person_id, kind, occurred_on, status, created_at)
select p.id, 'ONE_TO_ONE', london.today - w.days, 'SUBMITTED', now() - ((w.days - 1) || ' days')::interval
from demo_year_people d
join person p on p.email = d.email
cross join (values (10), (16), (23)) as w (days)
cross join (select (now() at time zone 'Europe/London')::date as today) london
where d.activity = 'waiting';

-- Promotions: decided ones behind the moves of this year, and three waiting.
create temporary table demo_year_snapshot (rank integer, snapshot text) on commit drop;
insert into demo_year_snapshot
select 1, json_build_object('tierRank', 1, 'results', json_build_array(
           json_build_object('requirement', json_build_object('kind', 'COURSE', 'courseId', co.id,
               'courseTitleEn', co.title_en, 'courseTitleCy', co.title_cy, 'practiceKind', null, 'count', 0,
               'windowMonths', null, 'hours', null, 'namedRole', false, 'tierRank', 0),
               'state', 'MET', 'have', 1, 'need', 1, 'waiting', 0, 'nextStepKey', 'path.next.done'),
           json_build_object('requirement', json_build_object('kind', 'PRACTICE', 'courseId', null,
               'courseTitleEn', null, 'courseTitleCy', null, 'practiceKind', 'ONE_TO_ONE', 'count', 6,
               'windowMonths', null, 'hours', null, 'namedRole', false, 'tierRank', 0),
               'state', 'MET', 'have', 7, 'need', 6, 'waiting', 0, 'nextStepKey', 'path.next.done')))::text
from course co where co.code = 'CLT-2';
insert into demo_year_snapshot
select 3, json_build_object('tierRank', 3, 'results', json_build_array(
           json_build_object('requirement', json_build_object('kind', 'TIER_HELD', 'courseId', null,
               'courseTitleEn', null, 'courseTitleCy', null, 'practiceKind', null, 'count', 0,
               'windowMonths', null, 'hours', null, 'namedRole', false, 'tierRank', 2),
               'state', 'MET', 'have', 1, 'need', 1, 'waiting', 0, 'nextStepKey', 'path.next.done')))::text;

-- Approved this year: the history rows of those who moved up within the last 90 days.
insert into promotion_request (person_id, from_tier_id, to_tier_id, approvals_needed, snapshot, status,
                               requested_at, decided_at, decided_by, decision_comment)
select p.id, f.id, t.id, 1, coalesce(s.snapshot, '{"tierRank":' || d.rank || ',"results":[]}'), 'APPROVED',
       now() - ((d.reached_days + 6) || ' days')::interval, now() - (d.reached_days || ' days')::interval, l.id,
       'Well earned — thank you for the one-to-ones at the food bank.'
from demo_year_people d
join person p on p.email = d.email
join person l on l.email = 'lead@demo.pathways'
join tier f on f.rank = d.rank - 1
join tier t on t.rank = d.rank
left join demo_year_snapshot s on s.rank = d.rank
where d.rank between 1 and 2 and d.reached_days <= 90;

update tier_history h set request_id = r.id
from promotion_request r
where r.person_id = h.person_id and r.to_tier_id = h.tier_id and r.status = 'APPROVED'
  and h.person_id in (select p.id from person p join demo_year_people d on d.email = p.email);

insert into promotion_request (person_id, from_tier_id, to_tier_id, nominated_by, reason, approvals_needed, snapshot,
                               status, requested_at, decided_at, decided_by, decision_comment)
select p.id, f.id, t.id, null, null, 1, s.snapshot, 'REFUSED', now() - interval '70 days', now() - interval '64 days', l.id,
       'Not yet: the one-to-ones need confirming first. Talk to Tomás.'
from person p
join person l on l.email = 'lead@demo.pathways'
join tier f on f.rank = 0
join tier t on t.rank = 1
join demo_year_snapshot s on s.rank = 1
where p.email = 'luke.barnes@telco.demo.pathways';

-- Waiting: one asked 12 days ago, one nominated by the trainer 3 days ago, and one for Senior
-- Leader that the lead approved and that waits for a second approver holding that tier.
insert into promotion_request (person_id, from_tier_id, to_tier_id, nominated_by, reason, approvals_needed, snapshot,
                               status, requested_at)
select p.id, f.id, t.id, n.id, w.reason, w.needed, s.snapshot, 'PENDING', now() - (w.days || ' days')::interval
from (values
    ('priya.patel@telco.demo.pathways', 0, 1, null, null, 1, 12),
    ('teresa.lynch@telco.demo.pathways', 0, 1, 'trainer@demo.pathways', 'Teresa has brought six new people to the parish listening this term.', 1, 3),
    ('yusuf.rahman@telco.demo.pathways', 2, 3, null, null, 2, 20)
) as w (email, from_rank, to_rank, nominator, reason, needed, days)
join person p on p.email = w.email
join tier f on f.rank = w.from_rank
join tier t on t.rank = w.to_rank
join demo_year_snapshot s on s.rank = w.to_rank
left join person n on n.email = w.nominator;

insert into promotion_approval (request_id, approver_id, approved_at, comment)
select r.id, l.id, r.requested_at + interval '2 days', 'Yes from me: Yusuf led the mosque’s part in the living wage action.'
from promotion_request r
join person p on p.id = r.person_id and p.email = 'yusuf.rahman@telco.demo.pathways'
join person l on l.email = 'lead@demo.pathways'
where r.status = 'PENDING';

-- The audit trail of this year, as the actions above would have written it.
insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
select r.decided_at, r.decided_by, 'PROMOTION_APPROVED', 'promotion_request', r.id, 'tier ' || f.rank || ' → ' || t.rank
from promotion_request r join person p on p.id = r.person_id
join tier f on f.id = r.from_tier_id join tier t on t.id = r.to_tier_id
where p.email like '%@telco.demo.pathways' and r.status = 'APPROVED';
insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
select r.decided_at, r.decided_by, 'PROMOTION_REFUSED', 'promotion_request', r.id, ''
from promotion_request r join person p on p.id = r.person_id
where p.email like '%@telco.demo.pathways' and r.status = 'REFUSED';
insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
select r.requested_at, coalesce(r.nominated_by, r.person_id),
       case when r.nominated_by is null then 'PROMOTION_REQUESTED' else 'PROMOTION_NOMINATED' end,
       'promotion_request', r.id, ''
from promotion_request r join person p on p.id = r.person_id
where p.email like '%@telco.demo.pathways';

-- And the demo trainee's own story so far, for "everything about Sam Patel".
insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
select now() - (e.days || ' days')::interval, case e.actor when 'admin' then a.id else s.id end, e.action, 'person', s.id, e.details
from (values
    (200, 'admin', 'PERSON_CREATED', ''),
    (200, 'admin', 'INVITATION_SENT', ''),
    (199, 'self', 'INVITATION_ACCEPTED', '')
) as e (days, actor, action, details)
join person s on s.email = 'trainee@demo.pathways'
join person a on a.email = 'admin@demo.pathways';
--rollback select 1;
