package jp.shomei.order;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentCallbackRepository extends JpaRepository<PaymentCallback, Long> {

    boolean existsByProviderAndNotificationId(String provider, String notificationId);

    List<PaymentCallback> findByPaymentReferenceOrderByIdAsc(String paymentReference);
}
