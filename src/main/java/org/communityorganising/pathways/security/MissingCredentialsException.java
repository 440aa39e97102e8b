package org.communityorganising.pathways.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * The sign-in form came with an empty e-mail or password: nothing was checked or counted, and the
 * sign-in page asks for both (it says nothing about any account).
 */
public final class MissingCredentialsException extends BadCredentialsException {

    public MissingCredentialsException() {
        super("E-mail or password missing");
    }
}
