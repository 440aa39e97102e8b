package org.communityorganising.pathways.people;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.Normalised;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.chapter.Chapter;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.chapter.Institution;
import org.communityorganising.pathways.chapter.InstitutionForm;
import org.communityorganising.pathways.chapter.InstitutionKind;
import org.communityorganising.pathways.people.ImportPreview.Change;
import org.communityorganising.pathways.people.ImportPreview.InstitutionMatch;
import org.communityorganising.pathways.people.ImportPreview.Row;
import org.communityorganising.pathways.people.ImportPreview.Status;
import org.communityorganising.pathways.people.spreadsheet.SheetTable;
import org.communityorganising.pathways.people.spreadsheet.SpreadsheetFile;
import org.communityorganising.pathways.security.AccountLinks;
import org.communityorganising.pathways.security.AccountSessions;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.PathwaysUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a chapter on board from one spreadsheet (journey 5): people, their institutions, roles,
 * language and — for administrators — the tier they already hold. An administrator imports into
 * any chapter, a lead into their own, by the rules of Add person (a lead grants only trainee and
 * trainer, and manages only the people a lead may manage). Nothing is saved until {@link #confirm},
 * which judges the file again, saves every good row in one transaction and then invites the new
 * people. Importing the same file twice changes nothing the second time.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.LEAD_OR_ADMIN)
public class ChapterImport {

    private static final Pattern EMAIL = Pattern.compile(PersonForm.EMAIL_PATTERN);
    private static final Set<String> LEAD_GRANTABLE = Set.of(AppRoles.TRAINEE, AppRoles.TRAINER);
    /** pg_trgm similarity from which an institution name is offered as "did you mean …?". */
    private static final double NEAR_MISS = 0.4;

    private static final int SAMPLES = 3;

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final EntityManager entityManager;
    private final ChapterService chapters;
    private final CurrentUser currentUser;
    private final AccountLinks links;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;

    ChapterImport(
            JdbcClient jdbc,
            PersonRepository people,
            EntityManager entityManager,
            ChapterService chapters,
            CurrentUser currentUser,
            AccountLinks links,
            AccountSessions sessions,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.entityManager = entityManager;
        this.chapters = chapters;
        this.currentUser = currentUser;
        this.links = links;
        this.sessions = sessions;
        this.events = events;
    }

    /** The columns of the file, each with the field its header names and a few of its values. */
    public ImportColumns columns(byte[] file) {
        var table = SpreadsheetFile.read(file);
        var offered = fieldsOffered(currentUser.require());
        Set<ImportField> taken = new HashSet<>();
        List<ImportColumns.Column> columns = new ArrayList<>();
        for (int index = 0; index < table.headers().size(); index++) {
            String header = table.headers().get(index).strip();
            var field = ImportField.forHeader(header)
                    .filter(offered::contains)
                    .filter(taken::add)
                    .orElse(ImportField.IGNORE);
            int column = index;
            List<String> samples = table.rows().stream()
                    .map(row -> row.cell(column).strip())
                    .filter(value -> !value.isEmpty())
                    .limit(SAMPLES)
                    .toList();
            columns.add(new ImportColumns.Column(index, header, field, samples));
        }
        return new ImportColumns(columns, table.rows().size(), offered);
    }

    /** What confirming would do, row by row; nothing is saved. */
    public ImportPreview preview(byte[] file, ImportPlan plan, IntConsumer progress) {
        return judge(SpreadsheetFile.read(file), plan, progress).preview();
    }

    /**
     * Saves every good row in one transaction, if the file still judges as the preview did (else
     * nothing, and the person sees the new preview), then invites the new people when asked.
     */
    @Transactional
    public ImportOutcome confirm(
            byte[] file, String fileName, ImportPlan plan, String fingerprint, IntConsumer progress) {
        var judgement = judge(SpreadsheetFile.read(file), plan, progress);
        var preview = judgement.preview();
        var context = judgement.context();
        if (!preview.fingerprint().equals(fingerprint)) {
            throw new InvalidInputException("import.error.changed");
        }
        String source = PlainText.searchText(fileName);
        source = source.length() > 255 ? source.substring(0, 255) : source;
        Map<String, Long> institutionIds = new HashMap<>(context.institutionIds());
        for (var match : preview.institutions()) {
            if (match.created()) {
                long id = chapters.createInstitution(new InstitutionForm(
                        match.name(),
                        context.kinds().getOrDefault(match.key(), InstitutionKind.OTHER),
                        plan.chapterId(),
                        0));
                institutionIds.put(match.key(), id);
            } else {
                institutionIds.put(match.key(), match.chosenId());
            }
        }
        var byPosition = context.values();
        List<Long> toUpdate = new ArrayList<>();
        for (int position = 0; position < preview.rows().size(); position++) {
            if (preview.rows().get(position).status() == Status.UPDATE) {
                toUpdate.add(Objects.requireNonNull(
                        Objects.requireNonNull(byPosition.get(position)).existingId()));
            }
        }
        Map<Long, Person> updated = people.findAllById(toUpdate).stream()
                .collect(Collectors.toMap(person -> Objects.requireNonNull(person.getId()), person -> person));
        Chapter chapter = entityManager.getReference(Chapter.class, plan.chapterId());
        List<Long> invite = new ArrayList<>();
        int created = 0;
        int changed = 0;
        for (int position = 0; position < preview.rows().size(); position++) {
            Row row = preview.rows().get(position);
            if (!row.status().saved()) {
                continue;
            }
            var values = Objects.requireNonNull(byPosition.get(position));
            Long institutionId = values.institutionKey() == null ? null : institutionIds.get(values.institutionKey());
            Institution institution =
                    institutionId == null ? null : entityManager.getReference(Institution.class, institutionId);
            if (row.status() == Status.NEW) {
                var person = new Person();
                person.update(row.fullName(), row.email(), values.phone(), chapter, institution);
                person.setLanguage(Objects.requireNonNull(values.language()));
                person.replaceRoles(values.roles());
                people.save(person);
                long id = Objects.requireNonNull(person.getId());
                events.publishEvent(new PeopleEvents.PersonCreated(id, Set.copyOf(values.roles()), false));
                if (values.tierId() != null) {
                    events.publishEvent(new PeopleEvents.TierRecognisedOnImport(id, values.tierId(), source));
                }
                invite.add(id);
                created++;
            } else if (row.status() == Status.UPDATE) {
                var person = Objects.requireNonNull(updated.get(values.existingId()));
                apply(person, row, values, institution, source);
                changed++;
            }
            if (position % 100 == 0) {
                progress.accept(position);
            }
        }
        progress.accept(preview.rows().size());
        entityManager.flush();
        if (plan.invite()) {
            invite.forEach(links::invite);
        }
        int invited = plan.invite() ? invite.size() : 0;
        events.publishEvent(new PeopleEvents.SpreadsheetImported(
                plan.chapterId(), created, changed, invited, (int) preview.institutionsCreated()));
        return new ImportOutcome(preview.rows(), created, changed, invited, (int) preview.institutionsCreated());
    }

    private void apply(Person person, Row row, Values values, @Nullable Institution institution, String source) {
        long id = Objects.requireNonNull(person.getId());
        for (Change change : row.changes()) {
            switch (change.field()) {
                case NAME, PHONE, INSTITUTION ->
                    person.update(
                            change.field() == ImportField.NAME ? row.fullName() : person.getFullName(),
                            person.getEmail(),
                            change.field() == ImportField.PHONE ? values.phone() : person.getPhone(),
                            person.getChapter(),
                            change.field() == ImportField.INSTITUTION ? institution : person.getInstitution());
                case LANGUAGE -> person.setLanguage(Objects.requireNonNull(values.language()));
                case ROLES -> {
                    Set<String> before = new TreeSet<>(person.getRoles());
                    Set<String> after = new TreeSet<>(before);
                    after.addAll(values.roles());
                    person.replaceRoles(after);
                    events.publishEvent(new PeopleEvents.RolesChanged(id, before, after));
                    sessions.accountChanged(id);
                }
                case TIER ->
                    events.publishEvent(new PeopleEvents.TierRecognisedOnImport(
                            id, Objects.requireNonNull(values.tierId()), source));
                default -> throw new IllegalStateException("Not a change an import makes: " + change.field());
            }
        }
    }

    // ---- judging ----

    /** A row's values, checked: what the row would save. */
    private record Values(
            @Nullable Long existingId,
            String fullName,
            String email,
            @Nullable String phone,
            @Nullable String institutionName,
            @Nullable String institutionKey,
            @Nullable InstitutionKind kind,
            Set<String> roles,
            boolean rolesGiven,
            @Nullable String language,
            @Nullable Long tierId) {}

    /** A row's problem: the i18n key, and the arguments after row number and column. */
    private static final class RowProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String key;
        final ImportField field;
        final transient List<Object> arguments;

        RowProblem(String key, ImportField field, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.field = field;
            this.arguments = List.of(arguments);
        }
    }

    private record Existing(
            long id,
            String email,
            String fullName,
            @Nullable String phone,
            @Nullable Long chapterId,
            @Nullable Long institutionId,
            String language) {}

    private record ChapterRow(long id, String name, String preferredLanguage) {}

    private record InstitutionRow(long id, long chapterId, String name, boolean active) {}

    private record TierRow(long id, int rank, String nameEn, String nameCy) {}

    private record HeldTier(long personId, int rank, String nameEn, String nameCy) {}

    /** What judging learnt that saving needs, by row number. */
    private record Context(
            Map<Integer, Values> values, Map<String, Long> institutionIds, Map<String, InstitutionKind> kinds) {}

    private record Judgement(ImportPreview preview, Context context) {}

    private Judgement judge(SheetTable table, ImportPlan plan, IntConsumer progress) {
        var user = currentUser.require();
        var chapter = chapter(user, plan.chapterId());
        var columns = checkedColumns(table, plan, user);
        var tiers = jdbc.sql("select id, rank, name_en, name_cy from v_tier order by rank")
                .query(Rows.byName(TierRow.class))
                .list();
        Map<String, InstitutionRow> chapterInstitutions = new HashMap<>();
        jdbc.sql("select id, chapter_id, name, active from v_institution where chapter_id = :chapter")
                .param("chapter", plan.chapterId())
                .query(Rows.byName(InstitutionRow.class))
                .list()
                .forEach(row -> chapterInstitutions.putIfAbsent(Normalised.key(row.name()), row));

        // 1. Each row's values, checked on their own.
        Map<Integer, Values> values = new LinkedHashMap<>();
        Map<Integer, RowProblem> problems = new HashMap<>();
        Map<String, InstitutionKind> kinds = new HashMap<>();
        Map<String, String> institutionNames = new LinkedHashMap<>();
        Map<String, Integer> institutionRows = new HashMap<>();
        for (int position = 0; position < table.rows().size(); position++) {
            var row = table.rows().get(position);
            try {
                var checked = values(row, columns, user, chapter, tiers);
                values.put(position, checked);
                if (checked.institutionKey() != null) {
                    institutionNames.putIfAbsent(checked.institutionKey(), checked.institutionName());
                    institutionRows.merge(checked.institutionKey(), 1, Integer::sum);
                    if (checked.kind() != null) {
                        kinds.putIfAbsent(checked.institutionKey(), checked.kind());
                    }
                }
            } catch (RowProblem problem) {
                problems.put(position, problem);
                values.put(position, unreadable(row, columns));
            }
            if (position % 250 == 0) {
                progress.accept(position);
            }
        }

        // 2. Institutions: the chapter's own, matched ignoring case, accents and spacing; else a choice.
        Map<String, Long> institutionIds = new HashMap<>();
        List<InstitutionMatch> matches = new ArrayList<>();
        Set<String> otherChapters = user.isAdmin() ? Set.of() : otherChaptersInstitutions(plan.chapterId());
        Set<String> inactive = new HashSet<>();
        for (var entry : institutionNames.entrySet()) {
            String key = entry.getKey();
            var own = chapterInstitutions.get(key);
            if (own != null && own.active()) {
                institutionIds.put(key, own.id());
                continue;
            }
            if (own != null) {
                inactive.add(key); // its rows are refused: reactivating is the chapter's choice
                continue;
            }
            if (otherChapters.contains(key)) {
                continue; // the rows that name it are refused below
            }
            var suggestion = nearest(plan.chapterId(), key);
            Long choice = plan.institutions().get(key);
            boolean choiceValid = choice != null
                    && (choice == ImportPlan.CREATE
                            || chapterInstitutions.values().stream()
                                    .anyMatch(row -> row.active() && row.id() == choice));
            long chosen = choiceValid
                    ? Objects.requireNonNull(choice)
                    : suggestion == null ? ImportPlan.CREATE : suggestion.id();
            matches.add(new InstitutionMatch(
                    key,
                    Objects.requireNonNull(entry.getValue()),
                    institutionRows.getOrDefault(key, 0),
                    suggestion == null ? null : suggestion.id(),
                    suggestion == null ? null : suggestion.name(),
                    chosen));
            if (chosen != ImportPlan.CREATE) {
                institutionIds.put(key, chosen);
            }
        }
        Map<Long, String> institutionNamesById = chapterInstitutions.values().stream()
                .collect(Collectors.toMap(InstitutionRow::id, InstitutionRow::name, (a, b) -> a));

        // 3. The people the file names who exist already, read in three statements.
        Set<String> emails = values.values().stream()
                .map(value -> value.email().toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty())
                .collect(Collectors.toSet());
        Map<String, Existing> existing = existing(emails);
        Set<Long> existingIds = existing.values().stream().map(Existing::id).collect(Collectors.toSet());
        Map<Long, Set<String>> roles = roles(existingIds);
        Map<Long, HeldTier> held = heldTiers(existingIds);
        Map<String, List<Integer>> rowsByEmail = new HashMap<>();
        values.forEach((position, value) -> {
            if (!problems.containsKey(position) && !value.email().isEmpty()) {
                rowsByEmail
                        .computeIfAbsent(value.email().toLowerCase(Locale.ROOT), email -> new ArrayList<>())
                        .add(position);
            }
        });

        // 4. Each row's status.
        List<Row> rows = new ArrayList<>();
        Map<Integer, Values> saving = new java.util.TreeMap<>();
        for (int position = 0; position < table.rows().size(); position++) {
            int number = table.rows().get(position).number();
            var value = Objects.requireNonNull(values.get(position));
            var problem = problems.get(position);
            if (problem != null) {
                rows.add(problemRow(table, number, Status.ERROR, value, problem, columns));
                continue;
            }
            var sameEmail = rowsByEmail.getOrDefault(value.email().toLowerCase(Locale.ROOT), List.of());
            if (sameEmail.size() > 1) {
                int other = table.rows()
                        .get(sameEmail.get(0) == position ? sameEmail.get(1) : sameEmail.get(0))
                        .number();
                rows.add(problemRow(
                        table,
                        number,
                        Status.DUPLICATE,
                        value,
                        new RowProblem("import.row.duplicate", ImportField.EMAIL, other),
                        columns));
                continue;
            }
            if (value.institutionKey() != null
                    && !institutionIds.containsKey(value.institutionKey())
                    && otherChapters.contains(value.institutionKey())) {
                rows.add(problemRow(
                        table,
                        number,
                        Status.ERROR,
                        value,
                        new RowProblem("import.row.other-chapter-institution", ImportField.INSTITUTION),
                        columns));
                continue;
            }
            if (value.institutionKey() != null && inactive.contains(value.institutionKey())) {
                rows.add(problemRow(
                        table,
                        number,
                        Status.ERROR,
                        value,
                        new RowProblem("import.row.institution-inactive", ImportField.INSTITUTION),
                        columns));
                continue;
            }
            Long institutionId = value.institutionKey() == null ? null : institutionIds.get(value.institutionKey());
            String institutionShown =
                    institutionId != null ? institutionNamesById.get(institutionId) : value.institutionName();
            var person = existing.get(value.email().toLowerCase(Locale.ROOT));
            if (person == null) {
                if (value.fullName().isEmpty()) {
                    rows.add(problemRow(
                            table,
                            number,
                            Status.ERROR,
                            value,
                            new RowProblem("import.row.name-missing", ImportField.NAME),
                            columns));
                    continue;
                }
                var tier = value.tierId() == null ? null : tierOf(tiers, value.tierId());
                // A new person speaks the file's language, else the chapter's; the entry tier is everyone's already.
                var saved = saved(
                        value,
                        null,
                        Objects.requireNonNullElse(value.language(), chapter.preferredLanguage()),
                        tier != null && tier.rank() == tiers.get(0).rank() ? null : value.tierId());
                saving.put(position, saved);
                rows.add(new Row(
                        number,
                        Status.NEW,
                        value.fullName(),
                        value.email(),
                        institutionShown,
                        granted(saved, tiers),
                        null,
                        List.of()));
                continue;
            }
            Set<String> held0 = roles.getOrDefault(person.id(), Set.of());
            if (!PeopleService.mayManage(user, person.id(), person.chapterId(), held0)) {
                rows.add(problemRow(
                        table,
                        number,
                        Status.NOT_HERE,
                        value,
                        new RowProblem("import.row.not-here", ImportField.EMAIL),
                        columns));
                continue;
            }
            if (!Objects.equals(person.chapterId(), plan.chapterId())) {
                // Only an administrator gets here (a lead manages only their own chapter's people).
                rows.add(problemRow(
                        table,
                        number,
                        Status.ERROR,
                        value,
                        new RowProblem("import.row.other-chapter-person", ImportField.EMAIL),
                        columns));
                continue;
            }
            try {
                var changes = changes(
                        person,
                        held0,
                        held.get(person.id()),
                        value,
                        institutionId,
                        institutionShown,
                        institutionNamesById,
                        tiers);
                var withId = saved(value, person.id(), value.language(), value.tierId());
                saving.put(position, withId);
                rows.add(new Row(
                        number,
                        changes.isEmpty() ? Status.UNCHANGED : Status.UPDATE,
                        value.fullName().isEmpty() ? person.fullName() : value.fullName(),
                        person.email(),
                        institutionShown,
                        changes,
                        null,
                        List.of()));
            } catch (RowProblem rolesRefused) {
                rows.add(problemRow(table, number, Status.ERROR, value, rolesRefused, columns));
            }
        }
        progress.accept(table.rows().size());
        // Only the rows that will be saved create an institution; the counts are theirs.
        Map<String, Integer> savedRows = new HashMap<>();
        saving.forEach((position, value) -> {
            if (rows.get(position).status().saved() && value.institutionKey() != null) {
                savedRows.merge(value.institutionKey(), 1, Integer::sum);
            }
        });
        List<InstitutionMatch> used = matches.stream()
                .filter(match -> savedRows.containsKey(match.key()))
                .map(match -> new InstitutionMatch(
                        match.key(),
                        match.name(),
                        savedRows.getOrDefault(match.key(), 0),
                        match.suggestionId(),
                        match.suggestion(),
                        match.chosenId()))
                .toList();
        var preview = new ImportPreview(fingerprint(rows, used, saving, plan), rows, used, plan.invite());
        return new Judgement(preview, new Context(saving, institutionIds, kinds));
    }

    private List<Change> changes(
            Existing person,
            Set<String> heldRoles,
            @Nullable HeldTier heldTier,
            Values value,
            @Nullable Long institutionId,
            @Nullable String institutionShown,
            Map<Long, String> institutionNames,
            List<TierRow> tiers) {
        List<Change> changes = new ArrayList<>();
        if (!value.fullName().isEmpty() && !value.fullName().equals(person.fullName())) {
            changes.add(change(ImportField.NAME, person.fullName(), value.fullName()));
        }
        if (value.phone() != null && !value.phone().equals(person.phone())) {
            changes.add(change(ImportField.PHONE, Objects.requireNonNullElse(person.phone(), ""), value.phone()));
        }
        if (value.institutionKey() != null
                && (institutionId == null || !institutionId.equals(person.institutionId()))) {
            String before =
                    person.institutionId() == null ? "" : institutionNames.getOrDefault(person.institutionId(), "");
            changes.add(change(ImportField.INSTITUTION, before, Objects.requireNonNullElse(institutionShown, "")));
        }
        if (value.rolesGiven() && !heldRoles.containsAll(value.roles())) {
            Set<String> added = new TreeSet<>(value.roles());
            added.removeAll(heldRoles);
            if (person.id() == currentUser.require().personId()) {
                throw new RowProblem("import.row.own-roles", ImportField.ROLES);
            }
            if (!currentUser.require().isAdmin() && !LEAD_GRANTABLE.containsAll(added)) {
                throw new RowProblem("import.row.role-not-yours", ImportField.ROLES);
            }
            Set<String> after = new TreeSet<>(heldRoles);
            after.addAll(value.roles());
            changes.add(change(ImportField.ROLES, String.join(",", new TreeSet<>(heldRoles)), String.join(",", after)));
        }
        if (value.language() != null && !value.language().equals(person.language())) {
            changes.add(change(ImportField.LANGUAGE, person.language(), value.language()));
        }
        if (value.tierId() != null) {
            var tier = tierOf(tiers, value.tierId());
            int heldRank = heldTier == null ? tiers.get(0).rank() : heldTier.rank();
            if (tier.rank() > heldRank) {
                changes.add(new Change(
                        ImportField.TIER,
                        heldTier == null
                                ? new Bilingual(
                                        tiers.get(0).nameEn(), tiers.get(0).nameCy())
                                : new Bilingual(heldTier.nameEn(), heldTier.nameCy()),
                        new Bilingual(tier.nameEn(), tier.nameCy())));
            }
        }
        return changes;
    }

    /** What a new person is given beyond name and e-mail, shown in the preview before it is saved. */
    private static List<Change> granted(Values value, List<TierRow> tiers) {
        List<Change> granted = new ArrayList<>();
        granted.add(change(ImportField.ROLES, "", String.join(",", new TreeSet<>(value.roles()))));
        granted.add(change(ImportField.LANGUAGE, "", Objects.requireNonNull(value.language())));
        if (value.tierId() != null) {
            var tier = tierOf(tiers, value.tierId());
            granted.add(
                    new Change(ImportField.TIER, new Bilingual("", ""), new Bilingual(tier.nameEn(), tier.nameCy())));
        }
        return granted;
    }

    private static Change change(ImportField field, String before, String after) {
        return new Change(field, new Bilingual(before, before), new Bilingual(after, after));
    }

    /** The values of one row, each checked by the rules of Add person; the first problem is the row's. */
    private Values values(
            SheetTable.Row row,
            Map<ImportField, Integer> columns,
            PathwaysUser user,
            ChapterRow chapter,
            List<TierRow> tiers) {
        for (var column : columns.entrySet()) {
            if (row.formulas().contains(column.getValue())) {
                throw new RowProblem("import.row.formula", column.getKey(), abbreviated(row.cell(column.getValue())));
            }
        }
        String name = Objects.requireNonNullElse(line(row, columns, ImportField.NAME), "");
        String email = Objects.requireNonNullElse(line(row, columns, ImportField.EMAIL), "");
        if (email.isEmpty()) {
            throw new RowProblem("import.row.email-missing", ImportField.EMAIL);
        }
        if (!EMAIL.matcher(email).matches()) {
            throw new RowProblem("import.row.email", ImportField.EMAIL, abbreviated(email));
        }
        String phone = line(row, columns, ImportField.PHONE);
        String institution = line(row, columns, ImportField.INSTITUTION);
        InstitutionKind kind = null;
        String kindText = line(row, columns, ImportField.INSTITUTION_KIND);
        if (kindText != null) {
            kind = ImportValues.kind(kindText)
                    .orElseThrow(() ->
                            new RowProblem("import.row.kind", ImportField.INSTITUTION_KIND, abbreviated(kindText)));
        }
        String rolesText = line(row, columns, ImportField.ROLES);
        Set<String> roles = new TreeSet<>();
        if (rolesText != null) {
            for (String part : rolesText.split("[,;/]")) {
                if (part.isBlank()) {
                    continue;
                }
                roles.add(ImportValues.role(part)
                        .orElseThrow(
                                () -> new RowProblem("import.row.role", ImportField.ROLES, abbreviated(part.strip()))));
            }
        }
        if (!user.isAdmin() && !LEAD_GRANTABLE.containsAll(roles)) {
            throw new RowProblem("import.row.role-not-yours", ImportField.ROLES);
        }
        boolean rolesGiven = !roles.isEmpty();
        if (roles.isEmpty()) {
            roles.add(AppRoles.TRAINEE);
        }
        String languageText = line(row, columns, ImportField.LANGUAGE);
        String language = null;
        if (languageText != null) {
            language = ImportValues.language(languageText)
                    .orElseThrow(() ->
                            new RowProblem("import.row.language", ImportField.LANGUAGE, abbreviated(languageText)));
        }
        String tierText = line(row, columns, ImportField.TIER);
        Long tierId = null;
        if (tierText != null) {
            String key = Normalised.key(tierText);
            tierId = tiers.stream()
                    .filter(tier -> Normalised.key(tier.nameEn()).equals(key)
                            || Normalised.key(tier.nameCy()).equals(key))
                    .map(TierRow::id)
                    .findFirst()
                    .orElseThrow(() -> new RowProblem("import.row.tier", ImportField.TIER, abbreviated(tierText)));
        }
        return new Values(
                null,
                name,
                email,
                phone,
                institution,
                institution == null ? null : Normalised.key(institution),
                kind,
                roles,
                rolesGiven,
                language == null ? null : language,
                tierId);
    }

    /** The values as a row saves them: for a person found by e-mail, or with the language and tier decided. */
    private static Values saved(
            Values value, @Nullable Long existingId, @Nullable String language, @Nullable Long tierId) {
        return new Values(
                existingId,
                value.fullName(),
                value.email(),
                value.phone(),
                value.institutionName(),
                value.institutionKey(),
                value.kind(),
                value.roles(),
                value.rolesGiven(),
                language,
                tierId);
    }

    /** What a refused row shows of itself: its name and e-mail as written, never more than a line. */
    private static Values unreadable(SheetTable.Row row, Map<ImportField, Integer> columns) {
        return new Values(
                null,
                shown(row, columns, ImportField.NAME),
                shown(row, columns, ImportField.EMAIL),
                null,
                null,
                null,
                null,
                Set.of(),
                false,
                null,
                null);
    }

    private static String shown(SheetTable.Row row, Map<ImportField, Integer> columns, ImportField field) {
        Integer column = columns.get(field);
        return column == null ? "" : abbreviated(PlainText.searchText(row.cell(column)));
    }

    private static String abbreviated(String value) {
        String text = PlainText.searchText(value);
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }

    /** One checked line of the row: no control characters, within the field's length. */
    private static @Nullable String line(SheetTable.Row row, Map<ImportField, Integer> columns, ImportField field) {
        Integer column = columns.get(field);
        if (column == null) {
            return null;
        }
        try {
            return PlainText.optionalLine(row.cell(column), field.maxLength(), "import.row.too-long");
        } catch (InvalidInputException e) {
            if (PlainText.INVISIBLE_CHARACTERS.equals(e.messageKey())) {
                throw new RowProblem("import.row.invisible", field);
            }
            throw new RowProblem("import.row.too-long", field, field.maxLength());
        }
    }

    private static Row problemRow(
            SheetTable table,
            int number,
            Status status,
            Values value,
            RowProblem problem,
            Map<ImportField, Integer> columns) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(number);
        Integer column = columns.get(problem.field);
        arguments.add(column == null ? "" : abbreviated(table.headers().get(column)));
        arguments.addAll(problem.arguments);
        return new Row(number, status, value.fullName(), value.email(), null, List.of(), problem.key, arguments);
    }

    private ChapterRow chapter(PathwaysUser user, long chapterId) {
        if (!user.isAdmin() && !Objects.equals(user.chapterId(), chapterId)) {
            throw new AccessDeniedException("A chapter lead imports into their own chapter only");
        }
        return jdbc.sql("select id, name, preferred_language from v_chapter where id = :id and active")
                .param("id", chapterId)
                .query(Rows.byName(ChapterRow.class))
                .optional()
                .orElseThrow(() -> new InvalidInputException("import.error.chapter"));
    }

    private static List<ImportField> fieldsOffered(PathwaysUser user) {
        return java.util.Arrays.stream(ImportField.values())
                .filter(field -> field != ImportField.TIER || user.isAdmin())
                .toList();
    }

    /** The field → column map of the plan, refused when it cannot be judged. */
    private static Map<ImportField, Integer> checkedColumns(SheetTable table, ImportPlan plan, PathwaysUser user) {
        if (plan.columns().size() != table.headers().size()) {
            throw new InvalidInputException("import.error.columns-changed");
        }
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        for (int index = 0; index < plan.columns().size(); index++) {
            var field = plan.columns().get(index);
            if (field == ImportField.IGNORE) {
                continue;
            }
            if (!fieldsOffered(user).contains(field)) {
                throw new InvalidInputException("import.error.tier-admin-only");
            }
            if (columns.put(field, index) != null) {
                throw new InvalidInputException("import.error.field-twice");
            }
        }
        if (!columns.containsKey(ImportField.EMAIL)) {
            throw new InvalidInputException("import.error.no-email-column");
        }
        if (!columns.containsKey(ImportField.NAME)) {
            throw new InvalidInputException("import.error.no-name-column");
        }
        return columns;
    }

    private Set<String> otherChaptersInstitutions(long chapterId) {
        return jdbc
                .sql("select name from v_institution where chapter_id <> :chapter")
                .param("chapter", chapterId)
                .query((rs, row) -> Normalised.key(rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    private @Nullable InstitutionRow nearest(long chapterId, String key) {
        return jdbc.sql("""
                        select id, chapter_id, name, active from v_institution
                        where chapter_id = :chapter and active and similarity(lower(name), :name) >= :threshold
                        order by similarity(lower(name), :name) desc, name limit 1""")
                .param("chapter", chapterId)
                .param("name", key)
                .param("threshold", NEAR_MISS)
                .query(Rows.byName(InstitutionRow.class))
                .optional()
                .orElse(null);
    }

    private Map<String, Existing> existing(Set<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select id, email, full_name, phone, chapter_id, institution_id, language
                        from v_person where lower(email) in (:emails)""").param("emails", emails).query(Rows.byName(Existing.class)).list().stream()
                .collect(Collectors.toMap(person -> person.email().toLowerCase(Locale.ROOT), person -> person));
    }

    private Map<Long, Set<String>> roles(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> roles = new HashMap<>();
        jdbc.sql("select person_id, role from v_person_role where person_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("person_id"), rs.getString("role")))
                .list()
                .forEach(entry -> roles.computeIfAbsent(entry.getKey(), id -> new TreeSet<>())
                        .add(entry.getValue()));
        return roles;
    }

    private Map<Long, HeldTier> heldTiers(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select person_id, rank, name_en, name_cy from v_person_tier where person_id in (:ids)")
                .param("ids", ids)
                .query(Rows.byName(HeldTier.class))
                .list()
                .stream()
                .collect(Collectors.toMap(HeldTier::personId, tier -> tier));
    }

    private static TierRow tierOf(List<TierRow> tiers, long id) {
        return tiers.stream().filter(tier -> tier.id() == id).findFirst().orElseThrow();
    }

    private static String fingerprint(
            List<Row> rows, List<InstitutionMatch> matches, Map<Integer, Values> saving, ImportPlan plan) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((plan.chapterId() + "|" + plan.columns()).getBytes(StandardCharsets.UTF_8));
            for (Row row : rows) {
                digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
            }
            for (InstitutionMatch match : matches) {
                digest.update(match.toString().getBytes(StandardCharsets.UTF_8));
            }
            // What each saved row writes, the chapter's language for new people included.
            saving.forEach(
                    (position, value) -> digest.update((position + "=" + value).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
