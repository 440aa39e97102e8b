package org.communityorganising.pathways.security;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Spring's password check, whose first sign-in runs alone. Before its first lookup the provider
 * hashes a dummy password once, to compare unknown e-mails with (so that they take as long as
 * known ones), without a lock: on a node just started, every sign-in of the first burst would hash
 * that dummy too and double the burst's work. The first sign-in now runs alone; the rest, as before.
 */
final class PasswordCheck extends DaoAuthenticationProvider {

    private final Object firstLookup = new Object();
    private volatile boolean prepared;

    PasswordCheck(UserDetailsService accounts) {
        super(accounts);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!prepared) {
            synchronized (firstLookup) {
                if (!prepared) {
                    try {
                        return super.authenticate(authentication);
                    } finally {
                        prepared = true;
                    }
                }
            }
        }
        return super.authenticate(authentication);
    }
}
