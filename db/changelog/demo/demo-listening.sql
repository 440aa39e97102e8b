--liquibase formatted sql

--changeset pathways:demo-listening context:demo
-- Listening in TELCO (issue 18), dated from the day the demo is loaded: "Spring listening" runs
-- from ten days ago for five more weeks, with targets and five issue tags, and forty-two logs from
-- six leaders of five institutions; the demo trainee can log into it at any hour. "Autumn
-- listening" ended last season, with its tally.
insert into listening_campaign (chapter_id, name, starts_on, ends_on, target_per_leader, target_per_institution,
    opened_by, created_at)
select c.id, v.name, london.today + v.starts, london.today + v.ends, v.leader, v.institution, l.id,
       now() + (v.starts || ' days')::interval
from (values ('Spring listening', -10, 35, 20, 100), ('Autumn listening', -200, -150, 15, 60))
     as v (name, starts, ends, leader, institution)
join chapter c on c.name = 'TELCO'
join person l on l.email = 'lead@demo.pathways'
cross join (select (now() at time zone 'Europe/London')::date as today) london;

insert into listening_tag (campaign_id, position, label)
select c.id, t.position, t.label
from listening_campaign c
cross join (values (1, 'Housing'), (2, 'Wages'), (3, 'Youth provision'), (4, 'Safety'), (5, 'Transport'))
     as t (position, label)
where c.name in ('Spring listening', 'Autumn listening');

insert into listening_log (campaign_id, person_id, institution_id, kind, occurred_on, people, created_at)
select c.id, p.id, p.institution_id, case when n % 7 = 0 then 'HOUSE_MEETING' else 'CONVERSATION' end,
       greatest(c.starts_on, least(c.ends_on, london.today)) - (n % 9),
       case when n % 7 = 0 then 6 + n % 5 else 1 end, now()
from listening_campaign c
join (values ('ruth.ogunleye@telco.demo.pathways'), ('patrick.flynn@telco.demo.pathways'),
             ('yusuf.rahman@telco.demo.pathways'), ('aisha.begum@telco.demo.pathways'),
             ('winston.clarke@telco.demo.pathways'), ('oliver.grant@telco.demo.pathways')) as w (email) on true
join person p on p.email = w.email
cross join generate_series(1, 7) as n
cross join (select (now() at time zone 'Europe/London')::date as today) london
where c.name in ('Spring listening', 'Autumn listening');

-- Each log raised one or two issues: the first three in turn, and safety or transport now and then.
insert into listening_log_tag (log_id, tag_id)
select l.id, t.id
from listening_log l
join listening_tag t on t.campaign_id = l.campaign_id
where t.position = 1 + (l.id % 3) or (l.id % 4 = 0 and t.position = 4 + (l.id % 2));
--rollback delete from listening_log_tag where log_id in (select l.id from listening_log l join listening_campaign c on c.id = l.campaign_id where c.name in ('Spring listening', 'Autumn listening')); delete from listening_log where campaign_id in (select id from listening_campaign where name in ('Spring listening', 'Autumn listening')); delete from listening_tag where campaign_id in (select id from listening_campaign where name in ('Spring listening', 'Autumn listening')); delete from listening_campaign where name in ('Spring listening', 'Autumn listening');
