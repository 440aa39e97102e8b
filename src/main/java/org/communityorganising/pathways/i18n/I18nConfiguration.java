package org.communityorganising.pathways.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's own provider over {@code vaadin-i18n/translations*.properties}, with the two languages
 * named explicitly and English first: a browser asking for neither gets English.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(Languages.ALL);
    }
}
