--liquibase formatted sql

--changeset pathways:demo-mentoring context:demo
-- Mentoring pairs in TELCO, dated from the day the demo is loaded (issue 18):
-- - the demo lead mentors the demo trainee: one meeting confirmed, and one the trainee logged five
--   days ago that waits for the lead to confirm it;
-- - Winston Clarke (Core Team Leader) mentors two Trained Leaders, Aisha Begum and Helen Marsh,
--   with confirmed meetings: his Senior Leader requirement "mentors two Trained Leaders" is met;
-- - Patrick Flynn mentors Teresa Lynch and nothing has been confirmed for five months: overdue;
-- - Ruth Ogunleye's mentoring of Joseph Mwangi completed last season.
insert into mentoring_pair (chapter_id, mentor_id, mentee_id, started_on, ended_on, outcome, paired_by, created_at)
select c.id, m.id, e.id, london.today - d.started, case when d.ended is null then null else london.today - d.ended end,
       d.outcome, t.id, now() - (d.started || ' days')::interval
from (values
    ('lead@demo.pathways', 'trainee@demo.pathways', 60, null, null),
    ('winston.clarke@telco.demo.pathways', 'aisha.begum@telco.demo.pathways', 200, null, null),
    ('winston.clarke@telco.demo.pathways', 'helen.marsh@telco.demo.pathways', 180, null, null),
    ('patrick.flynn@telco.demo.pathways', 'teresa.lynch@telco.demo.pathways', 150, null, null),
    ('ruth.ogunleye@telco.demo.pathways', 'joseph.mwangi@telco.demo.pathways', 400, 100, 'COMPLETED')
) as d (mentor, mentee, started, ended, outcome)
join person m on m.email = d.mentor
join person e on e.email = d.mentee
join chapter c on c.name = 'TELCO'
join person t on t.email = 'trainer@demo.pathways'
cross join (select (now() at time zone 'Europe/London')::date as today) london;

insert into mentoring_meeting (pair_id, met_on, minutes, logged_by, logged_at, confirmed_by, confirmed_at)
select pr.id, london.today - d.days, d.minutes,
       case when d.by_mentor then pr.mentor_id else pr.mentee_id end,
       now() - (d.days || ' days')::interval,
       case when d.confirmed then (case when d.by_mentor then pr.mentee_id else pr.mentor_id end) end,
       case when d.confirmed then now() - ((d.days - 1) || ' days')::interval end
from (values
    ('lead@demo.pathways', 40, 60, true, true),
    ('lead@demo.pathways', 5, 45, false, false),
    ('aisha.begum@telco.demo.pathways', 170, 60, true, true),
    ('aisha.begum@telco.demo.pathways', 90, 60, false, true),
    ('aisha.begum@telco.demo.pathways', 20, 75, true, true),
    ('helen.marsh@telco.demo.pathways', 150, 45, true, true),
    ('helen.marsh@telco.demo.pathways', 60, 60, false, true),
    ('joseph.mwangi@telco.demo.pathways', 350, 60, true, true),
    ('joseph.mwangi@telco.demo.pathways', 250, 60, true, true),
    ('joseph.mwangi@telco.demo.pathways', 120, 90, false, true)
) as d (who, days, minutes, by_mentor, confirmed)
join person w on w.email = d.who
join mentoring_pair pr on (pr.mentor_id = w.id and d.who = 'lead@demo.pathways') or pr.mentee_id = w.id
cross join (select (now() at time zone 'Europe/London')::date as today) london;
--rollback delete from mentoring_meeting where pair_id in (select pr.id from mentoring_pair pr join person m on m.id = pr.mentor_id where m.email like '%demo.pathways'); delete from mentoring_pair where mentor_id in (select id from person where email like '%demo.pathways');
