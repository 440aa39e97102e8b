-- Load-test data, added to a database the app has migrated (with the demo data: chapters,
-- institutions, courses, tiers). psql -v registers=200 -v size=60 -v out=registers.csv -f seed.sql
--   * :registers trainers (load-trainer-N@load.example.org), each with a cohort of :size people and a
--     session starting in ten minutes, so its register is open now (it opens 15 minutes before);
--   * every person in those cohorts is a trainee with an account (load-person-N-K@load.example.org).
-- Every password is "pathways" (the demo's hash). Set based, so 200 registers take a second or two.
\set ON_ERROR_STOP on
begin;

create temporary table load_trainer as
select n, i.chapter_id, i.id as institution_id
from generate_series(1, :registers) as n
join (select id, chapter_id, (row_number() over (order by id)) - 1 as k from institution) i
  on i.k = n % (select count(*) from institution);

insert into person (full_name, email, chapter_id, institution_id)
select 'Load Trainer ' || n, 'load-trainer-' || n || '@load.example.org', chapter_id, institution_id from load_trainer
union all
select 'Load Person ' || n || '-' || k, 'load-person-' || n || '-' || k || '@load.example.org', chapter_id, institution_id
from load_trainer, generate_series(1, :size) as k;

insert into person_role (person_id, role)
select id, case when email like 'load-trainer-%' then 'TRAINER' else 'TRAINEE' end
from person where email like '%@load.example.org';

insert into account (person_id, password_hash)
select id, '{bcrypt}$2a$10$I/NAk8f3n4dA7i4XTT/RsuLGvc6U9pnbw.c9DQwso2h/7HWXcYNx2'
from person where email like '%@load.example.org';

insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
select (select min(id) from course), t.chapter_id, 'Load cohort ' || t.n, today - 7, today + 42, :size, 'RUNNING'
from load_trainer t, (select (now() at time zone 'Europe/London')::date as today) london;

insert into cohort_trainer (cohort_id, person_id)
select c.id, p.id from cohort c
join person p on p.email = 'load-trainer-' || substring(c.name from 'Load cohort (\d+)') || '@load.example.org'
where c.name like 'Load cohort %';

insert into enrolment (cohort_id, person_id, status, enrolled_at)
select c.id, p.id, 'ENROLLED', now() from cohort c
join person p on p.email like 'load-person-' || substring(c.name from 'Load cohort (\d+)') || '-%@load.example.org'
where c.name like 'Load cohort %';

insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
select id, gen_random_uuid() || '@load', now() + interval '10 minutes', now() + interval '3 hours', 'Load hall'
from cohort where name like 'Load cohort %';

commit;
analyze person, person_role, account, cohort, cohort_trainer, enrolment, training_session;

-- What the load client needs: each trainer's register.
\o :out
copy (select p.email, s.id from person p join cohort_trainer ct on ct.person_id = p.id
      join training_session s on s.cohort_id = ct.cohort_id
      where p.email like 'load-trainer-%' order by substring(p.email from '\d+')::int) to stdout csv;
\o
