-- An application to add a student ID now starts when the one-time URL is asked for, before the school record is
-- entered: the record's columns stay empty until the form comes in.
alter table student_id_application alter column university_id drop not null;
alter table student_id_application alter column department_id drop not null;
alter table student_id_application alter column subject_id drop not null;
alter table student_id_application alter column degree_program_id drop not null;
alter table student_id_application alter column student_number drop not null;
alter table student_id_application alter column graduation_ym drop not null;
alter table student_id_application alter column leaving_type drop not null;
alter table student_id_application alter column document_type_id drop not null;
alter table student_id_application alter column submitted_at drop not null;
