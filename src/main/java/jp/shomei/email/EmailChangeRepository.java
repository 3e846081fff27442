package jp.shomei.email;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import jp.shomei.registration.RegistrationStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmailChangeRepository extends JpaRepository<EmailChange, Long> {

    List<EmailChange> findByAccountIdAndStatus(Long accountId, EmailChangeStatus status);

    List<EmailChange> findByAccountIdOrderByRequestedAtDesc(Long accountId);

    long countByAccountIdAndRequestedAtAfter(Long accountId, Instant after);

    /** A submitted registration that will open (or move an account to) this address once approved. */
    @Query("select count(r) from Registration r where lower(r.email) = lower(:email) and r.status in :statuses")
    long countRegistrationsFor(String email, Collection<RegistrationStatus> statuses);
}
