package org.communityorganising.pathways.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import liquibase.integration.spring.SpringLiquibase;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Liquibase owns the schema: it applies from empty, and the database itself refuses bad rows. */
@IntegrationTest
class MigrationsTest {

    @Autowired
    javax.sql.DataSource appDataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private HikariDataSource hikari() throws java.sql.SQLException {
        return appDataSource.unwrap(HikariDataSource.class);
    }

    @Test
    void theChangelogAppliesToAnEmptySchemaWithReferenceDataButNoDemoData() throws Exception {
        String schema = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.sql("create schema " + schema).update();
        try {
            var fresh = new DriverManagerDataSource(
                    withSchema(hikari().getJdbcUrl(), schema), hikari().getUsername(), hikari().getPassword());
            var liquibase = new SpringLiquibase();
            liquibase.setDataSource(fresh);
            liquibase.setResourceLoader(new DefaultResourceLoader());
            liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
            liquibase.setContexts("production");
            liquibase.afterPropertiesSet();

            var freshJdbc = JdbcClient.create(fresh);
            assertThat(freshJdbc
                            .sql("select table_name from information_schema.tables where table_schema = :schema")
                            .param("schema", schema)
                            .query(String.class)
                            .list())
                    .contains("chapter", "institution", "tier", "person", "person_role", "account", "course");
            assertThat(freshJdbc
                            .sql("select count(*) from tier")
                            .query(Long.class)
                            .single())
                    .isEqualTo(5L);
            assertThat(freshJdbc
                            .sql("select count(*) from chapter")
                            .query(Long.class)
                            .single())
                    .as("no demo chapters")
                    .isZero();
            assertThat(freshJdbc
                            .sql("select count(*) from person")
                            .query(Long.class)
                            .single())
                    .as("no demo accounts")
                    .isZero();
        } finally {
            jdbc.sql("drop schema " + schema + " cascade").update();
        }
    }

    @Test
    void theDatabaseRefusesAnInstitutionOfAnUnknownKind() {
        assertRefused("insert into institution (chapter_id, name, kind) select id, 'X', 'CLUB' from chapter limit 1");
    }

    @Test
    void theDatabaseRefusesTwoInstitutionsWithTheSameNameInOneChapterWhateverTheCase() {
        assertRefused(
                "insert into institution (chapter_id, name, kind) select chapter_id, upper(name), kind from institution limit 1");
    }

    @Test
    void theDatabaseRefusesAMalformedOrDuplicateEmail() {
        assertRefused("insert into person (full_name, email) values ('X', 'not-an-email')");
        assertRefused("insert into person (full_name, email) values ('X', 'TRAINEE@demo.pathways')");
    }

    @Test
    void theDatabaseRefusesAnUnknownRoleOrLanguage() {
        assertRefused("insert into person_role (person_id, role) select id, 'KING' from person limit 1");
        assertRefused("update person set language = 'fr'");
    }

    @Test
    void theDatabaseRefusesAnAttendanceMinimumOutsideZeroToHundredPercent() {
        assertRefused("update course set min_attendance_percent = 120");
        assertRefused("update course set hours = 0");
    }

    @Test
    void theDatabaseRefusesANegativeFailedLoginCount() {
        assertRefused("update account set failed_logins = -1");
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    jdbc.sql(sql).update();
                    status.setRollbackOnly();
                }))
                .as(sql)
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static String withSchema(String url, String schema) {
        // Extensions (pg_trgm) live in public, as on a real server: keep it on the search path.
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }
}
