-- backup-setup-service runs its steps on messaging's step engine (one table step_work, one poller, one backoff):
-- the checklist watch (checklist_watch) and the "advanced" flag of the old runner go. What they held carries over:
-- a completed watch's service start and completion stay on the onboarding (SetupCompleted is never published
-- again), a watch still open becomes a wait of the engine (checks = 1: no RUNNING before its next look), and an
-- onboarding whose steps never ran starts again with its ticket.
alter table backup_onboarding add column confirmation text;
alter table backup_onboarding add column service_start date;
alter table backup_onboarding add column setup_completed_at timestamptz;

update backup_onboarding o set service_start = w.service_start, setup_completed_at = w.completed_at
from checklist_watch w
where w.onboarding_id = o.onboarding_id and w.completed_at is not null and w.service_start is not null;

insert into step_work (onboarding_id, step, due_at, checks, created_at)
select onboarding_id, 'backup.done', next_check_at, 1, now() from checklist_watch where completed_at is null
on conflict (onboarding_id, step) do nothing;

insert into step_work (onboarding_id, step, due_at, created_at)
select onboarding_id, 'backup.ticket', now(), now() from backup_onboarding where not advanced and not skipped
on conflict (onboarding_id, step) do nothing;

drop table checklist_watch;
alter table backup_onboarding drop column advanced;

-- A progress note is claimed while one instance writes it (the call to Autotask runs outside any transaction).
alter table progress_note add column claimed_until timestamptz;
