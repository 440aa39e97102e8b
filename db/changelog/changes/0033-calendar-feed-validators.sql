--liquibase formatted sql

-- Calendar apps poll a feed every few minutes (issue 20, item 5). What the feed last said is kept
-- as a digest of its content, with the time that content was first served, so a poll whose copy is
-- current is answered 304 Not Modified (ETag, Last-Modified) without writing the calendar again.
-- Kept by the calendar module in its own table: no other module's table carries a change time.

--changeset pathways:0033-calendar-feed-validators
alter table calendar_feed add column content_digest varchar(64);
alter table calendar_feed add column content_changed_at timestamp with time zone;
--rollback alter table calendar_feed drop column content_changed_at; alter table calendar_feed drop column content_digest;
