package org.communityorganising.pathways.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import org.communityorganising.pathways.Application;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A database made by an earlier release (its pg_dump, kept under src/test/resources/db/upgrade)
 * is migrated by today's changelog and the app starts on it: no checksum refuses an edited
 * changeset, no new changeset trips over what the release had. Add each release's dump.
 */
@IntegrationTest
class UpgradeTest {

    @Autowired
    javax.sql.DataSource appDataSource;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"v0.1.0", "v0.2.0"})
    void aDatabaseMadeByAnEarlierReleaseIsMigratedAndTheAppStartsOnIt(String release) throws Exception {
        var hikari = appDataSource.unwrap(HikariDataSource.class);
        String database =
                "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            jdbc.sql("create database " + database).update();
        } catch (RuntimeException notAllowed) {
            Assumptions.abort("The test database's user may not create databases: " + notAllowed.getMessage());
        }
        String url = hikari.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        String password = hikari.getPassword() == null ? "" : hikari.getPassword();
        try {
            try (var connection = DriverManager.getConnection(url, hikari.getUsername(), password)) {
                ScriptUtils.executeSqlScript(
                        connection,
                        new EncodedResource(
                                new ClassPathResource("db/upgrade/" + release + ".sql"), StandardCharsets.UTF_8));
            }
            // A second app in this JVM installs its own security-context strategy (Vaadin's) globally:
            // give the test context's back afterwards.
            var strategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
            var app = new SpringApplicationBuilder(Application.class)
                    .profiles("demo")
                    .properties(
                            "spring.datasource.url=" + url,
                            "spring.datasource.username=" + hikari.getUsername(),
                            "spring.datasource.password=" + password,
                            "server.port=0",
                            "spring.main.banner-mode=off")
                    .run();
            try (app) {
                var migrated = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
                List<String> ran = migrated.sql("select id from databasechangelog order by orderexecuted")
                        .query(String.class)
                        .list();
                assertThat(ran)
                        .contains(
                                "0006-people-search",
                                "demo-cohort-telco",
                                "0010-account-security-version",
                                "0012-person-tier",
                                "0015-course-views");
                assertThat(migrated.sql("select count(*) from pg_indexes where indexname = 'ix_person_name_order'")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
                assertThat(migrated.sql("""
                                select t.rank from person_tier pt join tier t on t.id = pt.tier_id join person p on p.id = pt.person_id
                                where p.email = 'trainer@demo.pathways'""").query(Integer.class).single())
                        .as("the release's tiers moved to progression's table")
                        .isEqualTo(3);
                assertThat(app.getBean(UserDetailsService.class)
                                .loadUserByUsername("trainee@demo.pathways")
                                .getUsername())
                        .as("the release's people can still sign in")
                        .isEqualTo("trainee@demo.pathways");
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        } finally {
            jdbc.sql("drop database if exists " + database + " with (force)").update();
        }
    }
}
