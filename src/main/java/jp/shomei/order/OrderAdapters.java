package jp.shomei.order;

import jp.shomei.order.OrderProcess.Beans;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of an order: each reads the order id, makes one service call, and returns. */
@Configuration(proxyBeanMethods = false)
class OrderAdapters {

    @Bean(Beans.SEND_ORDER_RECEIVED)
    JavaDelegate sendOrderReceivedAdapter(OrderMails mails) {
        return execution -> mails.sendOrderReceived(OrderProcess.orderId(execution));
    }

    @Bean(Beans.SEND_PAYMENT_REMINDER)
    JavaDelegate sendPaymentReminderAdapter(OrderMails mails) {
        return execution -> mails.sendPaymentReminder(OrderProcess.orderId(execution));
    }

    @Bean(Beans.MARK_EXPIRED)
    JavaDelegate markOrderExpiredAdapter(OrderService orders) {
        return execution -> orders.expire(OrderProcess.orderId(execution));
    }

    @Bean(Beans.SEND_EXPIRED_NOTICE)
    JavaDelegate sendOrderExpiredAdapter(OrderMails mails) {
        return execution -> mails.sendExpiredNotice(OrderProcess.orderId(execution));
    }

    @Bean(Beans.SEND_PAYMENT_RECEIVED)
    JavaDelegate sendPaymentReceivedAdapter(OrderMails mails) {
        return execution -> mails.sendPaymentReceived(OrderProcess.orderId(execution));
    }

    @Bean(Beans.ISSUE_FOR_PRINTING)
    JavaDelegate issueForPrintingAdapter(PrintOrders printing) {
        return execution -> printing.issueAndRegister(OrderProcess.orderId(execution));
    }

    @Bean(Beans.SEND_READY_TO_PRINT)
    JavaDelegate sendReadyToPrintAdapter(OrderMails mails) {
        return execution -> mails.sendReadyToPrint(OrderProcess.orderId(execution));
    }

    @Bean(Beans.SEND_PRINT_REMINDER)
    JavaDelegate sendPrintReminderAdapter(OrderMails mails) {
        return execution -> mails.sendPrintReminder(OrderProcess.orderId(execution));
    }

    @Bean(Beans.MARK_PRINT_EXPIRED)
    JavaDelegate markPrintExpiredAdapter(PrintOrders printing) {
        return execution -> printing.expire(OrderProcess.orderId(execution));
    }

    @Bean(Beans.SEND_PRINT_EXPIRED)
    JavaDelegate sendPrintExpiredAdapter(OrderMails mails) {
        return execution -> mails.sendPrintExpired(OrderProcess.orderId(execution));
    }

    @Bean(Beans.SEND_POSTED)
    JavaDelegate sendPostedAdapter(OrderMails mails) {
        return execution -> mails.sendPosted(OrderProcess.orderId(execution));
    }

    /** In the university's posting process, whose business key is the order's id. */
    @Bean(PostProcess.Beans.SEND_POST_REMINDER)
    JavaDelegate sendPostReminderAdapter(OrderPosting posting) {
        return execution -> posting.remind(Long.valueOf(execution.getProcessBusinessKey()));
    }
}
