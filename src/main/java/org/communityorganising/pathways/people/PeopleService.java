package org.communityorganising.pathways.people;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.SearchText;
import org.communityorganising.pathways.chapter.Chapter;
import org.communityorganising.pathways.chapter.Institution;
import org.communityorganising.pathways.security.AccountLinks;
import org.communityorganising.pathways.security.AccountSessions;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.PathwaysUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their accounts. Administrators manage everyone; a chapter lead manages the people of
 * their own chapter whose every role is one a lead may grant (trainee, trainer) — never an
 * administrator, another lead or themselves; trainers may search their chapter's people (to enrol
 * them). Role changes and passwords set are audited, and any change to what a signed-in session
 * trusts (roles, chapter, active flag, password) ends that person's other sessions' trust.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
public class PeopleService {

    private static final Pattern EMAIL = Pattern.compile(PersonForm.EMAIL_PATTERN);
    private static final Set<String> LEAD_GRANTABLE = Set.of(AppRoles.TRAINEE, AppRoles.TRAINER);

    private final PersonRepository people;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AccountLinks links;
    private final AccountSessions sessions;

    PeopleService(
            PersonRepository people,
            EntityManager entityManager,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            AccountLinks links,
            AccountSessions sessions) {
        this.people = people;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.events = events;
        this.links = links;
        this.sessions = sessions;
    }

    /**
     * The roles the signed-in person may grant or remove: an administrator every role, a chapter
     * lead trainee and trainer. Everyone a lead may edit holds only these (see {@link #mayManage}).
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public List<String> grantableRoles() {
        return currentUser.require().isAdmin()
                ? AppRoles.ALL
                : AppRoles.ALL.stream().filter(LEAD_GRANTABLE::contains).toList();
    }

    /**
     * One page of people matching the filter: the people, their roles and, for leads and
     * administrators, their accounts — three SQL statements whatever the page size (four when
     * filtered by invitation, which asks the security module first).
     */
    public Slice<PersonListItem> find(PeopleFilter filter, Pageable pageable) {
        Long chapterId = scopedChapter(filter.chapterId());
        var user = currentUser.require();
        boolean staff = user.isAdmin() || user.hasRole(AppRoles.CHAPTER_LEAD);
        var invitationStatus = staff ? filter.invitation() : null;
        var rows = invitationStatus == null
                ? people.findRows(
                        chapterId,
                        SearchText.containsPattern(filter.text()),
                        filter.includeInactive(),
                        filter.role(),
                        pageable)
                : people.findRowsAmong(
                        links.peopleWithInvitation(invitationStatus, chapterId),
                        chapterId,
                        SearchText.containsPattern(filter.text()),
                        filter.includeInactive(),
                        filter.role(),
                        pageable);
        Map<Long, Set<String>> roles = new HashMap<>();
        if (rows.hasContent()) {
            for (Object[] pair : people.findRoles(rows.map(PersonRow::id).getContent())) {
                roles.computeIfAbsent((Long) pair[0], id -> new TreeSet<>()).add((String) pair[1]);
            }
        }
        // Invitations and passwords are for leads and administrators; a trainer's picker does not ask.
        Map<Long, AccountLinks.AccountState> accounts =
                staff ? links.accountStates(rows.map(PersonRow::id).getContent()) : Map.of();
        List<PersonListItem> items = rows.getContent().stream()
                .map(row -> {
                    Set<String> held = roles.getOrDefault(row.id(), Set.of());
                    var account = accounts.get(row.id());
                    return new PersonListItem(
                            row.id(),
                            row.fullName(),
                            row.email(),
                            row.chapterId(),
                            row.chapterName(),
                            row.institutionName(),
                            row.active(),
                            held,
                            mayManage(user, row.id(), row.chapterId(), held),
                            account == null ? null : account.invitation(),
                            account != null && account.hasPassword());
                })
                .toList();
        return new SliceImpl<>(items, pageable, rows.hasNext());
    }

    /** Active people for a picker (enrolment, trainers), by name or e-mail. */
    public List<PersonOption> options(PeopleFilter filter, Pageable pageable) {
        return find(new PeopleFilter(filter.text(), filter.chapterId(), filter.role(), false), pageable).stream()
                .map(item -> new PersonOption(item.id(), item.fullName(), item.email(), item.institutionName()))
                .toList();
    }

    /** Name and language of anyone, for an administrator answering a data request. */
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public PersonSummary summary(long id) {
        var person = people.findById(id).orElseThrow(() -> new InvalidInputException("people.error.not-found"));
        return new PersonSummary(id, person.getFullName(), person.getLanguage());
    }

    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public PersonForm load(long id) {
        var person = manageable(id);
        return new PersonForm(
                person.getFullName(),
                person.getEmail(),
                person.getPhone(),
                person.getChapter() == null ? null : person.getChapter().getId(),
                person.getInstitution() == null ? null : person.getInstitution().getId(),
                Set.copyOf(person.getRoles()),
                person.getVersion());
    }

    /** Creates the person without inviting them (they get an account when invited later). */
    @Transactional
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public long create(PersonForm form) {
        return create(form, false);
    }

    /**
     * Creates the person and, by default, sends them an invitation to choose their own password
     * (after the commit): nobody else ever chooses or knows it.
     */
    @Transactional
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public long create(PersonForm form, boolean invite) {
        var person = new Person();
        apply(person, form, 0L);
        people.save(person);
        entityManager.flush();
        long id = Objects.requireNonNull(person.getId());
        events.publishEvent(new PeopleEvents.PersonCreated(id, Set.copyOf(form.roles()), false));
        if (invite) {
            links.invite(id);
        }
        return id;
    }

    /** Saves the person's details. A new e-mail address kills every link sent to the old one. */
    @Transactional
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public void update(long id, PersonForm form) {
        var person = manageable(id);
        ConcurrentChangeException.check(person, form.version(), "This person");
        Set<String> before = new TreeSet<>(person.getRoles());
        Long chapterBefore =
                person.getChapter() == null ? null : person.getChapter().getId();
        String emailBefore = person.getEmail();
        if (!before.equals(new TreeSet<>(form.roles()))
                && id == currentUser.require().personId()) {
            throw new InvalidInputException("people.error.own-roles");
        }
        apply(person, form, id);
        if (!before.equals(new TreeSet<>(form.roles()))) {
            events.publishEvent(new PeopleEvents.RolesChanged(id, before, Set.copyOf(form.roles())));
        }
        entityManager.flush();
        if (!before.equals(new TreeSet<>(form.roles())) || !Objects.equals(chapterBefore, form.chapterId())) {
            sessions.accountChanged(id);
        }
        if (!emailBefore.equalsIgnoreCase(person.getEmail())) {
            links.revoke(id, "e-mail changed");
            // The old address is told, so that nobody re-addresses an account and resets it unseen.
            events.publishEvent(new PeopleEvents.EmailChanged(id, emailBefore));
        }
    }

    /** Sends the person's invitation again (a new link; the old one dies). */
    @Transactional
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public void invite(long id) {
        var person = manageable(id);
        if (!person.isActive()) {
            throw new InvalidInputException("people.error.inactive");
        }
        links.invite(id);
    }

    /** A fresh invitation link for the lead to pass on by hand; every earlier link dies. */
    @Transactional
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public String copyInvitationLink(long id) {
        var person = manageable(id);
        if (!person.isActive()) {
            throw new InvalidInputException("people.error.inactive");
        }
        return links.copyInvitationLink(id);
    }

    /** Kills the person's open invitation (and any reset link). */
    @Transactional
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public void revokeInvitation(long id) {
        manageable(id);
        links.revoke(id, "revoked");
    }

    /**
     * A minimal record for someone who walked into a session: name and e-mail, the trainee role,
     * the caller's chapter (an administrator names one). Trainers may do this; they cannot grant roles.
     */
    @Transactional
    public long createWalkIn(String fullName, String email, @Nullable Long chapterId) {
        var user = currentUser.require();
        Long chapter = user.isAdmin() ? chapterId : user.chapterId();
        var form = new PersonForm(fullName, email, null, chapter, null, Set.of(AppRoles.TRAINEE), 0);
        var person = new Person();
        validateProfile(person, form, 0L);
        person.replaceRoles(Set.of(AppRoles.TRAINEE));
        people.save(person);
        entityManager.flush();
        long id = Objects.requireNonNull(person.getId());
        events.publishEvent(new PeopleEvents.PersonCreated(id, Set.of(AppRoles.TRAINEE), true));
        return id;
    }

    @Transactional
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public void setActive(long id, boolean active, long version) {
        var person = manageable(id);
        ConcurrentChangeException.check(person, version, "This person");
        if (!active && id == currentUser.require().personId()) {
            throw new InvalidInputException("people.error.deactivate-self");
        }
        person.setActive(active);
        sessions.accountChanged(id);
        if (!active) {
            links.revoke(id, "deactivated");
        }
        events.publishEvent(new PeopleEvents.PersonActivationChanged(id, active));
        entityManager.flush();
    }

    private void apply(Person person, PersonForm form, long id) {
        var user = currentUser.require();
        Set<String> roles = new HashSet<>(form.roles());
        if (roles.isEmpty() || !AppRoles.ALL.containsAll(roles)) {
            throw new InvalidInputException("people.error.roles");
        }
        Long chapterId = form.chapterId();
        if (!user.isAdmin()) {
            if (!Objects.equals(chapterId, user.chapterId())) {
                throw new AccessDeniedException("A chapter lead manages people of their own chapter only");
            }
            Set<String> changed = new HashSet<>(roles);
            changed.addAll(person.getRoles());
            Set<String> kept = new HashSet<>(roles);
            kept.retainAll(person.getRoles());
            changed.removeAll(kept);
            if (!LEAD_GRANTABLE.containsAll(changed)) {
                throw new AccessDeniedException(
                        "A chapter lead may grant or remove the trainee and trainer roles only");
            }
        }
        if (chapterId == null && !roles.equals(Set.of(AppRoles.ADMIN))) {
            throw new InvalidInputException("people.error.chapter-required");
        }
        validateProfile(person, form, id);
        person.replaceRoles(roles);
    }

    /** Name, e-mail, phone, chapter and institution: checked and applied, whoever creates the person. */
    private void validateProfile(Person person, PersonForm form, long id) {
        String name = PlainText.requiredLine(form.fullName(), PersonForm.NAME_MAX, "people.error.name");
        String email = PlainText.requiredLine(form.email(), PersonForm.EMAIL_MAX, "people.error.email");
        if (!EMAIL.matcher(email).matches() || email.length() > PersonForm.EMAIL_MAX) {
            throw new InvalidInputException("people.error.email");
        }
        if (people.emailTaken(email, id)) {
            throw new InvalidInputException("people.error.email-taken");
        }
        Long chapterId = form.chapterId();
        if (chapterId == null && !form.roles().equals(Set.of(AppRoles.ADMIN))) {
            throw new InvalidInputException("people.error.chapter-required");
        }
        Chapter chapter = chapterId == null ? null : entityManager.find(Chapter.class, chapterId);
        if (chapterId != null && chapter == null) {
            throw new InvalidInputException("people.error.chapter-required");
        }
        Institution institution = null;
        if (form.institutionId() != null) {
            institution = entityManager.find(Institution.class, form.institutionId());
            if (institution == null
                    || chapter == null
                    || !Objects.equals(institution.getChapter().getId(), chapter.getId())) {
                throw new InvalidInputException("people.error.institution-chapter");
            }
        }
        String phone = PlainText.optionalLine(form.phone(), PersonForm.PHONE_MAX, "people.error.phone");
        person.update(name, email, phone, chapter, institution);
    }

    /** The person, if the caller may manage them (see {@link #mayManage}); refused otherwise, for every write. */
    private Person manageable(long id) {
        var person = people.findById(id).orElseThrow(() -> new InvalidInputException("people.error.not-found"));
        Long chapter = person.getChapter() == null ? null : person.getChapter().getId();
        if (!mayManage(currentUser.require(), id, chapter, person.getRoles())) {
            throw new AccessDeniedException(
                    "A chapter lead manages only trainees and trainers of their own chapter, never themselves");
        }
        return person;
    }

    /**
     * The one rule of who may change whom: an administrator anyone; a chapter lead only another
     * person of their own chapter whose every role is one a lead may grant. So no lead can take
     * over an administrator's or another lead's account, nor change their own roles.
     */
    static boolean mayManage(
            PathwaysUser user, long personId, @Nullable Long personChapterId, Set<String> personRoles) {
        if (user.isAdmin()) {
            return true;
        }
        return user.hasRole(AppRoles.CHAPTER_LEAD)
                && personId != user.personId()
                && personChapterId != null
                && personChapterId.equals(user.chapterId())
                && LEAD_GRANTABLE.containsAll(personRoles);
    }

    private @Nullable Long scopedChapter(@Nullable Long requested) {
        var user = currentUser.require();
        if (user.isAdmin()) {
            return requested;
        }
        Long own = user.chapterId();
        if (own == null || (requested != null && !requested.equals(own))) {
            throw new AccessDeniedException("Only the people of your own chapter");
        }
        return own;
    }
}
