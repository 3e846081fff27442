-- What a resubmission changed, as a comma-separated list of form fields, for the next review.
alter table registration add column changes_since_last varchar(1000);
