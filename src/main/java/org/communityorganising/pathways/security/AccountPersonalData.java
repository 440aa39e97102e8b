package org.communityorganising.pathways.security;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sign-in account: never the password hash. Erasure removes the account, so nobody signs in as the person. */
@Component
class AccountPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("account", "account_link");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.account-links",
                        List.of("data.subject", "data.when", "data.sent-at", "data.expires-at", "data.used-at"),
                        """
                                select purpose, created_at, sent_at, expires_at, used_at from account_link
                                where person_id = :person order by created_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.account",
                        List.of("data.has-password", "data.last-login", "data.failed-logins", "data.locked-until"),
                        """
                        select password_hash is not null, last_login_at, failed_logins, locked_until
                        from account where person_id = :person""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        // Deleting the account also ends the person's open sessions (SessionFollowsAccountFilter finds no account).
        jdbc.sql("delete from account_link where person_id = :person")
                .param("person", personId)
                .update();
        jdbc.sql("delete from account where person_id = :person")
                .param("person", personId)
                .update();
    }
}
