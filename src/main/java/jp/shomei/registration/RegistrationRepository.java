package jp.shomei.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    List<Registration> findByAccountIdOrEmailIgnoreCase(Long accountId, String email);

    Optional<Registration> findFirstByAccountIdOrderByCreatedAtDesc(Long accountId);
}
