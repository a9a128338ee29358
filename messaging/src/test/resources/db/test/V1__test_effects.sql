create table test_effect (
    id            bigserial primary key,
    onboarding_id varchar(200) not null,
    go_live_date  date not null
);
