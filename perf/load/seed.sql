-- Load-test data, added to a database the app has migrated (with the demo data: chapters,
-- institutions, courses, tiers). psql -v registers=200 -v size=60 -v out=registers.csv -f seed.sql
--   * :registers trainers (load-trainer-N@load.example.org), each with a cohort of :size people and a
--     session starting in ten minutes, so its register is open now (it opens 15 minutes before);
--   * every person in those cohorts is a trainee with an account (load-person-N-K@load.example.org).
-- Every password is "pathways" (the demo's hash). Set based on ids: 1,000 registers of 60 take
-- seconds (docs/performance.md).
\set ON_ERROR_STOP on
begin;

-- Ids are taken from the tables' own sequences first, so that every row below joins on ids: no
-- text matching over every person (which took minutes at 1,000 registers).
create temporary table load_trainer as
select n, i.chapter_id, i.id as institution_id, nextval(pg_get_serial_sequence('cohort', 'id')) as cohort_id
from generate_series(1, :registers) as n
join (select id, chapter_id, (row_number() over (order by id)) - 1 as k from institution) i
  on i.k = n % (select count(*) from institution);

-- k = 0 is the trainer; 1 to :size the trainees of their cohort.
create temporary table load_people as
select t.n, k, t.chapter_id, t.institution_id, t.cohort_id, nextval(pg_get_serial_sequence('person', 'id')) as person_id
from load_trainer t cross join generate_series(0, :size) as k;

insert into person (id, full_name, email, chapter_id, institution_id)
select person_id,
       case when k = 0 then 'Load Trainer ' || n else 'Load Person ' || n || '-' || k end,
       case when k = 0 then 'load-trainer-' || n || '@load.example.org'
            else 'load-person-' || n || '-' || k || '@load.example.org' end,
       chapter_id, institution_id
from load_people;

insert into person_role (person_id, role)
select person_id, case when k = 0 then 'TRAINER' else 'TRAINEE' end from load_people;

insert into account (person_id, password_hash)
select person_id, '{bcrypt}$2a$10$I/NAk8f3n4dA7i4XTT/RsuLGvc6U9pnbw.c9DQwso2h/7HWXcYNx2' from load_people;

insert into cohort (id, course_id, chapter_id, name, starts_on, ends_on, capacity, status)
select t.cohort_id, (select min(id) from course), t.chapter_id, 'Load cohort ' || t.n, today - 7, today + 42, :size, 'RUNNING'
from load_trainer t, (select (now() at time zone 'Europe/London')::date as today) london;

insert into cohort_trainer (cohort_id, person_id)
select cohort_id, person_id from load_people where k = 0;

insert into enrolment (cohort_id, person_id, status, enrolled_at)
select cohort_id, person_id, 'ENROLLED', now() from load_people where k > 0;

insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
select cohort_id, gen_random_uuid() || '@load', now() + interval '10 minutes', now() + interval '3 hours', 'Load hall'
from load_trainer;

commit;
analyze person, person_role, account, cohort, cohort_trainer, enrolment, training_session;

-- What the load client needs: each trainer's register.
\o :out
copy (select p.email, s.id from load_trainer t
      join load_people l on l.n = t.n and l.k = 0
      join person p on p.id = l.person_id
      join training_session s on s.cohort_id = t.cohort_id
      order by t.n) to stdout csv;
\o
