--liquibase formatted sql

-- Credentials: an Open Badges 3.0 credential for every tier a person is granted (decision 0016).

--changeset pathways:0026-credential-keys
-- Every public key that ever signed a credential, so that a rotated key keeps earlier ones
-- verifiable. Private keys are never stored: they come from configuration, or live in memory.
create table credential_key (
    kid varchar(100) primary key,
    public_jwk text not null,
    created_at timestamptz not null
);
--rollback drop table credential_key;

--changeset pathways:0026-credentials
create sequence credential_status_index start with 1;
create table credential (
    id uuid primary key,
    -- Null once the person is erased: the credential reads "revoked" and names nobody.
    person_id bigint references person (id),
    tier_rank int not null,
    -- The tier as it was named when granted: a tier renamed later does not rename a credential.
    tier_name_en varchar(200) not null,
    tier_name_cy varchar(200) not null,
    issued_at timestamptz not null,
    status varchar(20) not null default 'ACTIVE',
    status_reason varchar(30),
    status_changed_at timestamptz,
    -- This credential's bit in the status lists (revocation and suspension).
    status_index int not null,
    -- The signed credential (VC-JWT); null once the person is erased.
    jwt text,
    version int not null default 0,
    constraint ck_credential_status check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    constraint uq_credential_status_index unique (status_index)
);
create index ix_credential_person on credential (person_id, tier_rank);
--rollback drop table credential; drop sequence credential_status_index;

--changeset pathways:0026-credential-live-per-tier
-- One live credential per person and tier: two nodes issuing at once cannot make two.
create unique index uq_credential_live on credential (person_id, tier_rank) where status <> 'REVOKED';
--rollback drop index uq_credential_live;
