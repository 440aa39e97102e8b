--liquibase formatted sql

--changeset pathways:demo-accredited-route context:demo
-- An accredited route with three buckets of hours, and two TELCO leaders on it (issue 19):
-- the demo trainee, whose Learning bucket has filled itself from the registers of the spring and
-- evening cohorts and waits for the trainer's sign-off; and Ruth Ogunleye, a year into the route,
-- whose one-to-ones and research actions (now with their times) filled Research, signed off by
-- the demo trainer. Dates are relative to the day the demo is loaded (London).
insert into accredited_route (name_en, name_cy, awarding_body, min_months, max_months)
values ('Foundation Award in Community Organising', 'Dyfarniad Sylfaen mewn Trefnu Cymunedol',
        'Community Organising Awards Board (demo)', 6, 24);

insert into route_bucket (route_id, position, name_en, name_cy, hours, counts_training, practice_kinds)
select r.id, b.position, b.name_en, b.name_cy, b.hours, b.training, cast(b.kinds as varchar(20)[])
from accredited_route r
cross join (values
    (1, 'Learning', 'Dysgu', 12, true, '{}'),
    (2, 'Research', 'Ymchwil', 25, false, '{ONE_TO_ONE,RESEARCH_ACTION}'),
    (3, 'Action', 'Gweithredu', 50, false, '{HOUSE_MEETING,PUBLIC_ACTION,TRAINING_DELIVERED}')
) as b (position, name_en, name_cy, hours, training, kinds)
where r.name_en = 'Foundation Award in Community Organising';

insert into route_portfolio (route_id, person_id, joined_on)
select r.id, p.id, london.today - j.days
from accredited_route r
cross join (values ('trainee@demo.pathways', 130), ('ruth.ogunleye@telco.demo.pathways', 300)) as j (email, days)
join person p on p.email = j.email
cross join (select (now() at time zone 'Europe/London')::date as today) london
where r.name_en = 'Foundation Award in Community Organising';

-- Ruth's confirmed practice of the last ten months, with the time each took.
update practice_entry e set duration_minutes = case e.kind when 'ONE_TO_ONE' then 45
                                                           when 'HOUSE_MEETING' then 90
                                                           when 'RESEARCH_ACTION' then 180 end
from person p
where p.id = e.person_id and p.email = 'ruth.ogunleye@telco.demo.pathways'
  and e.status = 'CONFIRMED' and e.kind in ('ONE_TO_ONE', 'HOUSE_MEETING', 'RESEARCH_ACTION')
  and e.occurred_on >= (now() at time zone 'Europe/London')::date - 300;

-- Research is full: the demo trainer signed it off a week ago, with the minutes counted then.
insert into route_signoff (portfolio_id, bucket_id, signed_by, signed_at, minutes)
select pf.id, b.id, t.id, now() - interval '7 days',
       (select sum(e.duration_minutes) from practice_entry e
        where e.person_id = pf.person_id and e.status = 'CONFIRMED' and e.duration_minutes is not null
          and e.kind in ('ONE_TO_ONE', 'RESEARCH_ACTION')
          and e.occurred_on between pf.joined_on and (now() at time zone 'Europe/London')::date - 7)
from route_portfolio pf
join person p on p.id = pf.person_id and p.email = 'ruth.ogunleye@telco.demo.pathways'
join route_bucket b on b.route_id = pf.route_id and b.name_en = 'Research'
join person t on t.email = 'trainer@demo.pathways';

insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
select now() - interval '7 days', t.id, 'ROUTE_BUCKET_SIGNED_OFF', 'person', p.id, 'portfolio ' || pf.id || ', bucket ' || b.id
from route_portfolio pf
join person p on p.id = pf.person_id and p.email = 'ruth.ogunleye@telco.demo.pathways'
join route_bucket b on b.route_id = pf.route_id and b.name_en = 'Research'
join person t on t.email = 'trainer@demo.pathways';
--rollback delete from audit_event where action = 'ROUTE_BUCKET_SIGNED_OFF'; update practice_entry set duration_minutes = null; delete from route_signoff; delete from route_portfolio; delete from route_bucket; delete from accredited_route;
