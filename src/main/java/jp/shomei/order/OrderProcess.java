package jp.shomei.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.LongValue;

/**
 * The contract of processes/certificate-order.bpmn: key, element ids, messages and variables. The business key is
 * the {@link CertificateOrder}'s id; the variables hold that id and the deadlines, nothing personal.
 */
public final class OrderProcess {

    public static final String KEY = "certificate-order";

    /** The payment was received and checked against the order. */
    public static final String MESSAGE_PAID = "certificateOrder.paid";

    /** The graduate cancelled the order before paying. */
    public static final String MESSAGE_CANCELLED = "certificateOrder.cancelled";

    /** A store printed the order's first copy. */
    public static final String MESSAGE_PRINTED = "certificateOrder.printed";

    public static final class Elements {
        public static final String START = "StartEvent_OrderPlaced";
        public static final String SEND_ORDER_RECEIVED = "ServiceTask_SendOrderReceived";
        public static final String END_ORDER_MAILED = "EndEvent_OrderMailed";
        public static final String WAIT_FOR_PAYMENT = "ReceiveTask_WaitForPayment";
        public static final String PAYMENT_REMINDER = "TimerEvent_PaymentReminder";
        public static final String SEND_PAYMENT_REMINDER = "ServiceTask_SendPaymentReminder";
        public static final String END_REMINDED = "EndEvent_Reminded";
        public static final String PAYMENT_EXPIRED = "TimerEvent_PaymentExpired";
        public static final String MARK_EXPIRED = "ServiceTask_MarkExpired";
        public static final String SEND_EXPIRED_NOTICE = "ServiceTask_SendExpiredNotice";
        public static final String END_EXPIRED = "EndEvent_Expired";
        public static final String CANCELLED = "MessageEvent_Cancelled";
        public static final String END_CANCELLED = "EndEvent_Cancelled";
        public static final String SEND_PAYMENT_RECEIVED = "ServiceTask_SendPaymentReceived";
        public static final String STORE_OR_POST = "ExclusiveGateway_StoreOrPost";
        /** Calls {@link PostProcess} in the university's tenant. */
        public static final String POST = "CallActivity_Post";
        public static final String SEND_POSTED = "ServiceTask_SendPosted";
        public static final String END_POSTED = "EndEvent_Posted";
        public static final String ISSUE_AND_WAIT = "ParallelGateway_IssueAndWait";
        public static final String ISSUE_FOR_PRINTING = "ServiceTask_IssueForPrinting";
        public static final String SEND_READY_TO_PRINT = "ServiceTask_SendReadyToPrint";
        public static final String END_READY_MAILED = "EndEvent_ReadyMailed";
        public static final String WAIT_FOR_PRINT = "ReceiveTask_WaitForPrint";
        public static final String END_PRINTED = "EndEvent_Printed";
        public static final String PRINT_REMINDER = "TimerEvent_PrintReminder";
        public static final String SEND_PRINT_REMINDER = "ServiceTask_SendPrintReminder";
        public static final String END_PRINT_REMINDED = "EndEvent_PrintReminded";
        public static final String PRINT_EXPIRED = "TimerEvent_PrintExpired";
        public static final String MARK_PRINT_EXPIRED = "ServiceTask_MarkPrintExpired";
        public static final String SEND_PRINT_EXPIRED = "ServiceTask_SendPrintExpired";
        public static final String END_PRINT_EXPIRED = "EndEvent_PrintExpired";

        private Elements() {
        }
    }

    public static final class Variables {
        /** Long: the id of the {@link CertificateOrder}. */
        public static final String ORDER_ID = "orderId";
        /** String: ISO-8601 instant the payment is due; the order expires then. */
        public static final String PAYMENT_DUE = "paymentDue";
        /** String: ISO-8601 instant of the payment reminder. */
        public static final String REMINDER_AT = "reminderAt";
        /**
         * String: ISO-8601 instant (00:00 Japan time of the 8th day after payment) from which nothing is printable;
         * set with the payment, null for an order by post.
         */
        public static final String PRINTING_ENDS = "printingEnds";
        /** String: ISO-8601 instant of the print reminder, 09:00 Japan time of the last print day; null for post. */
        public static final String PRINT_REMINDER_AT = "printReminderAt";
        /** String: the university's code, its tenant, where an order by post is posted. */
        public static final String TENANT_ID = "tenantId";
        /** String: the university's staff group, who post. */
        public static final String STAFF_GROUP = PostProcess.Variables.STAFF_GROUP;

        private Variables() {
        }
    }

    public static final class Beans {
        public static final String SEND_ORDER_RECEIVED = "sendOrderReceivedAdapter";
        public static final String SEND_PAYMENT_REMINDER = "sendPaymentReminderAdapter";
        public static final String MARK_EXPIRED = "markOrderExpiredAdapter";
        public static final String SEND_EXPIRED_NOTICE = "sendOrderExpiredAdapter";
        public static final String SEND_PAYMENT_RECEIVED = "sendPaymentReceivedAdapter";
        public static final String ISSUE_FOR_PRINTING = "issueForPrintingAdapter";
        public static final String SEND_READY_TO_PRINT = "sendReadyToPrintAdapter";
        public static final String SEND_PRINT_REMINDER = "sendPrintReminderAdapter";
        public static final String MARK_PRINT_EXPIRED = "markPrintExpiredAdapter";
        public static final String SEND_PRINT_EXPIRED = "sendPrintExpiredAdapter";
        public static final String SEND_POSTED = "sendPostedAdapter";

        private Beans() {
        }
    }

    public static Map<String, Object> startVariables(Long orderId, Instant paymentDue, String tenantId,
            String staffGroup) {
        return org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValueTyped(Variables.ORDER_ID, org.camunda.bpm.engine.variable.Variables.longValue(orderId))
                .putValueTyped(Variables.TENANT_ID, org.camunda.bpm.engine.variable.Variables.stringValue(tenantId))
                .putValueTyped(Variables.STAFF_GROUP,
                        org.camunda.bpm.engine.variable.Variables.stringValue(staffGroup))
                .putValueTyped(Variables.PAYMENT_DUE,
                        org.camunda.bpm.engine.variable.Variables.stringValue(paymentDue.toString()))
                .putValueTyped(Variables.REMINDER_AT, org.camunda.bpm.engine.variable.Variables.stringValue(
                        OrderDeadlines.reminderAt(paymentDue).toString()));
    }

    /**
     * The variables the payment brings: the print deadlines of a store order ({@code printUntil}, null for post), and
     * for post when the university's staff are reminded.
     */
    public static Map<String, Object> paidVariables(LocalDate printUntil, Date postReminderAt) {
        Instant ends = printUntil == null ? null : OrderDeadlines.printingEnds(printUntil);
        return org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValueTyped(PostProcess.Variables.POST_REMINDER_AT,
                        org.camunda.bpm.engine.variable.Variables.dateValue(printUntil == null ? postReminderAt : null))
                .putValueTyped(Variables.PRINTING_ENDS, org.camunda.bpm.engine.variable.Variables.stringValue(
                        ends == null ? null : ends.toString()))
                .putValueTyped(Variables.PRINT_REMINDER_AT, org.camunda.bpm.engine.variable.Variables.stringValue(
                        printUntil == null ? null : OrderDeadlines.printReminderAt(printUntil).toString()));
    }

    public static Long orderId(VariableScope execution) {
        LongValue value = execution.getVariableTyped(Variables.ORDER_ID);
        return value.getValue();
    }

    private OrderProcess() {
    }
}
