-- contract-service on the step engine (issue 12): the go-live timer and the recurring-ticket schedules are timers of
-- messaging's step_work now (one table, one poller); their own tables and pollers are gone. What they knew besides
-- their due date stays here: the go-live date staff set and whether GoLiveReached was published (go_live), and the
-- ticket template copied when a service's recurring tickets were first scheduled, with how many were made
-- (service_setup). The step ids below are the catalogue's (events' StepIds) as of this migration.

create table go_live (
    onboarding_id  varchar(200) primary key,
    set_by_staff   date,
    reached_on     date,
    reached_at     timestamptz
);
insert into go_live (onboarding_id, set_by_staff, reached_on, reached_at)
    select onboarding_id, set_by_staff, case when fired_at is not null then go_live_date end, fired_at from go_live_timer;
-- a timer not fired yet runs once now: the step work recomputes the date and waits until it (or fires if it passed)
insert into step_work (onboarding_id, step, due_at, created_at)
    select onboarding_id, 'contract.go-live', now(), now() from go_live_timer where fired_at is null
    on conflict do nothing;
drop table go_live_timer;

alter table service_setup add column ticket_template text;
alter table service_setup add column tickets_made integer not null default 0;
update service_setup s set
    ticket_template = json_build_object('title', r.title, 'queueId', r.queue_id, 'categoryId', r.category_id,
        'priority', r.priority, 'everyMonths', r.every_months)::text,
    tickets_made = r.next_index
from recurring_ticket_schedule r where r.onboarding_id = s.onboarding_id and r.service_kind = s.service_kind;
-- schedules not paused by a refusal run once now and then wait for their next due date
insert into step_work (onboarding_id, step, due_at, created_at)
    select distinct onboarding_id, 'contract.recurring-tickets', now(), now() from recurring_ticket_schedule
    where next_due is not null and paused_reason is null
    on conflict do nothing;
drop table recurring_ticket_occurrence;
drop table recurring_ticket_schedule;
