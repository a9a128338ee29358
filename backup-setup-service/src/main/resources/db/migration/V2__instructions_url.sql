-- The link of the published backup instructions, sent with SetupCompleted (backup) so that contract-service puts it
-- in the description of the recurring backup tickets (procedure section VI).
alter table backup_onboarding add column instructions_url text;
