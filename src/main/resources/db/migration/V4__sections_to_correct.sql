-- For a resubmission: the sections of the applicant form that staff asked to correct (comma-separated).
alter table registration_decision add column sections_to_correct varchar(200);
