-- Several gateway instances share terms_envelope: the sender claims a due envelope (FOR UPDATE SKIP LOCKED) with a
-- lease, so only one instance sends it; a lease left by a stopped instance ends and the envelope is claimed again
-- (and looked up in DocuSign before it is sent).
alter table terms_envelope add column claimed_by varchar(200);
alter table terms_envelope add column claimed_until timestamptz;
create index terms_envelope_due on terms_envelope (status, next_attempt_at) where status = 'TO_SEND';
