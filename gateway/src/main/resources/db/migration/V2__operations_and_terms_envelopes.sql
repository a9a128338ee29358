-- Dead letters an operator replayed (each at most once).
create table dead_letter_replay (
    id             varchar(400) primary key,
    original_topic varchar(300) not null,
    event_id       varchar(200),
    replayed_by    varchar(200) not null,
    replayed_at    timestamptz  not null
);

-- Customers whose signed general consulting T&C agreement is on file (besides gateway.terms-and-conditions.on-file).
create table terms_on_file (
    account_key  varchar(300) primary key,
    account_name varchar(300) not null,
    source       varchar(30)  not null,
    envelope_id  varchar(100),
    recorded_at  timestamptz  not null
);

-- The T&C envelope sent through DocuSign for an onboarding whose customer had none on file.
create table terms_envelope (
    onboarding_id   varchar(200) primary key,
    account_name    varchar(300) not null,
    signer_name     varchar(300),
    signer_email    varchar(300),
    envelope_id     varchar(100) unique,
    status          varchar(20)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    completed_at    timestamptz
);
create index terms_envelope_to_send on terms_envelope (status, next_attempt_at);
