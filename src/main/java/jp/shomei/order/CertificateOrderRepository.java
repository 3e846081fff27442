package jp.shomei.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateOrderRepository extends JpaRepository<CertificateOrder, Long> {

    List<CertificateOrder> findByAccountIdOrderByOrderedAtDesc(Long accountId);

    Optional<CertificateOrder> findByAccountIdAndOrderToken(Long accountId, String orderToken);
}
