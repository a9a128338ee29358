-- The messaging base shared by every service (module messaging). Service migrations start at V1.

-- Outgoing events, written in the same transaction as the state change; OutboxRelay publishes them in id order.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    event_type    varchar(200) not null,
    onboarding_id varchar(200) not null,
    payload       text         not null,
    occurred_at   timestamptz  not null,
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Every consumed event id, written in the same transaction as its effect: a redelivery does nothing.
create table inbox_event (
    event_id    varchar(200) not null,
    consumer    varchar(200) not null,
    event_type  varchar(200) not null,
    received_at timestamptz  not null,
    primary key (event_id, consumer)
);

-- Where each step of each onboarding stands in this service (the gateway shows it from the StepChanged events).
create table step_state (
    onboarding_id varchar(200) not null,
    step          varchar(100) not null,
    status        varchar(30)  not null,
    attempts      integer      not null default 0,
    message       text,
    updated_at    timestamptz  not null,
    primary key (onboarding_id, step)
);
