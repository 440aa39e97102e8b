package org.communityorganising.pathways.people;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.communityorganising.pathways.security.AccountLinks;
import org.communityorganising.pathways.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way into a new installation: with {@code PATHWAYS_FIRST_ADMIN_EMAIL} set, a start that finds
 * no active administrator adds one with that address (if nobody has it yet) and sends them an
 * invitation. Once an administrator exists it does nothing. The link is never logged; the log says
 * an invitation was sent. Several nodes starting at once invite once (an advisory lock).
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final Pattern EMAIL = Pattern.compile(PersonForm.EMAIL_PATTERN);

    private final String email;
    private final String name;
    private final PersonRepository people;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final AccountLinks links;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    FirstAdministrator(
            @Value("${pathways.first-admin.email:}") String email,
            @Value("${pathways.first-admin.name:Administrator}") String name,
            PersonRepository people,
            EntityManager entityManager,
            JdbcClient jdbc,
            AccountLinks links,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.email = email.strip();
        this.name = name.strip().isEmpty() ? "Administrator" : name.strip();
        this.people = people;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.links = links;
        this.events = events;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (email.isEmpty()) {
            return;
        }
        if (!EMAIL.matcher(email).matches() || email.length() > PersonForm.EMAIL_MAX) {
            log.error("PATHWAYS_FIRST_ADMIN_EMAIL is not an e-mail address: no administrator invited");
            return;
        }
        transaction.executeWithoutResult(status -> inviteIfNoAdministrator());
    }

    /** @return whether an invitation was sent */
    boolean inviteIfNoAdministrator() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('pathways.first-admin'))")
                .query()
                .singleRow();
        // One who can sign in: an administrator who never chose a password lets nobody in.
        boolean administratorExists = jdbc.sql("""
                        select exists (select 1 from v_person p join v_person_role r on r.person_id = p.id
                                       join v_account_with_password a on a.person_id = p.id
                                       where r.role = 'ADMIN' and p.active)""").query(Boolean.class).single();
        if (administratorExists) {
            return false;
        }
        var person = people.findByEmailIgnoreCase(email).orElseGet(() -> {
            var added = new Person();
            added.update(name, email.toLowerCase(Locale.ROOT), null, null, null);
            added.replaceRoles(Set.of(AppRoles.ADMIN));
            people.save(added);
            entityManager.flush();
            events.publishEvent(new PeopleEvents.PersonCreated(
                    Objects.requireNonNull(added.getId()), Set.of(AppRoles.ADMIN), false));
            return added;
        });
        if (!person.getRoles().contains(AppRoles.ADMIN) || !person.isActive()) {
            log.error(
                    "PATHWAYS_FIRST_ADMIN_EMAIL belongs to someone who is not an active administrator: no one invited");
            return false;
        }
        links.inviteFirstAdministrator(Objects.requireNonNull(person.getId()));
        log.info("No administrator can sign in yet: an invitation goes to the address in PATHWAYS_FIRST_ADMIN_EMAIL");
        return true;
    }
}
