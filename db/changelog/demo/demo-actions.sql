--liquibase formatted sql

--changeset pathways:demo-actions context:demo
-- TELCO's actions and assemblies (issue 18), dated from the day the demo is loaded:
-- - a living wage action forty days ago: four institutions pledged, people checked in at the door
--   (credited to their institution and, some, to the leader who brought them) and walk-ins were
--   counted; Ruth Ogunleye spoke, Winston Clarke negotiated and Patrick Flynn chaired, which
--   counts for their Senior Leader requirement;
-- - a delegates assembly last season that voted on "Autumn listening"'s issues: six institutions
--   answered the roll call, five voted;
-- - the spring assembly in three weeks, with pledges so far.
insert into organising_action (chapter_id, kind, title, purpose, place, starts_at, ends_at, campaign_id, quorum_percent,
    created_by, created_at)
select c.id, v.kind, v.title, v.purpose, v.place,
       ((london.today + v.days) + time '18:30') at time zone 'Europe/London',
       ((london.today + v.days) + time '20:30') at time zone 'Europe/London',
       (select id from listening_campaign where name = v.campaign and chapter_id = c.id),
       v.quorum, l.id, now() + ((v.days - 30) || ' days')::interval
from (values
    ('PUBLIC_ACTION', 'Living wage action at Westfield', 'Ask the shopping centre’s owners to pay the cleaners a living wage.',
     'Westfield Stratford City, E20', -40, null, null),
    ('DELEGATES_ASSEMBLY', 'TELCO delegates assembly', 'Choose the chapter’s priorities from the autumn listening.',
     'St Anne''s Parish Hall, 12 Romford Road, Stratford E15', -140, 'Autumn listening', 50),
    ('ASSEMBLY', 'TELCO spring assembly', 'Put the spring listening’s issues to the borough’s candidates.',
     'University of East London, Docklands Campus, E16', 21, null, null)
) as v (kind, title, purpose, place, days, campaign, quorum)
join chapter c on c.name = 'TELCO'
join person l on l.email = 'lead@demo.pathways'
cross join (select (now() at time zone 'Europe/London')::date as today) london;

insert into action_pledge (action_id, institution_id, pledged, updated_by, updated_at)
select a.id, i.id, p.pledged, l.id, a.starts_at - interval '7 days'
from (values
    ('Living wage action at Westfield', 'St Anne''s Parish, Stratford', 20),
    ('Living wage action at Westfield', 'Bow Community Mosque', 15),
    ('Living wage action at Westfield', 'Newham Sixth Form College', 10),
    ('Living wage action at Westfield', 'Unison East London Health Branch', 12),
    ('TELCO spring assembly', 'St Anne''s Parish, Stratford', 40),
    ('TELCO spring assembly', 'Bow Community Mosque', 30),
    ('TELCO spring assembly', 'Canning Town Food Bank', 15)
) as p (title, institution, pledged)
join organising_action a on a.title = p.title
join institution i on i.name = p.institution
join person l on l.email = 'lead@demo.pathways';

insert into action_leader_pledge (action_id, person_id, pledged, updated_by, updated_at)
select a.id, p.id, v.pledged, l.id, a.starts_at - interval '7 days'
from (values ('ruth.ogunleye@telco.demo.pathways', 8), ('yusuf.rahman@telco.demo.pathways', 6)) as v (email, pledged)
join organising_action a on a.title = 'Living wage action at Westfield'
join person p on p.email = v.email
join person l on l.email = 'lead@demo.pathways';

-- Who came: the TELCO year's people of those institutions checked in; Ruth brought her parish's,
-- Yusuf the mosque's.
insert into action_attendance (action_id, person_id, institution_id, brought_by, source, arrived_at, recorded_by)
select a.id, p.id, p.institution_id,
       case i.name when 'St Anne''s Parish, Stratford' then (select id from person where email = 'ruth.ogunleye@telco.demo.pathways')
                   when 'Bow Community Mosque' then (select id from person where email = 'yusuf.rahman@telco.demo.pathways') end,
       'CHECK_IN', a.starts_at - interval '10 minutes', p.id
from organising_action a
join person p on p.email like '%@telco.demo.pathways'
join institution i on i.id = p.institution_id
where a.title = 'Living wage action at Westfield'
  and i.name in ('St Anne''s Parish, Stratford', 'Bow Community Mosque', 'Newham Sixth Form College',
                 'Unison East London Health Branch')
  and p.email not in ('ruth.ogunleye@telco.demo.pathways', 'yusuf.rahman@telco.demo.pathways');

insert into action_attendance (action_id, institution_id, brought_by, source, arrived_at, recorded_by)
select a.id, i.id, case when n <= w.brought then b.id end, 'WALK_IN', a.starts_at, l.id
from (values ('St Anne''s Parish, Stratford', 14, 'ruth.ogunleye@telco.demo.pathways', 6),
             ('Bow Community Mosque', 11, 'yusuf.rahman@telco.demo.pathways', 4),
             ('Unison East London Health Branch', 9, null, 0),
             ('Newham Sixth Form College', 4, null, 0)) as w (institution, people, leader, brought)
join organising_action a on a.title = 'Living wage action at Westfield'
join institution i on i.name = w.institution
left join person b on b.email = w.leader
join person l on l.email = 'lead@demo.pathways'
cross join generate_series(1, 14) as n
where n <= w.people;

insert into action_role (action_id, person_id, role, recorded_by, recorded_at)
select a.id, p.id, v.role, l.id, a.ends_at
from (values ('ruth.ogunleye@telco.demo.pathways', 'SPEAKER'), ('winston.clarke@telco.demo.pathways', 'NEGOTIATOR'),
             ('patrick.flynn@telco.demo.pathways', 'CHAIR')) as v (email, role)
join organising_action a on a.title = 'Living wage action at Westfield'
join person p on p.email = v.email
join person l on l.email = 'lead@demo.pathways';

-- The delegates assembly: six institutions present, five voted on the autumn issues.
insert into action_roll_call (action_id, institution_id, recorded_by, recorded_at)
select a.id, i.id, l.id, a.starts_at
from organising_action a
join institution i on i.chapter_id = a.chapter_id and i.name in ('St Anne''s Parish, Stratford', 'Bow Community Mosque',
     'Newham Sixth Form College', 'Unison East London Health Branch', 'Canning Town Food Bank',
     'University of East London Students')
join person l on l.email = 'lead@demo.pathways'
where a.title = 'TELCO delegates assembly';

insert into action_vote (action_id, institution_id, tag_id, recorded_by, recorded_at)
select a.id, i.id, t.id, l.id, a.starts_at + interval '1 hour'
from (values ('St Anne''s Parish, Stratford', 'Housing'), ('Bow Community Mosque', 'Housing'),
             ('Newham Sixth Form College', 'Youth provision'), ('Unison East London Health Branch', 'Wages'),
             ('Canning Town Food Bank', 'Housing')) as v (institution, issue)
join organising_action a on a.title = 'TELCO delegates assembly'
join institution i on i.name = v.institution and i.chapter_id = a.chapter_id
join listening_tag t on t.campaign_id = a.campaign_id and t.label = v.issue
join person l on l.email = 'lead@demo.pathways';
--rollback create temporary table demo_actions on commit drop as select id from organising_action where title in ('Living wage action at Westfield', 'TELCO delegates assembly', 'TELCO spring assembly'); delete from action_vote where action_id in (select id from demo_actions); delete from action_roll_call where action_id in (select id from demo_actions); delete from action_role where action_id in (select id from demo_actions); delete from action_attendance where action_id in (select id from demo_actions); delete from action_leader_pledge where action_id in (select id from demo_actions); delete from action_pledge where action_id in (select id from demo_actions); delete from organising_action where id in (select id from demo_actions);
