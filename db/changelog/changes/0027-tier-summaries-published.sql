--liquibase formatted sql

--changeset pathways:0027-tier-view-summaries
-- The ladder's summaries of each tier's requirements, in both languages: a credential states
-- them as its criteria.
create or replace view v_tier as
    select id, rank, name_en, name_cy, summary_en, summary_cy from tier;
--rollback drop view v_tier; create view v_tier as select id, rank, name_en, name_cy from tier;
