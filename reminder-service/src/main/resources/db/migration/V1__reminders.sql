-- The one stored list of reminders; Power Automate registrations and the legacy command file are views of it.
create table reminder (
    id            bigserial primary key,
    subject       varchar(300) not null unique,
    kind          varchar(30)  not null,          -- SHARED_RESIDENTIAL or BUSINESS
    onboarding_id varchar(200),                   -- the business customer's onboarding; null for the shared one
    platforms     varchar(20)  not null,
    delivery      varchar(30)  not null,          -- POWER_AUTOMATE or LEGACY
    revision      integer      not null default 0,
    registered_revision integer
);

create table reminder_recipient (
    reminder_id   bigint       not null references reminder (id),
    email         varchar(300) not null,
    onboarding_id varchar(200) not null,
    primary key (reminder_id, email)
);

-- The ContractCreated of each onboarding, so a person's retry can run the step again.
create table reminder_onboarding (
    onboarding_id    varchar(200) primary key,
    contract_created text not null
);
