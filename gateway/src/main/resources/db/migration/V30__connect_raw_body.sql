-- The bytes of every signed Connect delivery exactly as they arrived (raw_envelope is their text, which PostgreSQL
-- cannot hold when it contains NUL).
alter table onboarding add column raw_body bytea;
