package org.communityorganising.pathways.people.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.CsvDownload;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.LimitedUpload;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.Uploads;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.people.ChapterImport;
import org.communityorganising.pathways.people.ImportColumns;
import org.communityorganising.pathways.people.ImportField;
import org.communityorganising.pathways.people.ImportOutcome;
import org.communityorganising.pathways.people.ImportPlan;
import org.communityorganising.pathways.people.ImportPreview;
import org.communityorganising.pathways.people.spreadsheet.SpreadsheetLimits;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * A chapter from one spreadsheet, in three steps on one page: upload and say what each column
 * holds; see what every row would do (and choose for institution names not found); confirm, and
 * download what happened. Judging and saving run off the UI thread, so a long file shows its
 * progress (the page polls while it works).
 */
@Route("people/import")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class ChapterImportView extends Main implements HasDynamicTitle {

    private static final int POLL_MILLIS = 400;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChapterImportView.class);

    private final transient ChapterImport imports;
    private final transient ChapterImportThreads executor;
    private final ComboBox<ChapterOption> chapter = new ComboBox<>();
    private final Section mapping = new Section();
    private final Section preview = new Section();
    private final Section outcome = new Section();
    private final Div working = new Div();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final List<Select<ImportField>> fieldSelects = new ArrayList<>();
    private final Upload upload;

    private byte @Nullable [] file;
    private String fileName = "";
    private @Nullable ImportColumns columns;
    private @Nullable ImportPlan plan;
    private @Nullable ImportPreview judged;

    ChapterImportView(
            ChapterImport imports, ChapterService chapters, CurrentUser currentUser, ChapterImportThreads executor) {
        this.imports = imports;
        this.executor = executor;
        addClassName("view");
        setId("import-view");
        boolean admin = currentUser.require().isAdmin();

        var options = chapters.chapterOptions();
        chapter.setLabel(getTranslation("import.chapter"));
        chapter.setItems(options);
        chapter.setItemLabelGenerator(ChapterOption::name);
        chapter.setRequiredIndicatorVisible(true);
        chapter.setId("import-chapter");
        if (!admin && options.size() == 1) {
            chapter.setValue(options.getFirst());
            chapter.setReadOnly(true);
        }
        // A preview is of one chapter and one mapping: changing either asks for the rows to be checked again.
        chapter.addValueChangeListener(event -> {
            plan = null;
            if (columns != null) {
                showMapping(columns);
            }
        });

        var intro = new Paragraph(getTranslation(
                admin ? "import.intro.admin" : "import.intro.lead",
                SpreadsheetLimits.MAX_ROWS,
                SpreadsheetLimits.MAX_BYTES / (1024 * 1024)));

        upload = new Upload(new LimitedUpload(
                SpreadsheetLimits.MAX_BYTES,
                this::received,
                () -> Notifications.error(
                        getTranslation("import.error.too-large", SpreadsheetLimits.MAX_BYTES / (1024 * 1024)))));
        upload.setAcceptedFileTypes(
                ".xlsx", ".csv", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(SpreadsheetLimits.MAX_BYTES);
        upload.setMaxFiles(1);
        // Without a drop zone: its label greys out below contrast once the one file is in.
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("import.upload"), Icons.UPLOAD.create()));
        upload.setId("import-upload");
        Uploads.localised(upload);
        upload.addFileRemovedListener(event -> reset());

        progressBar.setId("import-progress");
        progressBar.setMin(0);
        progressBar.setMax(1);
        progressBar.getElement().setAttribute("aria-labelledby", "import-progress-text");
        progressText.setId("import-progress-text");
        working.add(progressText, progressBar);
        working.addClassName("import-working");
        working.getElement().setAttribute("role", "status");
        working.setVisible(false);

        mapping.setId("import-mapping");
        preview.setId("import-preview");
        outcome.setId("import-outcome");
        mapping.setVisible(false);
        preview.setVisible(false);
        outcome.setVisible(false);

        add(
                new ViewToolbar(getTranslation("import.title")),
                intro,
                chapter,
                upload,
                working,
                mapping,
                preview,
                outcome);
    }

    // ---- step 1: the file and its columns ----

    private void received(String name, byte[] data) {
        reset();
        try {
            var read = imports.columns(data);
            file = data;
            fileName = name;
            columns = read;
            showMapping(read);
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void reset() {
        file = null;
        columns = null;
        plan = null;
        judged = null;
        mapping.removeAll();
        preview.removeAll();
        outcome.removeAll();
        mapping.setVisible(false);
        preview.setVisible(false);
        outcome.setVisible(false);
    }

    private void showMapping(ImportColumns read) {
        clearPreview();
        mapping.removeAll();
        fieldSelects.clear();
        mapping.add(new H2(getTranslation("import.mapping")));
        mapping.add(new Paragraph(getTranslation("import.mapping.help", read.rows())));
        var list = new Div();
        list.addClassName("import-columns");
        for (var column : read.columns()) {
            var select = new Select<ImportField>();
            select.setLabel(getTranslation("import.mapping.column", column.index() + 1, column.header()));
            select.setItems(read.fields());
            select.setItemLabelGenerator(field -> getTranslation(field.translationKey()));
            select.setValue(column.field());
            select.setHelperText(
                    column.samples().isEmpty()
                            ? getTranslation("import.mapping.empty")
                            : getTranslation("import.mapping.samples", String.join(", ", column.samples())));
            select.setId("import-column-" + column.index());
            select.addValueChangeListener(event -> clearPreview());
            fieldSelects.add(select);
            list.add(select);
        }
        var check = new Button(getTranslation("import.check"), event -> judge(newPlan()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("import-check");
        mapping.add(list, check);
        mapping.setVisible(true);
    }

    private @Nullable ImportPlan newPlan() {
        if (chapter.getValue() == null) {
            chapter.setInvalid(true);
            chapter.setErrorMessage(getTranslation("import.error.choose-chapter"));
            Notifications.error(getTranslation("import.error.choose-chapter"));
            return null;
        }
        chapter.setInvalid(false);
        var fields = fieldSelects.stream().map(Select::getValue).toList();
        var previous = plan;
        return new ImportPlan(
                chapter.getValue().id(),
                fields,
                previous != null && previous.chapterId() == chapter.getValue().id()
                        ? previous.institutions()
                        : java.util.Map.of(),
                true);
    }

    private void clearPreview() {
        judged = null;
        preview.removeAll();
        preview.setVisible(false);
    }

    // ---- step 2: what every row would do ----

    private void judge(@Nullable ImportPlan chosen) {
        byte[] data = file;
        if (chosen == null || data == null) {
            return;
        }
        plan = chosen;
        outcome.setVisible(false);
        inBackground("import.checking", progress -> imports.preview(data, chosen, progress), this::showPreview);
    }

    private void showPreview(ImportPreview result) {
        judged = result;
        preview.removeAll();
        preview.add(new H2(getTranslation("import.preview")));
        var summary = new Paragraph(getTranslation(
                "import.summary",
                result.rows().size(),
                result.count(ImportPreview.Status.NEW),
                result.count(ImportPreview.Status.UPDATE),
                result.count(ImportPreview.Status.UNCHANGED),
                result.rows().size() - result.saved() - result.count(ImportPreview.Status.UNCHANGED)));
        summary.setId("import-summary");
        preview.add(summary);
        if (!result.institutions().isEmpty()) {
            preview.add(institutionChoices(result));
        }

        var onlyProblems = new Checkbox(getTranslation("import.only-problems"));
        onlyProblems.setId("import-only-problems");
        var grid = rowsGrid(result.rows());
        onlyProblems.addValueChangeListener(event -> grid.setItems(
                event.getValue()
                        ? result.rows().stream()
                                .filter(row -> row.problem() != null)
                                .toList()
                        : result.rows()));
        var invite = new Checkbox(getTranslation("import.invite", result.count(ImportPreview.Status.NEW)), true);
        invite.setId("import-invite");
        invite.setEnabled(result.count(ImportPreview.Status.NEW) > 0);
        var confirm = new Button(
                getTranslation(
                        "import.confirm",
                        result.saved(),
                        chapter.getValue() == null ? "" : chapter.getValue().name()),
                event -> confirm(invite.getValue()));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(result.saved() > 0);
        confirm.setId("import-confirm");
        var actions = new Div(invite, confirm);
        actions.addClassName("import-actions");
        preview.add(onlyProblems, grid, actions);
        preview.setVisible(true);
    }

    private Div institutionChoices(ImportPreview result) {
        var box = new Div();
        box.setId("import-institutions");
        box.addClassName("import-institutions");
        box.add(new Paragraph(getTranslation("import.institutions.help")));
        for (var match : result.institutions()) {
            var select = new Select<Long>();
            select.setLabel(getTranslation("import.institutions.name", match.name(), match.rows()));
            List<Long> items = new ArrayList<>();
            items.add(ImportPlan.CREATE);
            if (match.suggestionId() != null) {
                items.add(match.suggestionId());
            }
            select.setItems(items);
            select.setItemLabelGenerator(choice -> choice == ImportPlan.CREATE
                    ? getTranslation("import.institutions.create", match.name())
                    : getTranslation("import.institutions.use", match.suggestion()));
            select.setValue(match.chosenId());
            if (match.suggestion() != null) {
                select.setHelperText(getTranslation("import.institutions.did-you-mean", match.suggestion()));
            }
            select.addValueChangeListener(event -> {
                var current = plan;
                if (event.isFromClient() && current != null && event.getValue() != null) {
                    judge(current.withInstitution(match.key(), event.getValue()));
                }
            });
            box.add(select);
        }
        return box;
    }

    private Grid<ImportPreview.Row> rowsGrid(List<ImportPreview.Row> rows) {
        var grid = new Grid<ImportPreview.Row>();
        grid.setId("import-rows");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("import.preview"));
        grid.addColumn(ImportPreview.Row::number)
                .setHeader(getTranslation("import.column.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> {
                    var badge = new Span(getTranslation(row.status().translationKey()));
                    badge.addClassName("badge");
                    badge.getElement().setAttribute("data-status", row.status().name());
                    return badge;
                })
                .setHeader(getTranslation("import.column.status"))
                .setAutoWidth(true);
        grid.addColumn(ImportPreview.Row::fullName).setHeader(getTranslation("import.column.name"));
        grid.addColumn(ImportPreview.Row::email).setHeader(getTranslation("import.column.email"));
        grid.addColumn(row -> row.institution() == null ? "" : row.institution())
                .setHeader(getTranslation("import.column.institution"));
        grid.addColumn(this::whatHappens)
                .setHeader(getTranslation("import.column.details"))
                .setFlexGrow(3);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 12);
        return grid;
    }

    /** The row's reason or its changes, in the person's language. */
    String whatHappens(ImportPreview.Row row) {
        if (row.problem() != null) {
            return getTranslation(row.problem(), row.problemArguments().toArray());
        }
        if (row.changes().isEmpty()) {
            return getTranslation(
                    row.status() == ImportPreview.Status.NEW ? "import.details.new" : "import.details.unchanged");
        }
        String changes = String.join(
                "; ",
                row.changes().stream()
                        .map(change -> getTranslation(
                                "import.details.change",
                                getTranslation(change.field().translationKey()),
                                shown(change.field(), change.before(getLocale())),
                                shown(change.field(), change.after(getLocale()))))
                        .toList());
        return row.status() == ImportPreview.Status.NEW
                ? getTranslation("import.details.new") + " " + changes
                : changes;
    }

    private String shown(ImportField field, String value) {
        if (value.isEmpty()) {
            return getTranslation("import.details.none");
        }
        return switch (field) {
            case ROLES ->
                String.join(
                        ", ",
                        java.util.Arrays.stream(value.split(","))
                                .map(role -> getTranslation(AppRoles.translationKey(role)))
                                .toList());
            case LANGUAGE -> getTranslation("language." + value);
            default -> value;
        };
    }

    // ---- step 3: confirm, and what happened ----

    private void confirm(boolean invite) {
        byte[] data = file;
        var chosen = plan;
        var result = judged;
        if (data == null || chosen == null || result == null) {
            return;
        }
        String name = fileName;
        inBackground(
                "import.saving",
                progress -> imports.confirm(data, name, chosen.withInvite(invite), result.fingerprint(), progress),
                this::showOutcome);
    }

    private void showOutcome(ImportOutcome done) {
        preview.setVisible(false);
        mapping.setVisible(false);
        outcome.removeAll();
        outcome.add(new H2(getTranslation("import.outcome")));
        var summary = new Paragraph(getTranslation(
                "import.outcome.summary",
                done.created(),
                done.updated(),
                done.invited(),
                done.institutionsCreated(),
                done.skipped()));
        summary.setId("import-outcome-summary");
        var csv = CsvDownload.link(
                getTranslation("import.outcome.download"),
                "import-outcome.csv",
                () -> new ImportOutcomeCsv(this::getTranslation, this::whatHappens).write(done));
        csv.setId("import-outcome-csv");
        var people = new Anchor("people", getTranslation("import.outcome.people"));
        outcome.add(summary, new Div(csv), new Div(people));
        outcome.setVisible(true);
        Notifications.success(getTranslation("import.done", done.created() + done.updated()));
        file = null;
    }

    // ---- running off the UI thread ----

    /** A service call that may take seconds, with the signed-in person's security context. */
    @FunctionalInterface
    private interface Work<T> {
        T run(IntConsumer progress);
    }

    /** A result shown on the UI thread. */
    @FunctionalInterface
    private interface Show<T> {
        void show(T result);
    }

    private <T> void inBackground(String label, Work<T> work, Show<T> show) {
        var ui = UI.getCurrent();
        int total = columns == null ? 1 : Math.max(1, columns.rows());
        var done = new AtomicInteger();
        progressText.setText(getTranslation(label));
        progressBar.setValue(0);
        working.setVisible(true);
        setWorking(true);
        ui.setPollInterval(POLL_MILLIS);
        var registration =
                ui.addPollListener(event -> progressBar.setValue(Math.min(1.0, done.get() / (double) total)));
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            Runnable finish = () -> Notifications.error(getTranslation("import.error.failed"));
            try {
                T result = work.run(done::set);
                finish = () -> show.show(result);
            } catch (InvalidInputException e) {
                finish = () -> {
                    Notifications.error(getTranslation(e.messageKey(), e.arguments()));
                    if ("import.error.changed".equals(e.messageKey())) {
                        judge(plan);
                    }
                };
            } catch (AccessDeniedException e) {
                finish = () -> Notifications.error(getTranslation("form.error.denied"));
            } catch (RuntimeException e) {
                log.error("Chapter import failed", e);
            } finally {
                // Whatever happened, the page stops polling and gives its controls back.
                Runnable last = finish;
                ui.access(() -> {
                    registration.remove();
                    ui.setPollInterval(-1);
                    setWorking(false);
                    last.run();
                });
            }
        });
        if (!executor.tryRun(task)) {
            registration.remove();
            ui.setPollInterval(-1);
            setWorking(false);
            Notifications.error(getTranslation("import.error.busy"));
        }
    }

    private void setWorking(boolean busy) {
        working.setVisible(busy);
        chapter.setEnabled(!busy);
        upload.setEnabled(!busy);
        mapping.setEnabled(!busy);
        preview.setEnabled(!busy);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        chapter.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
