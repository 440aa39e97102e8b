package org.communityorganising.pathways.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling a service: the one place features read the signed-in person from. */
@Component
public class CurrentUser {

    public Optional<PathwaysUser> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PathwaysUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PathwaysUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in person"));
    }
}
