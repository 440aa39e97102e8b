--liquibase formatted sql

--changeset pathways:0017-audit-browser
-- Administrators browse the audit trail newest first, optionally by action.
create index ix_audit_event_occurred on audit_event (occurred_at desc, id desc);
create index ix_audit_event_action on audit_event (action, occurred_at desc);
--rollback drop index ix_audit_event_action; drop index ix_audit_event_occurred;
