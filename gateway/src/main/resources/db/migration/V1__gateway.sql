-- Every onboarding the gateway started, with the raw envelope it came from (nothing is lost, even when unreadable).
create table onboarding (
    id            varchar(200) primary key,
    account_name  varchar(300),
    source        varchar(30)  not null,
    raw_envelope  text,
    envelope_fields text,
    terms         text,
    problems      text,
    terms_and_conditions_on_file boolean not null default false,
    contract_signed_at timestamptz,
    created_at    timestamptz  not null
);

-- The checklist: the last status of every step, projected from StepChanged.
create table onboarding_step (
    onboarding_id varchar(200) not null,
    step          varchar(100) not null,
    owner         varchar(100),
    status        varchar(30)  not null,
    attempt       integer      not null,
    message       text,
    updated_at    timestamptz  not null,
    primary key (onboarding_id, step)
);

-- The event timeline of each onboarding.
create table timeline_entry (
    id            bigserial primary key,
    event_id      varchar(200) unique,
    onboarding_id varchar(200) not null,
    event_type    varchar(100) not null,
    summary       text,
    at            timestamptz  not null
);
create index timeline_entry_onboarding on timeline_entry (onboarding_id, id);

-- Who did what through the staff API, and how it ended.
create table audit_entry (
    id            bigserial primary key,
    at            timestamptz  not null,
    actor         varchar(200) not null,
    action        varchar(100) not null,
    onboarding_id varchar(200),
    detail        text,
    result        varchar(300) not null
);
