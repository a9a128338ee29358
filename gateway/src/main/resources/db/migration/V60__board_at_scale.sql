-- The board at scale: each onboarding carries the summary the board filters, sorts and pages on in SQL (kept by
-- the projection on every StepChanged), so listing never reads the checklist of every onboarding.
alter table onboarding add column status varchar(30) not null default 'IN_PROGRESS';
alter table onboarding add column steps_done integer not null default 0;
alter table onboarding add column customer_kind varchar(30);
-- The services signed, as the board names them, comma separated.
alter table onboarding add column services varchar(1000);
-- Every contact e-mail of the agreement, lower case, space separated (search by e-mail).
alter table onboarding add column emails text;
alter table onboarding add column waiting_for_person boolean not null default false;
alter table onboarding add column needs_attention boolean not null default false;
-- False until the summary was computed once (rows from before this migration are summarised at startup).
alter table onboarding add column summarised boolean not null default false;

create index onboarding_created on onboarding (created_at desc, id);
create index onboarding_status_created on onboarding (status, created_at desc);
create index onboarding_account on onboarding (lower(account_name));

-- Since when a step has had its current status (updated_at moves on every report, even of the same status).
alter table onboarding_step add column status_since timestamptz;
update onboarding_step set status_since = updated_at;
create index onboarding_step_waiting on onboarding_step (status_since)
    where status in ('WAITING_FOR_PERSON', 'NEEDS_ATTENTION', 'FAILED');

create index audit_entry_onboarding on audit_entry (onboarding_id, id);
