-- Dead letters an operator replayed (each at most once).
create table dead_letter_replay (
    id             varchar(400) primary key,
    original_topic varchar(300) not null,
    event_id       varchar(200),
    replayed_by    varchar(200) not null,
    replayed_at    timestamptz  not null
);
