-- The Autotask request budget of the whole tenant, shared by every service and instance (clients' SharedRequestBudget).
-- A token bucket per tenant: at most `burst` requests at once, then `requests-per-hour`. A request takes a token in
-- one statement (the row lock orders the instances); a negative balance is a reservation the caller waits out.
create table autotask_request_budget (
    tenant      varchar(200)     primary key,
    tokens      double precision not null,
    refilled_at timestamptz      not null
);

-- Autotask's thread limit (3 concurrent requests per tracking id and object endpoint) across every instance: a call
-- holds one slot of its endpoint while it runs, with a lease in case its instance stops before it lets go.
create table autotask_endpoint_slot (
    tenant     varchar(200) not null,
    endpoint   varchar(100) not null,
    slot       integer      not null,
    holder     varchar(200),
    held_until timestamptz,
    primary key (tenant, endpoint, slot)
);
