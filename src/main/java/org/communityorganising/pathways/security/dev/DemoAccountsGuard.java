package org.communityorganising.pathways.security.dev;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile while any demo account (…@demo.pathways, password
 * "pathways", printed in the README) can still log in. Demo data belongs to the "demo" Liquibase
 * context, which only the run command switches on; this catches a database that got it anyway.
 */
@Component
@Profile("prod")
class DemoAccountsGuard implements SmartInitializingSingleton {

    static final String DEMO_DOMAIN = "@demo.pathways";

    private final JdbcClient jdbc;

    DemoAccountsGuard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs after Liquibase has migrated and before the web server accepts a request. */
    @Override
    public void afterSingletonsInstantiated() {
        long demoAccounts = jdbc.sql("""
                        select count(*) from v_person p join account a on a.person_id = p.id
                        where lower(p.email) like :domain and a.password_hash is not null""")
                .param("domain", "%" + DEMO_DOMAIN)
                .query(Long.class)
                .single();
        if (demoAccounts > 0) {
            throw new IllegalStateException("Refusing to start in production: " + demoAccounts
                    + " demo account(s) (*" + DEMO_DOMAIN + ", password printed in the README) exist in this database."
                    + " Remove them, or run without the 'prod' profile.");
        }
    }
}
