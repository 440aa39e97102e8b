package org.communityorganising.pathways.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
class TestConfiguration {

    /** Static: it must wrap the DataSource before anything takes a connection from it. */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor statementCountingDataSource() {
        return StatementCounter.wrapDataSources();
    }

    /** A local SMTP server, and the app's mail sender pointed at it: mail is really sent in tests. */
    @Bean(destroyMethod = "close")
    SmtpInbox smtpInbox() throws java.io.IOException {
        return new SmtpInbox();
    }

    @Bean
    org.springframework.mail.javamail.JavaMailSender mailSender(SmtpInbox inbox) {
        var sender = new org.springframework.mail.javamail.JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(inbox.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
