package org.communityorganising.pathways.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes open sessions follow an account. Guarded services call {@link #accountChanged} inside
 * their transaction whenever they change what a session trusts about a person — roles, chapter,
 * active flag or password. That raises the account's security version; every request of that
 * person's other sessions then finds its copy out of date and is signed out
 * ({@link SessionFollowsAccountFilter}). The session that made a change to its own account is
 * brought up to date instead, so someone changing their own password stays signed in there.
 */
@Component
public class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final JdbcClient jdbc;
    private final AccountDetailsService accounts;
    private final CurrentUser currentUser;

    AccountSessions(JdbcClient jdbc, AccountDetailsService accounts, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void accountChanged(long personId) {
        int changed = jdbc.sql("update account set security_version = security_version + 1 where person_id = :id")
                .param("id", personId)
                .update();
        if (changed > 0) {
            log.info("Account {} changed: its other sessions must sign in again", personId);
        }
        boolean ownAccount =
                currentUser.find().map(user -> user.personId() == personId).orElse(false);
        if (ownAccount) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshCurrentSession(personId);
                }
            });
        }
    }

    /** Replaces the signed-in principal of this request's session with the account as it now is. */
    private void refreshCurrentSession(long personId) {
        var context = SecurityContextHolder.getContext();
        accounts.loadById(personId)
                .filter(PathwaysUser::isEnabled)
                .ifPresentOrElse(
                        user -> {
                            user.eraseCredentials();
                            // The context object is the one the HTTP session holds, so the session keeps the new
                            // principal.
                            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    user, null, user.getAuthorities()));
                        },
                        () -> context.setAuthentication(null));
    }
}
