package org.communityorganising.pathways.security;

import java.time.Clock;
import java.util.Optional;
import org.communityorganising.pathways.base.DatabaseUnavailable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check, guarded twice: per client address ({@link LoginThrottle}) and per account
 * ({@link LoginAttempts}, counted before the check so that parallel guesses are all counted).
 * Every attempt with an e-mail and a password still costs one password hash, so neither timing nor
 * the page tells whether an account exists, is locked or is throttled; one with either left empty
 * is refused at once, alike for every account, and counts for nothing.
 */
class GuardedAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(GuardedAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwordCheck;
    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final Clock clock;

    GuardedAuthenticationProvider(
            DaoAuthenticationProvider passwordCheck, LoginAttempts attempts, LoginThrottle throttle, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.attempts = attempts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        try {
            return guarded(authentication);
        } catch (RuntimeException failure) {
            // The throttle, the account's count and the account itself all live in the database.
            // Out of reach (restarting, failing over), nobody can sign in, and each is told so;
            // every connection busy too long under load, each is told to try again in a moment, as
            // when the hashers are busy. Never an error page, nor "check your e-mail and password".
            if (DatabaseUnavailable.unreachable(failure)) {
                log.warn("Sign-in refused: the database cannot be reached ({})", failure.toString());
                throw new SignInUnavailableException(failure);
            }
            if (DatabaseUnavailable.is(failure)) {
                log.warn("Sign-in refused: no database connection in time ({})", failure.toString());
                throw new SignInBusyException(failure);
            }
            throw failure;
        }
    }

    private Authentication guarded(Authentication authentication) {
        if (authentication.getName().isBlank()
                || authentication.getCredentials() == null
                || authentication.getCredentials().toString().isEmpty()) {
            // Nothing to check, so no guess was made: nothing is counted against the address (a
            // hall's people share one) and no hasher is taken. Answered alike for every account.
            throw new MissingCredentialsException();
        }
        // A login through the form has the client's address; nothing else (tests, tools) is throttled by address.
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        boolean addressAllowed = address == null || throttle.tryAttempt(address);
        Optional<LoginAttempts.Attempt> attempt;
        try {
            attempt = attempts.begin(authentication.getName());
        } catch (RuntimeException notCounted) {
            // No password is compared: the address's token goes back, as far as the database
            // takes the answer.
            if (DatabaseUnavailable.is(notCounted)) {
                notCounted(Optional.empty(), address, addressAllowed);
            }
            throw notCounted;
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            failed(attempt);
            throw wrong;
        } catch (SignInBusyException busy) {
            // The password was never compared: nothing was learnt, so nothing is counted, neither
            // against the account nor against the address (a hall's people share one).
            notCounted(attempt, address, addressAllowed);
            throw busy;
        } catch (AuthenticationServiceException notChecked) {
            // The account could not be read (the database out of reach): no password was compared
            // either, so nothing is counted, as far as the database takes the answer.
            if (DatabaseUnavailable.is(notChecked)) {
                notCounted(attempt, address, addressAllowed);
            }
            throw notChecked;
        }
        if (!addressAllowed) {
            throw new LockedException("Too many failed logins from this address");
        }
        if (attempt.isEmpty() || !attempt.get().allowed(clock.instant()) || !attempts.succeeded(attempt.get())) {
            throw new LockedException("Account locked");
        }
        if (address != null) {
            throttle.succeeded(address);
        }
        return result;
    }

    /**
     * A wrong password is counted; if the database cannot take the count just then, the person is
     * still told their password was wrong (the next attempt is counted as it begins), so that an
     * outage answers a wrong password on an existing account as it answers an unknown e-mail.
     */
    private void failed(Optional<LoginAttempts.Attempt> attempt) {
        try {
            attempt.ifPresent(attempts::failed);
        } catch (RuntimeException notCounted) {
            if (!DatabaseUnavailable.is(notCounted)) {
                throw notCounted;
            }
            log.warn("A failed sign-in could not be counted: the database is unavailable ({})", notCounted.toString());
        }
    }

    private void notCounted(Optional<LoginAttempts.Attempt> attempt, @Nullable String address, boolean addressAllowed) {
        attempt.ifPresent(attempts::notChecked);
        if (address != null && addressAllowed) {
            throttle.succeeded(address);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
