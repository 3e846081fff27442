package jp.shomei.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationDecisionRepository extends JpaRepository<RegistrationDecision, Long> {

    List<RegistrationDecision> findByRegistrationIdOrderByDecidedAtAsc(Long registrationId);

    Optional<RegistrationDecision> findFirstByRegistrationIdOrderByDecidedAtDesc(Long registrationId);
}
