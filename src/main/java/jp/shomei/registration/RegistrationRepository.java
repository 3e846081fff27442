package jp.shomei.registration;

import jakarta.persistence.LockModeType;
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
}
