-- What reporting-service keeps per onboarding: the contract it acts on, and its technician tickets to watch.
create table report_onboarding (
    onboarding_id varchar(200) primary key,
    company_id    bigint       not null,
    company_name  text         not null,
    contract_created text      not null,
    advanced      boolean      not null default false,
    created_at    timestamptz  not null
);

create table schedule_ticket (
    onboarding_id          varchar(200) not null,
    step                   varchar(100) not null,
    ticket_id              bigint       not null,
    next_check_at          timestamptz  not null,
    check_interval_seconds bigint       not null,
    primary key (onboarding_id, step)
);
