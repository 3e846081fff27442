-- Analysts' figures, kept apart from the engine's history so that they survive its cleanup. No personal data: the
-- engine's ids appear only as SHA-256 hashes (unique keys that make replayed history events harmless), a university
-- only as its tenant id, elements only by their BPMN ids.

-- One row per process instance; university is the instance's tenant, or for a main process the tenant of the
-- first process it called (a registration's review runs in the university's tenant).
create table analytics_process (
    instance_key  varchar(64)  not null primary key,
    super_key     varchar(64),
    process_key   varchar(100) not null,
    university    varchar(64),
    started_at    timestamp    not null,
    ended_at      timestamp,
    -- the end event as a name (EndEvent_UrlExpired: url-expired), or cancelled when deleted without one
    outcome       varchar(100)
);
create index analytics_process_started on analytics_process (process_key, started_at);
create index analytics_process_super on analytics_process (super_key);

-- One row per activity instance: funnel steps, decisions and reminders are elements the instance passed.
create table analytics_activity (
    activity_key  varchar(64)  not null primary key,
    instance_key  varchar(64)  not null,
    process_key   varchar(100) not null,
    activity_id   varchar(255) not null,
    activity_type varchar(64),
    started_at    timestamp    not null,
    ended_at      timestamp
);
create index analytics_activity_instance on analytics_activity (instance_key, activity_id);

-- One row per user task: review and posting work.
create table analytics_task (
    task_key       varchar(64)  not null primary key,
    instance_key   varchar(64)  not null,
    process_key    varchar(100) not null,
    task_definition varchar(255) not null,
    university     varchar(64),
    created_at     timestamp    not null,
    -- the first claim; claimed says whether someone holds the task now
    claimed_at     timestamp,
    claimed        boolean      not null default false,
    ended_at       timestamp,
    -- completed, or the engine's delete reason when the task ended otherwise
    outcome        varchar(100)
);
create index analytics_task_created on analytics_task (process_key, created_at);

-- Marks that the one-time fill from the engine's history ran.
create table analytics_backfill (
    name     varchar(64) not null primary key,
    done_at  timestamp   not null
);

-- Failed job runs (each one a retry to come, or the last before an incident) and incidents, for the mail figures.
create table analytics_failure (
    failure_key   varchar(64)  not null primary key,
    kind          varchar(32)  not null,
    instance_key  varchar(64)  not null,
    process_key   varchar(100) not null,
    activity_id   varchar(255),
    failed_at     timestamp    not null
);
create index analytics_failure_instance on analytics_failure (instance_key);
