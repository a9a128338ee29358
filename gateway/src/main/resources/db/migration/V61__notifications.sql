-- Staff told of steps that need them: one row per occurrence (a step becoming NEEDS_ATTENTION or FAILED, or
-- waiting for a person too long), so a redelivered event never tells anybody twice; sent grouped in one e-mail.
create table notification (
    id            bigserial primary key,
    onboarding_id varchar(200) not null,
    step          varchar(100) not null,
    -- NEEDS_ATTENTION, FAILED or WAITING_TOO_LONG
    kind          varchar(30)  not null,
    message       text,
    occurred_at   timestamptz  not null,
    sent_at       timestamptz,
    unique (onboarding_id, step, kind, occurred_at)
);
create index notification_unsent on notification (id) where sent_at is null;
