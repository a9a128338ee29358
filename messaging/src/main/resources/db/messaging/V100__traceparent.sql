-- Tracing (module messaging, TraceContext): the W3C traceparent of the work that wrote a row, so the relay sends the
-- event with it (Kafka header traceparent) and the step engine continues the trace of the event that scheduled it.
-- Null when tracing is off or the row was written outside any trace.
alter table outbox_event add column traceparent varchar(64);
alter table step_work add column traceparent varchar(64);
