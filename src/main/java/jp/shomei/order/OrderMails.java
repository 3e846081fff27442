package jp.shomei.order;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.shomei.account.Account;
import jp.shomei.account.AccountService;
import jp.shomei.config.SiteProperties;
import jp.shomei.mail.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mails of an order, each sent by its own asynchronous service task, in the account's language. */
@Service
@Transactional(readOnly = true)
public class OrderMails {

    private final CertificateOrderRepository orders;
    private final OrderPaymentRepository payments;
    private final OrderPrintCopyRepository copies;
    private final AccountService accounts;
    private final Mailer mailer;
    private final SiteProperties site;

    OrderMails(CertificateOrderRepository orders, OrderPaymentRepository payments,
            OrderPrintCopyRepository copies, AccountService accounts,
            Mailer mailer, SiteProperties site) {
        this.orders = orders;
        this.payments = payments;
        this.copies = copies;
        this.accounts = accounts;
        this.mailer = mailer;
        this.site = site;
    }

    /** What was ordered, the total, how and by when to pay (with the Smart Pit payment number once issued). */
    public void sendOrderReceived(Long orderId) {
        send(orderId, "order-received");
    }

    public void sendPaymentReminder(Long orderId) {
        send(orderId, "order-payment-reminder");
    }

    public void sendExpiredNotice(Long orderId) {
        send(orderId, "order-expired");
    }

    /** The payment arrived; for store printing, until when the certificates can be printed. */
    public void sendPaymentReceived(Long orderId) {
        send(orderId, "order-paid");
    }

    /**
     * Each copy's reservation number at each store network, and the print deadline; not once the deadline passed
     * (registering may have failed until an administrator stepped in).
     */
    public void sendReadyToPrint(Long orderId) {
        OrderStatus status = statusOf(orderId);
        if (status == OrderStatus.PAID || status == OrderStatus.PRINTED) {
            send(orderId, "order-ready-to-print");
        }
    }

    /** Only while nothing is printed: a print may come in before the process waits for it. */
    public void sendPrintReminder(Long orderId) {
        if (statusOf(orderId) == OrderStatus.PAID) {
            send(orderId, "order-print-reminder");
        }
    }

    /** Nothing printed in time: nothing printable any more, and no refund. Never to an order that was printed. */
    public void sendPrintExpired(Long orderId) {
        if (statusOf(orderId) == OrderStatus.PRINT_EXPIRED) {
            send(orderId, "order-print-expired");
        }
    }

    /** The posting date and the tracking number. */
    public void sendPosted(Long orderId) {
        send(orderId, "order-posted");
    }

    private OrderStatus statusOf(Long orderId) {
        return orders.findById(orderId).orElseThrow().getStatus();
    }

    private void send(Long orderId, String mail) {
        CertificateOrder order = orders.findById(orderId).orElseThrow();
        Account account = accounts.find(order.getAccountId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(account.getLanguage());
        Map<String, Object> model = new HashMap<>();
        model.put("order", order);
        model.put("lang", locale.getLanguage());
        model.put("paymentDue", order.getPaymentDueAt().atZone(OrderDeadlines.JAPAN));
        model.put("paymentNumber", payments.findByOrderIdOrderByIdDesc(orderId).stream().findFirst()
                .map(OrderPayment::getPaymentNumber).orElse(null));
        model.put("copies", copies.findByOrderIdOrderByLineNoAscCopyNoAsc(orderId));
        model.put("orderUrl", site.url("/account/orders/" + orderId, locale));
        mailer.send(account.getEmail(), locale, mail, model);
    }
}
