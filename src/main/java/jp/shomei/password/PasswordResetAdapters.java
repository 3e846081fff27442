package jp.shomei.password;

import jp.shomei.password.PasswordResetProcess.Beans;
import jp.shomei.password.PasswordResetProcess.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the password reset: each reads its ids through the contract, makes one call, and returns. */
@Configuration(proxyBeanMethods = false)
class PasswordResetAdapters {

    @Bean(Beans.SEND_RESET_URL)
    JavaDelegate sendPasswordResetUrlAdapter(PasswordResets resets) {
        return execution -> resets.mailUrl(Variables.requestId(execution), Variables.urlValidity(execution));
    }

    @Bean(Beans.MARK_EXPIRED)
    JavaDelegate markPasswordResetExpiredAdapter(PasswordResets resets) {
        return execution -> resets.expire(Variables.requestId(execution));
    }

    @Bean(Beans.SEND_RESET_NOTICE)
    JavaDelegate sendPasswordResetNoticeAdapter(PasswordResetMails mails) {
        return execution -> mails.sendResetNotice(Variables.requestId(execution));
    }
}
