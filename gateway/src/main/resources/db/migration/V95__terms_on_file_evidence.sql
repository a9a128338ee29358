-- Where a customer's signed T&C was found or who recorded it, with what evidence (paper T&C: ticket number / note).
alter table terms_on_file add column evidence text;
alter table terms_on_file add column recorded_by varchar(200);
alter table terms_on_file alter column source type varchar(40);
