-- Personal setting (2.4(a)) shows and changes the place of submission too; accounts take it from the newest
-- registration approved for them.
alter table account add column submission_place varchar(200);

update account a set submission_place = (
    select r.submission_place from registration r
    where r.account_id = a.id and r.submission_place is not null
    order by r.submitted_at desc
    limit 1);
