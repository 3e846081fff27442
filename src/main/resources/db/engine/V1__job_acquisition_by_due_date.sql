-- The job executor takes the due jobs highest priority first, the longest due first within a priority
-- (job-executor-acquire-by-priority, -by-due-date). This index is that order, so an acquisition reads the jobs it
-- takes and stops, instead of reading every pending job (the URL timers of weeks to come too) and sorting the due
-- ones. Every job now has a due date (ensure-job-due-date-not-null); those made before are due now.
update ACT_RU_JOB set DUEDATE_ = CURRENT_TIMESTAMP where DUEDATE_ is null;
create index SHOMEI_IDX_JOB_ACQUISITION on ACT_RU_JOB (PRIORITY_ desc, DUEDATE_);
