-- The T&C search and envelope are the step engine's work of intake.terms-and-conditions (gateway TermsStep): the
-- engine's step_work row holds when to try again and which instance runs it, so terms_envelope keeps only the
-- envelope's own state. Envelopes on their way carry over as step work (the step id as the catalogue names it
-- today, frozen with this migration); those that ran out of attempts wait, FAILED, for a person's retry as before.
insert into step_work (onboarding_id, step, due_at, created_at)
select onboarding_id, 'intake.terms-and-conditions', now(), now() from terms_envelope
where status in ('CHECKING', 'TO_SEND')
on conflict (onboarding_id, step) do nothing;
update terms_envelope set status = 'CHECKING' where status = 'SEARCH_FAILED';
update terms_envelope set status = 'TO_SEND' where status = 'UNREACHABLE';
drop index if exists terms_envelope_due;
alter table terms_envelope drop column claimed_by, drop column claimed_until, drop column next_attempt_at,
    drop column attempts;
