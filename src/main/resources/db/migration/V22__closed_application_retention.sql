-- Rejected, expired and otherwise closed applications lose their personal data once closed_at is older than
-- shomei.retention.closed-applications; anonymised_at says when. Approved ones became the account and stay.
alter table registration add column closed_at timestamp with time zone;
alter table registration add column anonymised_at timestamp with time zone;
alter table student_id_application add column closed_at timestamp with time zone;
alter table student_id_application add column anonymised_at timestamp with time zone;

-- Applications closed before this version: the last decision, else (an unanswered URL or resubmission request)
-- the last submission or the start, which is at most the wait earlier than the actual end.
update registration set closed_at = coalesce(
        (select max(d.decided_at) from registration_decision d where d.registration_id = registration.id),
        submitted_at, created_at)
    where status in ('APPROVED', 'REJECTED', 'EXPIRED');
update student_id_application set closed_at = coalesce(
        (select max(d.decided_at) from student_id_decision d where d.application_id = student_id_application.id),
        submitted_at, created_at)
    where status in ('APPROVED', 'REJECTED', 'EXPIRED', 'REPLACED', 'ALREADY_REGISTERED');
