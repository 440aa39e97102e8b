--liquibase formatted sql

--changeset pathways:demo-people-telco context:demo
-- Leaders of TELCO without logins, so that cohorts and registers look like real ones.
insert into person (full_name, email, phone, chapter_id, institution_id, tier_id)
select p.full_name, p.email, null, c.id, i.id, t.id
from (values
    ('Abena Mensah', 'abena.mensah@demo.pathways', 'St Anne''s Parish, Stratford'),
    ('Ben Okoro', 'ben.okoro@demo.pathways', 'Bow Community Mosque'),
    ('Chloe Davies', 'chloe.davies@demo.pathways', 'Newham Sixth Form College'),
    ('Dev Sharma', 'dev.sharma@demo.pathways', 'Unison East London Health Branch'),
    ('Esther Adebayo', 'esther.adebayo@demo.pathways', 'Canning Town Food Bank'),
    ('Farid Hussain', 'farid.hussain@demo.pathways', 'Bow Community Mosque'),
    ('Grace Kelly', 'grace.kelly@demo.pathways', 'St Anne''s Parish, Stratford'),
    ('Hannah Cohen', 'hannah.cohen@demo.pathways', 'University of East London Students'),
    ('Ibrahim Diallo', 'ibrahim.diallo@demo.pathways', 'Unison East London Health Branch'),
    ('Jade Thompson', 'jade.thompson@demo.pathways', 'Newham Sixth Form College'),
    ('Kwame Asante', 'kwame.asante@demo.pathways', 'Canning Town Food Bank'),
    ('Laura Nowak', 'laura.nowak@demo.pathways', 'University of East London Students')
) as p (full_name, email, institution_name)
join chapter c on c.name = 'TELCO'
join institution i on i.name = p.institution_name and i.chapter_id = c.id
join tier t on t.rank = 0;

insert into person_role (person_id, role)
select id, 'TRAINEE' from person where email like '%@demo.pathways' and id not in (select person_id from person_role);

--changeset pathways:demo-cohort-telco context:demo
-- A running Community Leadership Training cohort with weekly sessions around the day the demo
-- data was loaded (London's date, not the server's): one last week, one today, six to come.
-- Times are London wall-clock times.
insert into cohort (course_id, chapter_id, name, starts_on, ends_on, capacity, status)
select co.id, c.id, 'TELCO evening cohort', london.today - 7, london.today + 49, 20, 'RUNNING'
from course co, chapter c, (select (now() at time zone 'Europe/London')::date as today) london
where co.code = 'CLT-2' and c.name = 'TELCO';

insert into cohort_trainer (cohort_id, person_id)
select ch.id, p.id from cohort ch, person p where ch.name = 'TELCO evening cohort' and p.email = 'trainer@demo.pathways';

insert into training_session (cohort_id, uid, starts_at, ends_at, venue)
select ch.id, gen_random_uuid() || '@pathways',
       ((london.today + (week - 1) * 7) + time '18:30') at time zone 'Europe/London',
       ((london.today + (week - 1) * 7) + time '20:30') at time zone 'Europe/London',
       'St Anne''s Parish Hall, 12 Romford Road, Stratford E15'
from cohort ch, generate_series(0, 7) as week, (select (now() at time zone 'Europe/London')::date as today) london
where ch.name = 'TELCO evening cohort';

insert into enrolment (cohort_id, person_id, enrolled_at)
select ch.id, p.id, now()
from cohort ch, person p
where ch.name = 'TELCO evening cohort'
  and p.email in ('trainee@demo.pathways', 'abena.mensah@demo.pathways', 'ben.okoro@demo.pathways',
                  'chloe.davies@demo.pathways', 'dev.sharma@demo.pathways', 'esther.adebayo@demo.pathways',
                  'farid.hussain@demo.pathways', 'grace.kelly@demo.pathways', 'hannah.cohen@demo.pathways');

--changeset pathways:demo-attendance-last-week context:demo
-- Last week's register, marked by the demo trainer: most present, one late, one apologies, one absent.
insert into attendance_mark (session_id, person_id, status, remark, source, marked_by, marked_at)
select s.id, p.id,
       case p.email when 'esther.adebayo@demo.pathways' then 'APOLOGIES'
                    when 'ben.okoro@demo.pathways' then 'ABSENT'
                    when 'farid.hussain@demo.pathways' then 'LATE'
                    else 'PRESENT' end,
       case p.email when 'esther.adebayo@demo.pathways' then 'Working a late shift' end,
       'REGISTER', t.id, s.ends_at
from training_session s
join cohort c on c.id = s.cohort_id and c.name = 'TELCO evening cohort'
join enrolment e on e.cohort_id = c.id
join person p on p.id = e.person_id
join person t on t.email = 'trainer@demo.pathways'
where s.starts_at = (select min(starts_at) from training_session where cohort_id = c.id);

insert into attendance_change (session_id, person_id, from_status, to_status, remark, changed_by, changed_at)
select session_id, person_id, null, status, remark, marked_by, marked_at from attendance_mark;
