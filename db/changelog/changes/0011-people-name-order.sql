--liquibase formatted sql

--changeset pathways:0011-people-name-order
-- The people grid is ordered by name: its first pages come straight from this index. Release
-- 0.1.0 created it inside 0006-people-search, hence "if not exists".
create index if not exists ix_person_name_order on person (lower(full_name), id);
--rollback drop index ix_person_name_order;
