--liquibase formatted sql

--changeset pathways:0019-login-throttle
-- The per-address login limit's token buckets (Bucket4j's PostgreSQL store), owned by security:
-- on several nodes every node reads and writes the same bucket, under a row lock. A row expires
-- (expires_at, epoch milliseconds) once its bucket would be full again; the retention job removes
-- expired rows.
create table login_throttle (
    id         varchar(64) primary key,
    state      bytea,
    expires_at bigint
);
create index ix_login_throttle_expires_at on login_throttle (expires_at);
--rollback drop table login_throttle;
