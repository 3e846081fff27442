package jp.shomei.account;

import java.util.Date;
import jp.shomei.account.LoginLockNoticeProcess.Beans;
import jp.shomei.account.LoginLockNoticeProcess.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of the login lock notice: reads the account and the lock's end, mails, and returns. */
@Configuration(proxyBeanMethods = false)
class LockNoticeAdapters {

    @Bean(Beans.SEND_LOCK_NOTICE)
    JavaDelegate sendLockNoticeAdapter(LockNotices notices) {
        return execution -> notices.mail(((Number) execution.getVariable(Variables.ACCOUNT_ID)).longValue(),
                ((Date) execution.getVariable(Variables.LOCKED_UNTIL)).toInstant());
    }
}
