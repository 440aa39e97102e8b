--liquibase formatted sql

--changeset pathways:0024-tier-recognised-on-import
-- A tier a leader already held before Pathways, recorded by an administrator's chapter import:
-- the history says which file recognised it (a step decided by a promotion names its request).
alter table tier_history add column recognised_from varchar(255);
alter table tier_history add constraint ck_tier_history_source
    check (request_id is null or recognised_from is null);
-- The ladder's names, published by progression's tiers for other modules (an import matches them).
create view v_tier as
    select id, rank, name_en, name_cy from tier;
--rollback drop view v_tier; alter table tier_history drop constraint ck_tier_history_source; alter table tier_history drop column recognised_from;
