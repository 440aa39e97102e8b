--liquibase formatted sql

--changeset pathways:demo-assembly-now runAlways:true context:demo-live
-- Whenever the demo starts, an assembly's doors are open: "TELCO assembly tonight" starts half an
-- hour after the app starts (check-in opens two hours before the start), so a newcomer can show
-- the code and check in from a phone at any hour. Three institutions have pledged. Moved forward
-- at each start only once it has ended, so what was recorded at it stays with it. Not run by the
-- tests (context demo-live), whose clock must not depend on the hour.
-- Earlier starts' assemblies that ended with nobody recorded at them go, so restarts do not pile them up.
create temporary table untouched_assembly on commit drop as
select a.id from organising_action a
where a.title = 'TELCO assembly tonight' and a.ends_at < now()
  and not exists (select 1 from action_attendance t where t.action_id = a.id)
  and not exists (select 1 from action_role r where r.action_id = a.id);
delete from action_check_in_attempt where action_id in (select id from untouched_assembly);
delete from action_check_in_secret where action_id in (select id from untouched_assembly);
delete from action_leader_pledge where action_id in (select id from untouched_assembly);
delete from action_pledge where action_id in (select id from untouched_assembly);
delete from organising_action where id in (select id from untouched_assembly);

insert into organising_action (chapter_id, kind, title, purpose, place, starts_at, ends_at, created_by, created_at)
select c.id, 'ASSEMBLY', 'TELCO assembly tonight', 'Hear the spring listening’s first findings and pledge for the spring assembly.',
       'St Anne''s Parish Hall, 12 Romford Road, Stratford E15', now() + interval '30 minutes', now() + interval '3 hours',
       l.id, now()
from chapter c, person l
where c.name = 'TELCO' and l.email = 'lead@demo.pathways'
  and not exists (select 1 from organising_action where title = 'TELCO assembly tonight' and ends_at > now());

insert into action_pledge (action_id, institution_id, pledged, updated_by, updated_at)
select a.id, i.id, p.pledged, l.id, now()
from (values ('St Anne''s Parish, Stratford', 25), ('Bow Community Mosque', 20), ('Newham Sixth Form College', 10))
     as p (institution, pledged)
join organising_action a on a.title = 'TELCO assembly tonight' and a.ends_at > now()
join institution i on i.name = p.institution
join person l on l.email = 'lead@demo.pathways'
on conflict (action_id, institution_id) do nothing;
--rollback select 1;
