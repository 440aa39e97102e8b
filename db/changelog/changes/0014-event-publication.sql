--liquibase formatted sql

--changeset pathways:0014-event-publication
-- Spring Modulith's event publication registry (schema v2): every event bound for a listener that
-- runs after the commit is written here in the publishing transaction and marked complete once the
-- listener succeeded, so a failed or interrupted listener is retried (on restart) instead of lost.
create table event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
--rollback drop table event_publication;
