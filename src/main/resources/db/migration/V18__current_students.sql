-- Current students sign in with their university's ECS-ID against its directory; their account is the same kind of
-- row as a graduate's, found by university and ECS-ID, and filled from the directory at each sign-in. It has no
-- passwords, no address until one is given, and no mail address until the first one is confirmed.
alter table account add column university_id bigint references university (id);
alter table account add column ecs_id varchar(64);
alter table account add constraint account_student unique (university_id, ecs_id);
alter table account alter column email drop not null;
alter table account alter column postal_code drop not null;
alter table account alter column prefecture drop not null;
alter table account alter column city drop not null;
alter table account alter column street drop not null;
alter table account alter column phone drop not null;
alter table account alter column mobile drop not null;
alter table account alter column contact_email drop not null;
-- A graduate's account keeps everything its approved application gave.
alter table account add constraint account_graduate_details check (ecs_id is not null or (
    email is not null and postal_code is not null and prefecture is not null and city is not null
    and street is not null and phone is not null and mobile is not null and contact_email is not null));

-- A student still enrolled has not left: no leaving type, and graduation_ym is the expected graduation.
alter table student_record alter column leaving_type drop not null;

-- A type offered to an enrolled student only from 1 April of their final year (卒業見込証明書).
alter table certificate_type add column final_year_only boolean not null default false;
update certificate_type set final_year_only = true where code = 'expected-graduation-ja';
