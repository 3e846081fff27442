-- A revocation keeps who revoked the certificate and why beside when (revoked_at). The issuing university is kept
-- by id, so that its staff find their own university's certificates; rows issued before are matched by its names.
alter table issued_certificate add column university_id bigint references university (id);
alter table issued_certificate add column revoked_by varchar(255);
alter table issued_certificate add column revocation_reason varchar(500);

update issued_certificate set university_id = (
    select min(u.id) from university u
    where u.name_ja = issued_certificate.university_name_ja and u.name_en = issued_certificate.university_name_en);
