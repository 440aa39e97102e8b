package org.communityorganising.pathways.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.LanguagePreference;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security sees them: who they are, their chapter (the scope of
 * every non-admin role) and their roles. Kept in the HTTP session, so it stays small and
 * serializable; the password hash is erased after login.
 */
public final class PathwaysUser implements UserDetails, CredentialsContainer, LanguagePreference {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String email;
    private final String displayName;
    private final @Nullable Long chapterId;
    private final Set<String> roles;
    private final String language;
    private final boolean active;
    private final @Nullable Instant lockedUntil;
    private final Instant loadedAt;
    private final long securityVersion;
    private @Nullable String passwordHash;

    public PathwaysUser(
            long personId,
            String email,
            String displayName,
            @Nullable Long chapterId,
            Set<String> roles,
            String language,
            boolean active,
            @Nullable String passwordHash,
            @Nullable Instant lockedUntil,
            Instant loadedAt,
            long securityVersion) {
        this.personId = personId;
        this.email = email;
        this.displayName = displayName;
        this.chapterId = chapterId;
        this.roles = Set.copyOf(roles);
        this.language = language;
        this.active = active;
        this.passwordHash = passwordHash;
        this.lockedUntil = lockedUntil;
        this.loadedAt = loadedAt;
        this.securityVersion = securityVersion;
    }

    /** The same person with the account's newer security version (after changing their own password). */
    PathwaysUser withSecurityVersion(long version) {
        return new PathwaysUser(
                personId, email, displayName, chapterId, roles, language, active, null, lockedUntil, loadedAt, version);
    }

    /**
     * The account's security version when this session signed in; a request whose account has a
     * newer one is no longer trusted (see {@code SessionFollowsAccountFilter}).
     */
    public long securityVersion() {
        return securityVersion;
    }

    public long personId() {
        return personId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    /** The chapter every non-admin role of this person is scoped to; empty for national staff. */
    public @Nullable Long chapterId() {
        return chapterId;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The language stored for this person at login: "en" or "cy". */
    @Override
    public String language() {
        return language;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(AppRoles.ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AppRoles.ALL.stream()
                .filter(roles::contains)
                .map(role -> new SimpleGrantedAuthority(AppRoles.authority(role)))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(loadedAt);
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathwaysUser that && that.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }

    @Override
    public String toString() {
        return "PathwaysUser[" + personId + ", " + List.copyOf(roles) + "]";
    }
}
