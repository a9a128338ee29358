-- The link of a service's detailed instructions (SetupCompleted.instructionsUrl: the backup setup's IT Glue document),
-- written into the description of the service's recurring tickets (procedure section VI).
alter table service_setup add column instructions_url text;
alter table recurring_ticket_schedule add column instructions_url text;
