package org.communityorganising.pathways.support;

import org.communityorganising.pathways.security.PathwaysUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a real person of the test database in on the current thread, as the login form would. */
@Component
public class SignIn {

    private final UserDetailsService accounts;

    SignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public PathwaysUser as(String email) {
        var user = (PathwaysUser) accounts.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
