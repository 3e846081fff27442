package jp.shomei.password;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * The contract of processes/password-reset.bpmn (manual 2.4(f)): its key, element ids, messages and variables, and
 * the typed reading of the variables for the adapters.
 */
public final class PasswordResetProcess {

    public static final String KEY = "password-reset";

    /** The graduate set new passwords through the one-time URL. */
    public static final String MESSAGE_PASSWORDS_RESET = "passwordReset.passwordsReset";

    /** A newer request for the same account replaces this one, whose URL no longer works. */
    public static final String MESSAGE_REPLACED = "passwordReset.replaced";

    /** The one-time URL's purpose as stored with its token; its subject is the account. */
    public static final String URL_PURPOSE = "password-reset";

    public static final class Elements {
        public static final String START = "StartEvent_ResetRequested";
        public static final String ADDRESS_REGISTERED = "Gateway_AddressRegistered";
        public static final String END_ADDRESS_UNKNOWN = "EndEvent_AddressUnknown";
        public static final String SEND_RESET_URL = "ServiceTask_SendResetUrl";
        public static final String WAIT_FOR_RESET = "ReceiveTask_WaitForReset";
        public static final String URL_EXPIRED = "TimerEvent_UrlExpired";
        public static final String MARK_EXPIRED = "ServiceTask_MarkExpired";
        public static final String END_EXPIRED = "EndEvent_Expired";
        public static final String REPLACED = "MessageEvent_Replaced";
        public static final String END_REPLACED = "EndEvent_Replaced";
        public static final String SEND_RESET_NOTICE = "ServiceTask_SendResetNotice";
        public static final String END_RESET = "EndEvent_PasswordsReset";

        private Elements() {
        }
    }

    public static final class Variables {
        /** Long: the {@link PasswordReset} row; null when the address is not registered and nothing is sent. */
        public static final String REQUEST_ID = "requestId";
        /** Long: the account whose passwords are reset; null with {@link #REQUEST_ID}. */
        public static final String ACCOUNT_ID = "accountId";
        /** String: ISO-8601 duration the one-time URL and the wait for the new passwords last. */
        public static final String URL_VALIDITY = "urlValidity";

        private Variables() {
        }

        public static Long requestId(VariableScope scope) {
            LongValue value = scope.getVariableTyped(REQUEST_ID);
            return value.getValue();
        }

        public static Duration urlValidity(VariableScope scope) {
            StringValue value = scope.getVariableTyped(URL_VALIDITY);
            return Duration.parse(value.getValue());
        }
    }

    public static final class Beans {
        public static final String SEND_RESET_URL = "sendPasswordResetUrlAdapter";
        public static final String MARK_EXPIRED = "markPasswordResetExpiredAdapter";
        public static final String SEND_RESET_NOTICE = "sendPasswordResetNoticeAdapter";

        private Beans() {
        }
    }

    private PasswordResetProcess() {
    }
}
