-- The job executor looks only among jobs already due (ensure-job-due-date-not-null), highest priority first. Without
-- this index every acquisition reads all pending jobs, the URL timers of weeks to come included; with it, only those
-- due. Jobs made before every job had a due date are due now.
update ACT_RU_JOB set DUEDATE_ = CURRENT_TIMESTAMP where DUEDATE_ is null;
create index SHOMEI_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_);
