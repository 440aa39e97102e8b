package org.communityorganising.pathways.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The database could not be reached while signing in (restarting, failing over): the password
 * was never checked and nothing was counted. The sign-in page asks the person to try again in a
 * minute instead of showing an error page.
 */
public final class SignInUnavailableException extends AuthenticationServiceException {

    public SignInUnavailableException(Throwable cause) {
        super("The database could not be reached to check the password", cause);
    }
}
