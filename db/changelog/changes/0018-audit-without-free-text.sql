--liquibase formatted sql

--changeset pathways:0018-audit-without-free-text
-- The audit trail keeps ids and codes only. Until now reviewers' and approvers' comments (which name
-- the leader) and cancellation reasons were copied into details, where erasure did not reach them.
update audit_event set details = regexp_replace(details, ' — .*$', '')
where action in ('PRACTICE_CONFIRMED', 'PRACTICE_QUERIED', 'PROMOTION_APPROVAL_GIVEN', 'PROMOTION_APPROVED', 'PROMOTION_REFUSED');
update audit_event set details = '' where action = 'SESSION_CANCELLED';
--rollback select 1;
