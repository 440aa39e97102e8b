--liquibase formatted sql

--changeset pathways:0020-person-tier-view
-- The one reading of a person's tier, published by progression's tiers: the tier recorded for
-- them, or the entry tier (the lowest rank) when none is, with the day it was reached (null at
-- the entry tier). Every screen, export and count reads a person's tier here.
create view v_person_tier as
    select p.id as person_id, t.id as tier_id, t.rank, t.name_en, t.name_cy, pt.since
    from v_person p
    left join person_tier pt on pt.person_id = p.id
    join tier t on t.id = coalesce(pt.tier_id, (select e.id from tier e order by e.rank limit 1));
--rollback drop view v_person_tier;
