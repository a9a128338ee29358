-- A reminder exists once per subject AND delivery: the shared residential reminder once for Power Automate and once
-- in the legacy command file, so one legacy residential customer no longer moves everyone to the legacy path
-- (issue 13). The legacy command file lists only LEGACY reminders.
alter table reminder drop constraint reminder_subject_key;
alter table reminder add constraint reminder_subject_delivery_key unique (subject, delivery);
-- The shared reminder was switched to LEGACY for everyone by one legacy customer: it goes back to Power Automate
-- (registered again, with its whole list).
update reminder set delivery = 'POWER_AUTOMATE', registered_revision = null
 where kind = 'SHARED_RESIDENTIAL' and delivery = 'LEGACY';
