package jp.shomei.email;

import jp.shomei.email.EmailChangeProcess.Beans;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of the change of address: each reads its ids, makes one service call, and returns. */
@Configuration(proxyBeanMethods = false)
class EmailChangeAdapters {

    @Bean(Beans.SEND_CONFIRMATION_URL)
    JavaDelegate sendEmailChangeUrlAdapter(EmailChangeMails mails) {
        return execution -> mails.sendConfirmationUrl(EmailChangeProcess.emailChangeId(execution),
                EmailChangeProcess.urlValidity(execution));
    }

    @Bean(Beans.MARK_EXPIRED)
    JavaDelegate markEmailChangeExpiredAdapter(EmailChangeService service) {
        return execution -> service.expire(EmailChangeProcess.emailChangeId(execution));
    }

    @Bean(Beans.SEND_CHANGED_NOTICE)
    JavaDelegate sendEmailChangedNoticeAdapter(EmailChangeMails mails) {
        return execution -> mails.sendChangedNotice(EmailChangeProcess.emailChangeId(execution));
    }
}
