-- An order by post: when the university posted it, the postal tracking number, and the staff member who did.
alter table certificate_order add column posted_on date;
alter table certificate_order add column tracking_number varchar(30);
alter table certificate_order add column posted_by varchar(64);
