package org.communityorganising.pathways.security.dev;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.communityorganising.pathways.Application;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;

@IntegrationTest
class DemoAccountsGuardTest {

    @Autowired
    javax.sql.DataSource appDataSource;

    private HikariDataSource hikari() throws java.sql.SQLException {
        return appDataSource.unwrap(HikariDataSource.class);
    }

    @Test
    void theProductionProfileRefusesToStartWhileDemoAccountsExist() throws Exception {
        // A second, production app on the test database, which holds the demo accounts.
        var production = new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties(
                        "spring.datasource.url=" + hikari().getJdbcUrl(),
                        "spring.datasource.username=" + hikari().getUsername(),
                        "spring.datasource.password=" + (hikari().getPassword() == null ? "" : hikari().getPassword()),
                        "server.port=0",
                        "spring.main.banner-mode=off");
        assertThatThrownBy(() -> production.run().close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start in production")
                .hasMessageContaining("demo account");
    }
}
