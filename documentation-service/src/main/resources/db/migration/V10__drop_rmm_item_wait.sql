-- Waiting for the RMM agent's configuration items is step work of the engine now (messaging's step_work).
drop table rmm_item_wait;
