-- reporting-service runs its steps on messaging's step engine (one table step_work, one poller, one backoff):
-- the ticket watch (schedule_ticket) and the "advanced" flag of the old runner go. What they held carries over:
-- each schedule's ticket id stays on the onboarding, a watched ticket becomes a wait of the engine (checks = 1: no
-- RUNNING before its next look), and an onboarding whose steps never ran starts again with the report folder.
alter table report_onboarding add column autotask_ticket_id bigint;
alter table report_onboarding add column datto_rmm_ticket_id bigint;

update report_onboarding o set autotask_ticket_id = t.ticket_id
from schedule_ticket t where t.onboarding_id = o.onboarding_id and t.step = 'reports.autotask';
update report_onboarding o set datto_rmm_ticket_id = t.ticket_id
from schedule_ticket t where t.onboarding_id = o.onboarding_id and t.step = 'reports.datto-rmm';

insert into step_work (onboarding_id, step, due_at, checks, created_at)
select onboarding_id, step, next_check_at, 1, now() from schedule_ticket
on conflict (onboarding_id, step) do nothing;

insert into step_work (onboarding_id, step, due_at, created_at)
select onboarding_id, 'reports.folder', now(), now() from report_onboarding where not advanced
on conflict (onboarding_id, step) do nothing;

drop table schedule_ticket;
alter table report_onboarding drop column advanced;
