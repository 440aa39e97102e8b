package org.communityorganising.pathways.mail.demo;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With {@code pathways.mail.embedded.enabled} (the demo and the tests): an SMTP server of our own,
 * the app's mail sender pointed at it, and the Mailbox page at {@code /mailbox}. Production has no
 * GreenMail on its class path and no such property.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pathways.mail.embedded.enabled", havingValue = "true")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
class EmbeddedMailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    EmbeddedMailServer embeddedMailServer(@Value("${pathways.mail.embedded.port:3025}") int port) {
        return new EmbeddedMailServer(port);
    }

    @Bean
    JavaMailSender mailSender(EmbeddedMailServer server) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** The Mailbox route exists only here: registered at start, not by the route scan. */
    @Bean
    VaadinServiceInitListener mailboxRoute() {
        return event -> RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute("mailbox", MailboxView.class);
    }
}
