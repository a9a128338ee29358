-- What backup-setup-service keeps per onboarding: the contract it acts on and the backup ticket it made.
create table backup_onboarding (
    onboarding_id    varchar(200) primary key,
    company_id       bigint       not null,
    company_name     text         not null,
    contract_created text         not null,
    skipped          boolean      not null,
    ticket_id        bigint,
    technician_turn  bigint,
    advanced         boolean      not null default false,
    created_at       timestamptz  not null
);

-- One turn per onboarding for the round-robin technician rule (safe with several instances).
create sequence backup_technician_turn start with 0 minvalue 0;

-- The durable checklist watch of each backup ticket: when to check next; completed once (with its SetupCompleted).
create table checklist_watch (
    onboarding_id          varchar(200) primary key,
    ticket_id              bigint       not null,
    next_check_at          timestamptz  not null,
    check_interval_seconds bigint       not null,
    completed_at           timestamptz,
    service_start          date
);
create index checklist_watch_due on checklist_watch (next_check_at) where completed_at is null;

-- The onboarding's progress, one note per StepChanged event, written on the backup ticket once it exists.
create table progress_note (
    event_id      varchar(200) primary key,
    onboarding_id varchar(200) not null,
    title         text         not null,
    description   text         not null,
    received_at   timestamptz  not null,
    note_id       bigint
);
create index progress_note_unwritten on progress_note (onboarding_id, received_at) where note_id is null;
