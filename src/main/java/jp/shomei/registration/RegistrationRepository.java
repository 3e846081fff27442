package jp.shomei.registration;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    List<Registration> findByAccountIdOrEmailIgnoreCase(Long accountId, String email);

    /** Reads the registration and holds its row until the transaction ends, so that its writers take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Registration r where r.id = :id")
    Optional<Registration> lockById(Long id);

    Optional<Registration> findFirstByAccountIdOrderByCreatedAtDesc(Long accountId);

    /** Registrations in a final status whose last decision was made before the moment, images not yet deleted. */
    @Query("""
            select r from Registration r where r.status in :statuses and r.documentsDeletedAt is null
            and (select max(d.decidedAt) from RegistrationDecision d where d.registrationId = r.id) < :decidedBefore""")
    List<Registration> finallyDecidedBefore(Collection<RegistrationStatus> statuses, Instant decidedBefore);

    @Query("""
            select r from Registration r where r.status in :statuses and r.anonymisedAt is null
            and r.closedAt < :closedBefore""")
    List<Registration> closedBefore(Collection<RegistrationStatus> statuses, Instant closedBefore);
}
