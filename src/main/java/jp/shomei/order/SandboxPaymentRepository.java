package jp.shomei.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SandboxPaymentRepository extends JpaRepository<SandboxPayment, Long> {

    Optional<SandboxPayment> findByReference(String reference);

    List<SandboxPayment> findByMethodAndCapturedAtIsNullOrderByIdDesc(PaymentMethod method);
}
