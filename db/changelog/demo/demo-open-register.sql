--liquibase formatted sql

--changeset pathways:demo-open-register runAlways:true context:demo-live
-- Whenever the demo starts, a register is open: a TELCO drop-in session starting five minutes
-- after the app starts (the register opens 15 minutes before a session and stays open after), so
-- a newcomer can mark a register and try check-in at ten in the morning as well as at 18:30. Not
-- run by the tests (context demo-live), whose clock and counts must not depend on the hour.
-- Its own cohort, of demo people without logins: the demo trainee's record is not touched.
insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
select co.id, c.id, 'TELCO drop-in practice', london.today - 7, london.today + 7, 30, 'RUNNING'
from course co, chapter c, (select (now() at time zone 'Europe/London')::date as today) london
where co.code = 'CLT-2' and c.name = 'TELCO'
  and not exists (select 1 from cohort where name = 'TELCO drop-in practice');

update cohort set starts_on = least(starts_on, (now() at time zone 'Europe/London')::date),
                  ends_on = greatest(ends_on, (now() at time zone 'Europe/London')::date + 7)
where name = 'TELCO drop-in practice'
  and (starts_on > (now() at time zone 'Europe/London')::date
       or ends_on < (now() at time zone 'Europe/London')::date + 7);

insert into cohort_trainer (cohort_id, person_id)
select ch.id, p.id from cohort ch, person p
where ch.name = 'TELCO drop-in practice' and p.email = 'trainer@demo.pathways'
  and not exists (select 1 from cohort_trainer t where t.cohort_id = ch.id and t.person_id = p.id);

insert into enrolment (cohort_id, person_id, enrolled_at)
select ch.id, p.id, now()
from cohort ch, person p
where ch.name = 'TELCO drop-in practice'
  and p.email in ('ibrahim.diallo@demo.pathways', 'jade.thompson@demo.pathways', 'kwame.asante@demo.pathways',
                  'laura.nowak@demo.pathways', 'abena.mensah@demo.pathways', 'grace.kelly@demo.pathways')
  and not exists (select 1 from enrolment e where e.cohort_id = ch.id and e.person_id = p.id);

-- Earlier starts' drop-in sessions that ended untouched go (nothing marked, no check-in), so that
-- restarting the demo does not pile up sessions nobody attended and make its people "slipping".
delete from training_session s
using cohort ch
where ch.id = s.cohort_id and ch.name = 'TELCO drop-in practice' and s.ends_at < now()
  and not exists (select 1 from attendance_mark m where m.session_id = s.id)
  and not exists (select 1 from attendance_change c where c.session_id = s.id)
  and not exists (select 1 from check_in_secret k where k.session_id = s.id)
  and not exists (select 1 from check_in_attempt a where a.session_id = s.id);

-- A new session only when none is open now and running for at least another half hour.
insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
select ch.id, gen_random_uuid() || '@pathways',
       date_trunc('minute', now()) + interval '5 minutes',
       date_trunc('minute', now()) + interval '125 minutes',
       'Bow Community Mosque, community room, 34 Roman Road, Bow E3'
from cohort ch
where ch.name = 'TELCO drop-in practice'
  and not exists (select 1 from training_session s
                  where s.cohort_id = ch.id and not s.cancelled
                    and s.starts_at <= now() + interval '15 minutes'
                    and s.ends_at >= now() + interval '30 minutes');
