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

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
