-- One row per onboarding this service works on: the signed terms and the Autotask contract they led to.
create table contract_onboarding (
    onboarding_id  varchar(200) primary key,
    terms          text         not null,
    company_id     bigint,
    company_name   varchar(300),
    contract_id    bigint,
    contract_name  varchar(300),
    contract_end   date,
    reused         boolean,
    announced_at   timestamptz,
    created_at     timestamptz  not null
);

-- SetupCompleted per service kind: when the service actually began, and whether it is on the contract.
create table service_setup (
    onboarding_id  varchar(200) not null,
    service_kind   varchar(20)  not null,
    service_start  date         not null,
    confirmed_by   varchar(200),
    on_contract    boolean      not null default false,
    primary key (onboarding_id, service_kind)
);

-- The durable go-live timer: fired once (fired_at), whichever instance claims it.
create table go_live_timer (
    onboarding_id  varchar(200) primary key,
    go_live_date   date,
    set_by_staff   date,
    fired_at       timestamptz
);

-- Recurring tickets the suite creates itself (Autotask has no API for recurring-ticket templates).
create table recurring_ticket_schedule (
    id             bigserial primary key,
    onboarding_id  varchar(200) not null,
    service_kind   varchar(20)  not null,
    company_id     bigint       not null,
    contract_id    bigint       not null,
    title          varchar(300) not null,
    queue_id       bigint       not null,
    every_months   integer      not null,
    service_start  date         not null,
    contract_end   date         not null,
    next_index     integer      not null default 0,
    next_due       date,
    unique (onboarding_id, service_kind)
);
