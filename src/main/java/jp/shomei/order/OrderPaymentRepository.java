package jp.shomei.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderPaymentRepository extends JpaRepository<OrderPayment, Long> {

    Optional<OrderPayment> findByReference(String reference);

    List<OrderPayment> findByOrderIdOrderByIdDesc(Long orderId);
}
