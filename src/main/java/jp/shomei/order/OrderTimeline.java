package jp.shomei.order;

import java.util.List;
import java.util.Map;
import jp.shomei.applications.ApplicationTimelines;
import jp.shomei.applications.ApplicationView;
import jp.shomei.applications.ProcessSteps;
import jp.shomei.applications.StepView;
import jp.shomei.order.OrderProcess.Elements;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account's certificate orders, step by step, read from the engine's history. */
@Service
@Transactional(readOnly = true)
class OrderTimeline implements ApplicationTimelines {

    /** The steps the graduate sees, by element id; the wait counts when it ends by the payment. */
    private static final Map<String, String> STEPS = Map.of(
            Elements.START, "order.step.ordered",
            Elements.SEND_PAYMENT_REMINDER, "order.step.reminded",
            Elements.WAIT_FOR_PAYMENT, "order.step.paid",
            Elements.MARK_EXPIRED, "order.step.expired",
            Elements.CANCELLED, "order.step.cancelled");

    private final CertificateOrderRepository orders;
    private final HistoryService historyService;

    OrderTimeline(CertificateOrderRepository orders, HistoryService historyService) {
        this.orders = orders;
        this.historyService = historyService;
    }

    @Override
    public List<ApplicationView> applicationsOf(Long accountId, String email) {
        return orders.findByAccountIdOrderByOrderedAtDesc(accountId).stream()
                .filter(o -> o.getProcessInstanceId() != null)
                .map(this::view)
                .toList();
    }

    private ApplicationView view(CertificateOrder order) {
        List<StepView> steps = ProcessSteps.of(historyService, order.getProcessInstanceId(), STEPS, Map.of());
        return new ApplicationView("order.kind", order.getReference(), "order.status." + order.getStatus(),
                order.getStatus() == OrderStatus.AWAITING_PAYMENT || order.getStatus() == OrderStatus.PAID,
                order.getOrderedAt(), steps, "/account/orders/" + order.getId());
    }
}
