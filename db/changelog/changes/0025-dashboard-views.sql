--liquibase formatted sql

-- Facts that the chapter dashboard and the audit trail count, published by their owners: never
-- the content of practice, a private note, a reviewer's comment or a request's reason.

--changeset pathways:0025-practice-fact-view
create view v_practice_fact as
    select id, person_id, kind, occurred_on, status, created_at, reviewed_at from practice_entry;
--rollback drop view v_practice_fact;

--changeset pathways:0025-attendance-mark-view
create view v_attendance_mark as
    select session_id, person_id, status from attendance_mark;
--rollback drop view v_attendance_mark;

--changeset pathways:0025-promotion-request-view
create view v_promotion_request as
    select r.id, r.person_id, r.from_tier_id, r.to_tier_id, r.nominated_by, r.approvals_needed, r.status,
           r.requested_at, r.decided_at,
           (select count(*) from promotion_approval a where a.request_id = r.id) as approvals_given
    from promotion_request r;
--rollback drop view v_promotion_request;

--changeset pathways:0025-tier-history-view
create view v_tier_history as
    select person_id, tier_id, since, request_id, recognised_from is not null as recognised
    from tier_history;
--rollback drop view v_tier_history;

--changeset pathways:0025-person-tier-by-chapter
-- The same view with the person's chapter and whether they are active, so that a chapter's count
-- reads that chapter's people through its index instead of every person in the country.
create or replace view v_person_tier as
    select p.id as person_id, t.id as tier_id, t.rank, t.name_en, t.name_cy, pt.since, p.chapter_id, p.active
    from v_person p
    left join person_tier pt on pt.person_id = p.id
    join tier t on t.id = coalesce(pt.tier_id, (select e.id from tier e order by e.rank limit 1));
--rollback create or replace view v_person_tier as select p.id as person_id, t.id as tier_id, t.rank, t.name_en, t.name_cy, pt.since from v_person p left join person_tier pt on pt.person_id = p.id join tier t on t.id = coalesce(pt.tier_id, (select e.id from tier e order by e.rank limit 1));

--changeset pathways:0025-dashboard-indexes
-- The dashboard's month-by-month counts: confirmed practice by day, sessions by start.
create index ix_practice_entry_confirmed on practice_entry (occurred_on, person_id) where status = 'CONFIRMED';
create index ix_tier_history_since on tier_history (since);
--rollback drop index ix_tier_history_since; drop index ix_practice_entry_confirmed;

--changeset pathways:0025-audit-actor-index
-- "Everything about a person" reads what they did as well as what was done to their records.
create index ix_audit_event_actor on audit_event (actor_id, occurred_at desc);
--rollback drop index ix_audit_event_actor;
