package org.communityorganising.pathways.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.ProfileService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject-access exports and erasure. Everyone may export their own data; administrators may
 * export anyone's (a request made by letter) and erase a person. Every module takes part through
 * its {@link PersonalData}; everything happens in one transaction and is audited without a name.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PersonalDataService {

    /** The two formats of an export. */
    public enum Format {
        JSON("application/json", "json"),
        HTML("text/html; charset=UTF-8", "html");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String fileName(long personId) {
            return "pathways-my-data-" + personId + "." + extension;
        }
    }

    private final List<PersonalData> modules;
    private final CurrentUser currentUser;
    private final ProfileService profiles;
    private final PeopleService people;
    private final ExportWriter writer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataService(
            List<PersonalData> modules,
            CurrentUser currentUser,
            ProfileService profiles,
            PeopleService people,
            ExportWriter writer,
            ApplicationEventPublisher events,
            Clock clock) {
        this.modules = modules;
        this.currentUser = currentUser;
        this.profiles = profiles;
        this.people = people;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /** Everything held about the signed-in person, in their language. */
    @Transactional
    public byte[] exportMine(Format format) {
        long me = currentUser.require().personId();
        return write(export(me, profiles.myProfile().language()), format, true);
    }

    /** Everything held about anyone, for an administrator answering a request; in that person's language. */
    @Transactional
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public byte[] exportFor(long personId, Format format) {
        return write(export(personId, people.summary(personId).language()), format, false);
    }

    /**
     * Erases a person: identity, contact details, remarks and apology reasons, check-in attempts,
     * calendar feed and account go; marks, enrolments and tiers stay, anonymous, so that totals do
     * not change. The administrator confirms by typing the person's name as shown.
     */
    @Transactional
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public void erase(long personId, String confirmation) {
        var person = people.summary(personId);
        if (!person.fullName().strip().equalsIgnoreCase(confirmation.strip())) {
            throw new InvalidInputException("data.error.confirmation");
        }
        if (personId == currentUser.require().personId()) {
            throw new InvalidInputException("data.error.erase-self");
        }
        modules.forEach(module -> module.erase(personId));
        events.publishEvent(new PrivacyEvents.PersonErased(personId));
    }

    private PersonalDataExport export(long personId, String language) {
        var parts = modules.stream()
                .map(module -> new PersonalDataExport.Part(moduleName(module), module.export(personId)))
                .sorted(java.util.Comparator.comparing(PersonalDataExport.Part::module))
                .toList();
        return new PersonalDataExport(personId, language, clock.instant(), parts);
    }

    private byte[] write(PersonalDataExport export, Format format, boolean byThemselves) {
        events.publishEvent(new PrivacyEvents.PersonalDataExported(export.personId(), format.name(), byThemselves));
        return format == Format.JSON ? writer.json(export) : writer.html(export);
    }

    private static String moduleName(PersonalData module) {
        String name =
                org.springframework.aop.support.AopUtils.getTargetClass(module).getPackageName();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }
}
