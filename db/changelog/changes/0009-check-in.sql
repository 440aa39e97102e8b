--liquibase formatted sql

--changeset pathways:0009-check-in
-- Self check-in: a per-session secret from which the rotating six-digit code is derived
-- (RFC 6238), and failed attempts per person and session, for rate limiting.
create table check_in_secret (
    session_id bigint primary key references training_session (id),
    secret     varchar(64) not null,
    created_at timestamp with time zone not null
);
create table check_in_attempt (
    session_id      bigint  not null references training_session (id),
    person_id       bigint  not null references person (id),
    failures        integer not null default 0,
    last_failure_at timestamp with time zone,
    primary key (session_id, person_id),
    constraint ck_check_in_attempt_failures check (failures >= 0)
);
--rollback drop table check_in_attempt; drop table check_in_secret;
