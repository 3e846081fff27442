package jp.shomei.account;

import jp.shomei.account.LoginLockNoticeProcess.Beans;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of the login lock notice: reads the account and the lock's end, mails, and returns. */
@Configuration(proxyBeanMethods = false)
class LockNoticeAdapters {

    @Bean(Beans.SEND_LOCK_NOTICE)
    JavaDelegate sendLockNoticeAdapter(LockNotices notices) {
        return execution -> notices.mail(LoginLockNoticeProcess.accountId(execution),
                LoginLockNoticeProcess.lockedUntil(execution));
    }
}
