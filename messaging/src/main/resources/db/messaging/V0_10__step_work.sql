-- The step engine's one table of step work, waits and timers (module messaging, StepEngine / StepWorker).
-- A consumed event records the intent here in its inbox transaction; the worker claims due rows (FOR UPDATE SKIP
-- LOCKED, then a lease) and runs the external work after that commit, outside any transaction. A crashed worker's
-- lease expires and another claim resumes the work. generation counts requests: a request that arrives while the
-- work runs makes it run once more.
create table step_work (
    onboarding_id varchar(200) not null,
    step          varchar(100) not null,
    due_at        timestamptz  not null,
    generation    integer      not null default 1,
    attempts      integer      not null default 0,
    checks        integer      not null default 0,
    lease_owner   varchar(100),
    lease_until   timestamptz,
    last_error    text,
    created_at    timestamptz  not null,
    primary key (onboarding_id, step)
);
create index step_work_due on step_work (due_at);
