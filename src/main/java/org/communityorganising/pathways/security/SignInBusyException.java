package org.communityorganising.pathways.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * More people are signing in than the password hashers (or the database's connections) can serve
 * within the wait allowed: the password was not checked. The login page asks the person to try
 * again in a moment.
 */
public final class SignInBusyException extends AuthenticationServiceException {

    public SignInBusyException(Duration waited) {
        super("No password hasher free after " + waited.toMillis() + " ms");
    }

    public SignInBusyException(Throwable noConnectionInTime) {
        super("No database connection free in time", noConnectionInTime);
    }
}
