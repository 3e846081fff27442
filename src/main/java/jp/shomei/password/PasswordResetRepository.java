package jp.shomei.password;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    List<PasswordReset> findByAccountIdOrderByRequestedAtDesc(Long accountId);

    List<PasswordReset> findByAccountIdAndStatus(Long accountId, PasswordReset.Status status);
}
