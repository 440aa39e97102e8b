package org.communityorganising.pathways.people;

import java.util.Set;
import org.communityorganising.pathways.security.AccountPasswords;
import org.communityorganising.pathways.security.AccountSessions;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own profile. Nobody reaches another person's record through it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    private static final Set<String> LANGUAGES = Set.of("en", "cy");

    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final AccountPasswords passwords;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;

    ProfileService(
            PersonRepository people,
            CurrentUser currentUser,
            AccountPasswords passwords,
            AccountSessions sessions,
            ApplicationEventPublisher events) {
        this.people = people;
        this.currentUser = currentUser;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
    }

    /**
     * Changes the signed-in person's own password. Their other sessions must sign in again; this
     * one stays signed in.
     */
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        var me = currentUser.require();
        passwords.change(me.personId(), me.email(), currentPassword, newPassword);
        sessions.accountChanged(me.personId());
        events.publishEvent(new PeopleEvents.PasswordSet(me.personId(), true));
    }

    public MyProfile myProfile() {
        long id = currentUser.require().personId();
        return people.findProfile(id)
                .orElseThrow(() -> new IllegalStateException("Signed-in person " + id + " no longer exists"));
    }

    /** Stores the language the person wants Pathways to speak to them in: "en" or "cy". */
    @Transactional
    public void changeMyLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        long id = currentUser.require().personId();
        people.findById(id).orElseThrow().setLanguage(language);
    }
}
