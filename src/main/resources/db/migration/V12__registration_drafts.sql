-- What an applicant has entered into a registration's form (the fields as JSON, and where each side's image is),
-- kept with the registration rather than in the session, so that a new URL for the same address finds it after the
-- old one expired. Deleted at submission, or once kept_until (the URL's expiry plus the retention) has passed.
create table registration_draft (
    registration_id bigint       not null primary key references registration (id),
    form            varchar(100000) not null,
    front           varchar(16),
    back            varchar(16),
    saved_at        timestamp with time zone not null,
    kept_until      timestamp with time zone not null
);
create index registration_draft_kept_until on registration_draft (kept_until);
