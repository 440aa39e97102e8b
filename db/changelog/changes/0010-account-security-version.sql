--liquibase formatted sql

--changeset pathways:0010-account-security-version
-- Raised whenever what a signed-in session trusts about a person changes (roles, chapter, active
-- flag, password): every request compares it with the session's copy, so open sessions follow the
-- account at their next request instead of for the rest of their eight hours.
alter table account add column security_version bigint not null default 0;
--rollback alter table account drop column security_version;
