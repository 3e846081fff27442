package jp.shomei.account;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.DateValue;
import org.camunda.bpm.engine.variable.value.LongValue;

/**
 * The contract of processes/login-lock-notice.bpmn: tells an account's owner that failed logins locked it, as a
 * job that is retried and becomes an incident like every other mail.
 */
public final class LoginLockNoticeProcess {

    public static final String KEY = "login-lock-notice";

    public static final class Elements {
        public static final String START = "StartEvent_AccountLocked";
        public static final String SEND_LOCK_NOTICE = "ServiceTask_SendLockNotice";
        public static final String END = "EndEvent_LockNoticeSent";

        private Elements() {
        }
    }

    public static final class Variables {
        /** Long: the locked account; its address and language stay in its row. */
        public static final String ACCOUNT_ID = "accountId";
        /** Date: when the lock ends. */
        public static final String LOCKED_UNTIL = "lockedUntil";

        private Variables() {
        }
    }

    public static final class Beans {
        public static final String SEND_LOCK_NOTICE = "sendLockNoticeAdapter";

        private Beans() {
        }
    }

    public static Long accountId(VariableScope execution) {
        LongValue value = execution.getVariableTyped(Variables.ACCOUNT_ID);
        return value.getValue();
    }

    public static Instant lockedUntil(VariableScope execution) {
        DateValue value = execution.getVariableTyped(Variables.LOCKED_UNTIL);
        return value.getValue().toInstant();
    }

    private LoginLockNoticeProcess() {
    }
}
