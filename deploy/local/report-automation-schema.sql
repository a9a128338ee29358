-- Applied by the local run script to database reporting_recipients (a copy of reporting-service/src/test/resources/report-automation-schema.sql).
-- SQL Server equivalent: id bigint identity(1,1) primary key, added_at datetime2 not null default sysutcdatetime().
-- The report automation's recipient table (ThinkAutomation's database source polls it by the increasing id).
-- It belongs to that application: reporting-service never creates or alters it. Tests and the local run apply this.
create table if not exists report_recipient (
    id           bigint generated always as identity primary key,
    company_name varchar(255) not null,
    contact_name varchar(255) not null,
    email        varchar(320) not null,
    report_type  varchar(100) not null,
    added_at     timestamp    not null default current_timestamp,
    constraint uq_report_recipient unique (company_name, email, report_type)
);
