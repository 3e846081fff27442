package jp.shomei.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderPrintCopyRepository extends JpaRepository<OrderPrintCopy, Long> {

    List<OrderPrintCopy> findByOrderIdOrderByLineNoAscCopyNoAsc(Long orderId);

    boolean existsByOrderIdAndLineNoAndCopyNo(Long orderId, int lineNo, int copyNo);

    Optional<OrderPrintCopy> findByNetprintNumber(String number);

    Optional<OrderPrintCopy> findByNetworkPrintNumber(String number);
}
