-- Several reporting-service instances: one of them at a time runs the ticket watch (WatchLease), so Autotask is not
-- polled twice for the same ticket and a stalled onboarding is not advanced by two instances at once.
create table watch_lease (
    name       varchar(100) primary key,
    owner      varchar(200) not null,
    held_until timestamptz  not null
);
