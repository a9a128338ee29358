-- What documentation-service knows of each onboarding; events may arrive in any order.
create table doc_onboarding (
    onboarding_id    varchar(200) primary key,
    contract_created text,          -- the ContractCreated event (JSON), kept for a person's retry
    rmm_setup        date,          -- SetupCompleted (RMM): first date of service
    backup_setup     date,          -- SetupCompleted (backup)
    go_live          date           -- GoLiveReached
);

-- Onboardings waiting for the RMM agent's configuration items to appear in Autotask.
create table rmm_item_wait (
    onboarding_id varchar(200) primary key references doc_onboarding (onboarding_id),
    checks        integer      not null,
    next_check_at timestamptz  not null
);
