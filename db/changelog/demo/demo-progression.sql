--liquibase formatted sql

--changeset pathways:demo-progression context:demo
-- The demo trainee completed Community Leadership Training in the spring (both days present), so
-- six confirmed one-to-ones are all that stand between them and Trained Leader. Other TELCO
-- leaders have practice logged: some confirmed, some waiting for the trainer's review.
insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
select co.id, c.id, 'TELCO spring cohort', london.today - 120, london.today - 119, 20, 'COMPLETED'
from course co, chapter c, (select (now() at time zone 'Europe/London')::date as today) london
where co.code = 'CLT-2' and c.name = 'TELCO';

insert into cohort_trainer (cohort_id, person_id)
select ch.id, p.id from cohort ch, person p where ch.name = 'TELCO spring cohort' and p.email = 'trainer@demo.pathways';

insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
select ch.id, gen_random_uuid() || '@pathways',
       ((london.today - 120 + day) + time '09:30') at time zone 'Europe/London',
       ((london.today - 120 + day) + time '16:30') at time zone 'Europe/London',
       'St Anne''s Parish Hall, 12 Romford Road, Stratford E15'
from cohort ch, generate_series(0, 1) as day, (select (now() at time zone 'Europe/London')::date as today) london
where ch.name = 'TELCO spring cohort';

insert into enrolment (cohort_id, person_id, status, enrolled_at)
select ch.id, p.id, 'COMPLETED', now() - interval '130 days'
from cohort ch, person p
where ch.name = 'TELCO spring cohort'
  and p.email in ('trainee@demo.pathways', 'ibrahim.diallo@demo.pathways', 'jade.thompson@demo.pathways');

insert into attendance_mark (session_id, person_id, status, source, marked_by, marked_at)
select s.id, e.person_id, 'PRESENT', 'REGISTER', t.id, s.ends_at
from training_session s
join cohort c on c.id = s.cohort_id and c.name = 'TELCO spring cohort'
join enrolment e on e.cohort_id = c.id
join person t on t.email = 'trainer@demo.pathways';

insert into attendance_change (session_id, person_id, from_status, to_status, changed_by, changed_at)
select m.session_id, m.person_id, null, m.status, m.marked_by, m.marked_at
from attendance_mark m join training_session s on s.id = m.session_id
join cohort c on c.id = s.cohort_id and c.name = 'TELCO spring cohort';

insert into practice_entry (person_id, kind, occurred_on, counterpart_institution_id, status, reviewed_by, reviewed_at, created_at)
select p.id, 'ONE_TO_ONE', london.today - n * 9, i.id,
       case when n <= 4 then 'CONFIRMED' else 'SUBMITTED' end,
       case when n <= 4 then t.id end,
       case when n <= 4 then now() - interval '1 day' end,
       now() - (n || ' days')::interval
from person p
join person t on t.email = 'trainer@demo.pathways'
join institution i on i.name = 'Canning Town Food Bank'
cross join generate_series(1, 6) as n
cross join (select (now() at time zone 'Europe/London')::date as today) london
where p.email in ('ibrahim.diallo@demo.pathways', 'jade.thompson@demo.pathways');

insert into practice_entry (person_id, kind, occurred_on, role, turnout_pledged, turnout_delivered, status, created_at)
select p.id, 'PUBLIC_ACTION', london.today - 14, 'SPEAKER', 150, 180, 'SUBMITTED', now() - interval '13 days'
from person p, (select (now() at time zone 'Europe/London')::date as today) london
where p.email = 'abena.mensah@demo.pathways';
--rollback delete from practice_entry; delete from attendance_change where session_id in (select s.id from training_session s join cohort c on c.id = s.cohort_id where c.name = 'TELCO spring cohort'); delete from attendance_mark where session_id in (select s.id from training_session s join cohort c on c.id = s.cohort_id where c.name = 'TELCO spring cohort'); delete from enrolment where cohort_id in (select id from cohort where name = 'TELCO spring cohort'); delete from training_session where cohort_id in (select id from cohort where name = 'TELCO spring cohort'); delete from cohort_trainer where cohort_id in (select id from cohort where name = 'TELCO spring cohort'); delete from cohort where name = 'TELCO spring cohort';
