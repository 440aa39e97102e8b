package org.communityorganising.pathways.audit.ui;

import static org.springframework.data.domain.PageRequest.of;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.communityorganising.pathways.audit.AuditEntry;
import org.communityorganising.pathways.audit.AuditFilter;
import org.communityorganising.pathways.audit.AuditService;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.SpreadsheetCell;
import org.communityorganising.pathways.base.ui.CsvDownload;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Pickers;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.people.PeopleFilter;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonOption;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail for administrators, in words: who did what to whom, newest first, each record a
 * link, filtered — down to everything about one person ({@code ?person=}) — and exported as CSV.
 */
@Route("audit")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 90, title = "nav.audit", icon = "records")
class AuditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuditService audit;
    private final ComboBox<PersonOption> person;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph about = new Paragraph();
    private @Nullable Long personId;

    AuditView(AuditService audit, PeopleService people) {
        this.audit = audit;
        addClassName("view");
        setId("audit-view");
        var sentence = new AuditSentence(this);
        var action = new ComboBox<String>(getTranslation("audit.filter.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(
                value -> getTranslation("audit.action." + value).startsWith("!{")
                        ? value
                        : getTranslation("audit.action." + value));
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        var text = new TextField(getTranslation("audit.filter.text"));
        text.setPrefixComponent(Icons.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("audit-text");
        var from = Pickers.date(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        var to = Pickers.date(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        person = new ComboBox<>(getTranslation("audit.filter.person"));
        person.setItemLabelGenerator(PersonOption::label);
        person.setItems(query -> people
                .options(
                        new PeopleFilter(query.getFilter().orElse(""), null, null, false),
                        org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        person.setClearButtonVisible(true);
        person.setId("audit-person");

        java.util.function.Supplier<AuditFilter> filter =
                () -> new AuditFilter(action.getValue(), text.getValue(), from.getValue(), to.getValue(), personId);
        grid.setId("audit-grid");
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> LondonTime.dateTime(entry.at(), getLocale()))
                .setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(entry -> {
                    var said = new Span(sentence.of(entry));
                    said.addClassName("audit-said");
                    var cell = new Div(said);
                    String href = AuditSentence.href(entry);
                    if (!href.isEmpty()) {
                        var open = new Anchor(href, getTranslation("audit.open"));
                        open.getElement()
                                .setAttribute("aria-label", getTranslation("audit.open.label", sentence.of(entry)));
                        cell.add(new Span(" · "), open);
                    }
                    if (entry.aboutId() != null && !entry.aboutId().equals(personId)) {
                        var all = new Anchor(
                                "audit?person=" + entry.aboutId(),
                                getTranslation("audit.everything-about", entry.about()));
                        cell.add(new Span(" · "), all);
                    }
                    if (!entry.details().isBlank()) {
                        var details = new Span(entry.details());
                        details.addClassName("hint");
                        cell.add(new Div(details));
                    }
                    return cell;
                })
                .setHeader(getTranslation("audit.column.what"))
                .setFlexGrow(3);
        grid.setItems(
                query -> audit.search(filter.get(), of(query.getPage(), query.getPageSize())).stream(),
                query -> audit.count(filter.get()));
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        action.addValueChangeListener(event -> refresh.run());
        text.addValueChangeListener(event -> refresh.run());
        from.addValueChangeListener(event -> refresh.run());
        to.addValueChangeListener(event -> refresh.run());
        person.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                personId = event.getValue() == null ? null : event.getValue().id();
                showAbout();
                refresh.run();
            }
        });
        var csv = CsvDownload.link(getTranslation("audit.csv"), "audit-trail.csv", () -> csv(filter.get(), sentence));
        csv.setId("audit-csv");
        about.setId("audit-about");
        add(new ViewToolbar(getTranslation("audit.title"), person, action, text, from, to, csv), about, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        personId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("person")
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        showAbout();
        grid.getDataProvider().refreshAll();
    }

    private void showAbout() {
        String name = personId == null ? null : audit.personName(personId);
        about.setText(name == null ? "" : getTranslation("audit.about", name));
        about.setVisible(name != null);
    }

    /** The filtered trail in words, text cells neutralised for spreadsheets, with a BOM for Excel. */
    private byte[] csv(AuditFilter filter, AuditSentence sentence) {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(SpreadsheetCell.row(List.of(
                                        getTranslation("audit.column.when"),
                                        getTranslation("audit.column.what"),
                                        getTranslation("audit.column.action"),
                                        getTranslation("audit.column.subject"),
                                        getTranslation("audit.column.details")))
                                .toArray(String[]::new))
                        .get())) {
            for (var entry : audit.export(filter)) {
                csv.printRecord(SpreadsheetCell.row(List.of(
                        LondonTime.dateTime(entry.at(), getLocale()),
                        sentence.of(entry),
                        entry.action(),
                        entry.subjectType() + " " + entry.subjectId(),
                        entry.details())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
