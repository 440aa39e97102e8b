--liquibase formatted sql

--changeset pathways:demo-tier-standing context:demo
-- Tiers kept by practice, shown at any hour (issue 18). The keep-up rule has been in place for
-- two years, so the TELCO year's leaders stand by their practice: the three without confirmed
-- practice since about half a year read "renewal due". The demo trainer, lead and administrator
-- keep their standing with two recent one-to-ones each. Dennis Whitmore, a Trained Leader
-- whose last practice is over a year old, has lapsed. The standing itself is worked out when the
-- app starts (the standing job), from these facts and today's date.
update tier set keep_since = now() - interval '2 years' where keep_count is not null;

insert into person (full_name, email, chapter_id, institution_id)
select 'Dennis Whitmore', 'dennis.whitmore@telco.demo.pathways', c.id, i.id
from chapter c join institution i on i.chapter_id = c.id and i.name = 'Forest Gate Methodist Church'
where c.name = 'TELCO';

insert into person_role (person_id, role)
select id, 'TRAINEE' from person where email = 'dennis.whitmore@telco.demo.pathways';

insert into person_tier (person_id, tier_id, since)
select p.id, t.id, now() - interval '800 days'
from person p join tier t on t.rank = 1 where p.email = 'dennis.whitmore@telco.demo.pathways';

insert into tier_history (person_id, tier_id, since)
select person_id, tier_id, since from person_tier
where person_id = (select id from person where email = 'dennis.whitmore@telco.demo.pathways');

insert into practice_entry (person_id, kind, occurred_on, counterpart_institution_id, status, reviewed_by, reviewed_at, created_at)
select p.id, 'ONE_TO_ONE', london.today - d.days, i.id, 'CONFIRMED', t.id,
       ((london.today - d.days + 2) + time '10:00') at time zone 'Europe/London',
       ((london.today - d.days) + time '21:00') at time zone 'Europe/London'
from (values ('dennis.whitmore@telco.demo.pathways', 400), ('dennis.whitmore@telco.demo.pathways', 430),
             ('trainer@demo.pathways', 12), ('trainer@demo.pathways', 40),
             ('lead@demo.pathways', 20), ('lead@demo.pathways', 55),
             ('admin@demo.pathways', 15), ('admin@demo.pathways', 70)) as d (email, days)
join person p on p.email = d.email
join person t on t.email = case when d.email = 'trainer@demo.pathways' then 'lead@demo.pathways' else 'trainer@demo.pathways' end
join institution i on i.name = 'Canning Town Food Bank'
cross join (select (now() at time zone 'Europe/London')::date as today) london;

-- Dennis was on the winter course with the demo trainer: the trainer hears that he has lapsed.
insert into enrolment (cohort_id, person_id, status, enrolled_at)
select ch.id, p.id, 'COMPLETED', ch.starts_on - 20
from cohort ch, person p
where ch.name = 'TELCO winter cohort' and p.email = 'dennis.whitmore@telco.demo.pathways';

insert into attendance_mark (session_id, person_id, status, source, marked_by, marked_at)
select s.id, p.id, 'PRESENT', 'REGISTER', t.id, s.ends_at
from training_session s
join cohort c on c.id = s.cohort_id and c.name = 'TELCO winter cohort'
join person p on p.email = 'dennis.whitmore@telco.demo.pathways'
join person t on t.email = 'trainer@demo.pathways';

insert into attendance_change (session_id, person_id, from_status, to_status, changed_by, changed_at)
select m.session_id, m.person_id, null, m.status, m.marked_by, m.marked_at
from attendance_mark m join person p on p.id = m.person_id and p.email = 'dennis.whitmore@telco.demo.pathways';
--rollback delete from attendance_change where person_id = (select id from person where email = 'dennis.whitmore@telco.demo.pathways'); delete from attendance_mark where person_id = (select id from person where email = 'dennis.whitmore@telco.demo.pathways'); delete from enrolment where person_id = (select id from person where email = 'dennis.whitmore@telco.demo.pathways'); delete from practice_entry where person_id in (select id from person where email in ('dennis.whitmore@telco.demo.pathways')); delete from tier_history where person_id = (select id from person where email = 'dennis.whitmore@telco.demo.pathways'); delete from person_tier where person_id = (select id from person where email = 'dennis.whitmore@telco.demo.pathways'); delete from person_role where person_id = (select id from person where email = 'dennis.whitmore@telco.demo.pathways'); delete from person where email = 'dennis.whitmore@telco.demo.pathways';
