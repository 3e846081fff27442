package jp.shomei.email;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * The contract of processes/email-change.bpmn: its key, element ids, messages and variables, and the typed reading
 * of the variables, so that the adapters never cast. The business key is the {@link EmailChange}'s id.
 */
public final class EmailChangeProcess {

    public static final String KEY = "email-change";

    /** The graduate opened the URL and the address was changed. */
    public static final String MESSAGE_CONFIRMED = "emailChange.confirmed";

    /** A newer request of the same account replaced this one. */
    public static final String MESSAGE_REPLACED = "emailChange.replaced";

    /** The one-time URL's purpose as stored with its token; the subject is the {@link EmailChange}'s id. */
    public static final String URL_PURPOSE = "email-change";

    public static final class Elements {
        public static final String START = "StartEvent_ChangeRequested";
        public static final String SEND_CONFIRMATION_URL = "ServiceTask_SendConfirmationUrl";
        public static final String WAIT_FOR_CONFIRMATION = "ReceiveTask_WaitForConfirmation";
        public static final String URL_EXPIRED = "TimerEvent_UrlExpired";
        public static final String MARK_EXPIRED = "ServiceTask_MarkExpired";
        public static final String END_EXPIRED = "EndEvent_Expired";
        public static final String SEND_CHANGED_NOTICE = "ServiceTask_SendChangedNotice";
        public static final String END_CHANGED = "EndEvent_Changed";
        public static final String REPLACED = "SubProcess_Replaced";
        public static final String START_REPLACED = "StartEvent_Replaced";
        public static final String END_REPLACED = "EndEvent_Replaced";

        private Elements() {
        }
    }

    public static final class Variables {
        /** Long: the id of the {@link EmailChange} row that holds the addresses. */
        public static final String EMAIL_CHANGE_ID = "emailChangeId";
        /** String: ISO-8601 duration the one-time URL and the wait for the confirmation last. */
        public static final String URL_VALIDITY = "urlValidity";

        private Variables() {
        }
    }

    public static final class Beans {
        public static final String SEND_CONFIRMATION_URL = "sendEmailChangeUrlAdapter";
        public static final String MARK_EXPIRED = "markEmailChangeExpiredAdapter";
        public static final String SEND_CHANGED_NOTICE = "sendEmailChangedNoticeAdapter";

        private Beans() {
        }
    }

    public static Map<String, Object> startVariables(Long emailChangeId, Duration urlValidity) {
        return org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValueTyped(Variables.EMAIL_CHANGE_ID,
                        org.camunda.bpm.engine.variable.Variables.longValue(emailChangeId))
                .putValueTyped(Variables.URL_VALIDITY,
                        org.camunda.bpm.engine.variable.Variables.stringValue(urlValidity.toString()));
    }

    public static Long emailChangeId(VariableScope execution) {
        LongValue value = execution.getVariableTyped(Variables.EMAIL_CHANGE_ID);
        return value.getValue();
    }

    public static Duration urlValidity(VariableScope execution) {
        StringValue value = execution.getVariableTyped(Variables.URL_VALIDITY);
        return Duration.parse(value.getValue());
    }

    private EmailChangeProcess() {
    }
}
