package org.communityorganising.pathways.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in right after they chose their password with a link, as the login form would:
 * a new session id (no fixation), the account as it now is, kept in the HTTP session.
 */
@Component
public class LinkSignIn {

    private final AccountDetailsService accounts;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    LinkSignIn(AccountDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Call after {@link AccountLinks#choosePassword} has committed, within a Vaadin request. */
    public void signIn(long personId) {
        var user = accounts.loadById(personId)
                .filter(account -> account.isEnabled() && account.isAccountNonLocked())
                .orElseThrow(
                        () -> new org.springframework.security.access.AccessDeniedException("Not an active account"));
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        authentication.eraseCredentials();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
