-- Sessions kept in the database when several nodes share it (the cluster profile, docs/cluster.md), in the shape
-- Spring Session JDBC reads and writes. Times are epoch milliseconds, as Spring Session writes them.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    -- The signed-in user's name (a graduate's mail address, a member of staff's user id).
    principal_name        varchar(320),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- A scheduled task that must run once however many nodes run it: the node that moves claimed_until runs it.
create table scheduled_task (
    name          varchar(100)             not null,
    claimed_until timestamp with time zone not null,
    claimed_by    varchar(255),
    constraint scheduled_task_pk primary key (name)
);
insert into scheduled_task (name, claimed_until) values ('retention', timestamp with time zone '2000-01-01 00:00:00+00');
