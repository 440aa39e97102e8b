--liquibase formatted sql

--changeset pathways:0012-person-tier
-- A person's tier belongs to progression, in a table of its own (people no longer knows tiers).
-- A person without a row holds the entry tier; a row is written when a promotion changes it.
create table person_tier (
    person_id bigint primary key references person (id) on delete cascade,
    tier_id   bigint not null references tier (id),
    since     timestamp with time zone not null default now()
);
create index ix_person_tier_tier on person_tier (tier_id);
insert into person_tier (person_id, tier_id)
select p.id, p.tier_id from person p where p.tier_id <> (select id from tier order by rank limit 1);
alter table person drop column tier_id;
--rollback alter table person add column tier_id bigint references tier (id); update person p set tier_id = coalesce((select tier_id from person_tier t where t.person_id = p.id), (select id from tier order by rank limit 1)); alter table person alter column tier_id set not null; drop table person_tier;

--changeset pathways:0012-calendar-feed
-- The secret of a person's calendar feed belongs to the calendar module, in a table of its own.
create table calendar_feed (
    person_id  bigint primary key references person (id) on delete cascade,
    token      varchar(64) not null,
    created_at timestamp with time zone not null default now(),
    constraint uq_calendar_feed_token unique (token)
);
insert into calendar_feed (person_id, token) select id, calendar_token from person where calendar_token is not null;
alter table person drop column calendar_token;
--rollback alter table person add column calendar_token varchar(64); update person p set calendar_token = (select token from calendar_feed f where f.person_id = p.id); drop table calendar_feed;
