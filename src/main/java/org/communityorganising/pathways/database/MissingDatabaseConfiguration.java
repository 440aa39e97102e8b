package org.communityorganising.pathways.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The production jar leaves zonky out (docs/decisions/0002-embedded-postgresql.md): there a
 * missing {@code spring.datasource.url} stops the app with a sentence saying what to set.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
class MissingDatabaseConfiguration {

    @Bean
    DataSource dataSource() {
        throw new IllegalStateException("No database configured. Set SPRING_DATASOURCE_URL, "
                + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a PostgreSQL 17 server "
                + "(this build carries no embedded PostgreSQL).");
    }
}
