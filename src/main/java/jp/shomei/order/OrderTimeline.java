package jp.shomei.order;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shomei.applications.ApplicationTimelines;
import jp.shomei.applications.ApplicationView;
import jp.shomei.applications.ProcessSteps;
import jp.shomei.applications.StepView;
import jp.shomei.order.OrderProcess.Elements;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
            Elements.CANCELLED, "order.step.cancelled",
            Elements.ISSUE_FOR_PRINTING, "order.step.readyToPrint",
            Elements.WAIT_FOR_PRINT, "order.step.printed",
            Elements.MARK_PRINT_EXPIRED, "order.step.printExpired",
            Elements.POST, "order.step.posted");

    private final CertificateOrderRepository orders;
    private final HistoryService historyService;
    private final PrintOrders printing;
    private final MessageSource messages;

    OrderTimeline(CertificateOrderRepository orders, HistoryService historyService, PrintOrders printing,
            MessageSource messages) {
        this.orders = orders;
        this.historyService = historyService;
        this.printing = printing;
        this.messages = messages;
    }

    @Override
    public List<ApplicationView> applicationsOf(Long accountId, String email) {
        return orders.findByAccountIdOrderByOrderedAtDesc(accountId).stream()
                .filter(o -> o.getProcessInstanceId() != null)
                .map(this::view)
                .toList();
    }

    /** Beside "ready to print": each copy's reservation numbers (7-Eleven / FamilyMart, Lawson) and the deadline. */
    private Map<String, String> printDetails(CertificateOrder order) {
        List<OrderPrintCopy> copies = printing.copies(order.getId());
        if (copies.isEmpty()) {
            return Map.of();
        }
        String numbers = copies.stream().map(c -> c.getNetprintNumber() + " / " + c.getNetworkPrintNumber())
                .collect(Collectors.joining(", "));
        return Map.of(Elements.ISSUE_FOR_PRINTING, messages.getMessage("order.step.printDetails",
                new Object[] {numbers, order.getPrintUntil().toString()}, LocaleContextHolder.getLocale()));
    }

    /** Beside "posted": the posting date and the tracking number. */
    private Map<String, String> details(CertificateOrder order) {
        if (order.getStatus() == OrderStatus.POSTED) {
            return Map.of(Elements.POST, messages.getMessage("order.step.postDetails",
                    new Object[] {order.getPostedOn().toString(), order.getTrackingNumber()},
                    LocaleContextHolder.getLocale()));
        }
        return printDetails(order);
    }

    private ApplicationView view(CertificateOrder order) {
        List<StepView> steps = ProcessSteps.of(historyService, order.getProcessInstanceId(), STEPS, details(order));
        return new ApplicationView("order.kind", order.getReference(), "order.status." + order.getStatus(),
                order.getStatus() == OrderStatus.AWAITING_PAYMENT || order.getStatus() == OrderStatus.PAID,
                order.getOrderedAt(), steps, "/account/orders/" + order.getId());
    }
}
