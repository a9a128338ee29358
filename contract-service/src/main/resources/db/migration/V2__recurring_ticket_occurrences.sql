-- The whole ticket template is kept with the schedule, so a schedule means the same after a configuration change.
alter table recurring_ticket_schedule add column category_id bigint;
alter table recurring_ticket_schedule add column priority varchar(50) not null default 'Medium';
-- Set when Autotask refused an occurrence: the schedule waits for a person (step retry), and others go on.
alter table recurring_ticket_schedule add column paused_reason varchar(2000);

-- Every occurrence created in Autotask, once per schedule and due date.
create table recurring_ticket_occurrence (
    id           bigserial    primary key,
    schedule_id  bigint       not null references recurring_ticket_schedule (id),
    due_date     date         not null,
    ticket_id    bigint       not null,
    created_at   timestamptz  not null,
    unique (schedule_id, due_date)
);
