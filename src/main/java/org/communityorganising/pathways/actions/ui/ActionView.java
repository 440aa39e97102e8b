package org.communityorganising.pathways.actions.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.communityorganising.pathways.actions.ActionDetail;
import org.communityorganising.pathways.actions.ActionKind;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.actions.CheckInOptions;
import org.communityorganising.pathways.actions.NamedRole;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.DoorCodeDialog;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.PublicUrl;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One action's ledger for its organisers: the check-in code for the door; pledges, walk-ins and
 * named roles to record; pledged against delivered per institution and per leader; for a delegates
 * assembly the roll call, the quorum and one vote per institution. The ledger redraws itself while
 * the page is open, so check-ins at the door show as they come; the forms keep what is typed.
 */
@Route("actions/:actionId")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class ActionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 3_000;

    private final transient ActionService actions;
    private final Div ledger = new Div();
    private @Nullable ActionDetail shown;
    private @Nullable Registration polling;

    ActionView(ActionService actions) {
        this.actions = actions;
        addClassName("view");
        setId("action-view");
        ledger.setId("action-ledger");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "actionId");
        if (requested.isEmpty()) {
            return;
        }
        try {
            var detail = actions.detail(requested.getAsLong());
            render(detail, actions.people(detail.action().id()));
        } catch (InvalidInputException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(poll -> refresh(false));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void render(ActionDetail detail, List<CheckInOptions.Option> people) {
        var action = detail.action();
        removeAll();
        // The code is for the door's own hours: not offered for an action weeks ahead or long past.
        if (actions.doorsOpen(action)) {
            String address = PublicUrl.origin() + "/actions/" + action.id() + "/check-in";
            var code = new Button(
                    getTranslation("actions.code.show"),
                    Icons.QRCODE.create(),
                    event -> new DoorCodeDialog(
                                    getTranslation("actions.code.title"),
                                    getTranslation("actions.code.text", address),
                                    getTranslation("actions.code.qr-alt"),
                                    () -> {
                                        var display = actions.currentCode(action.id());
                                        return new DoorCodeDialog.Shown(display.code(), display.secondsLeft());
                                    },
                                    shown -> address + "/" + shown,
                                    "action-code")
                            .open());
            code.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            code.setId("action-show-code");
            add(new ViewToolbar(action.title(), code));
        } else {
            add(new ViewToolbar(action.title()));
            var when = new Paragraph(getTranslation("actions.code.when"));
            when.addClassName("hint");
            when.setId("action-code-when");
            add(when);
        }
        add(new RouterLink(getTranslation("actions.back"), ActionsView.class));
        var facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(
                getTranslation("actions.fact.kind"),
                getTranslation(action.kind().translationKey())));
        facts.add(new Fact(getTranslation("actions.fact.when"), LondonTime.dateTime(action.startsAt(), getLocale())));
        facts.add(new Fact(getTranslation("actions.fact.where"), action.place()));
        add(facts);
        if (!action.purpose().isBlank()) {
            add(new Paragraph(action.purpose()));
        }
        add(forms(detail, people));
        add(ledger);
        drawLedger(detail);
    }

    /** Re-reads the ledger; redraws it only when something changed, so the reader's place stays. */
    private void refresh(boolean always) {
        var detail = shown;
        if (detail == null) {
            return;
        }
        var now = actions.detail(detail.action().id());
        if (always || !now.equals(detail)) {
            drawLedger(now);
        }
    }

    private Section forms(ActionDetail detail, List<CheckInOptions.Option> people) {
        long actionId = detail.action().id();
        var section = new Section(new H2(getTranslation("actions.record")));
        section.setId("action-record");

        var institution = new Select<ActionDetail.InstitutionLine>();
        institution.setLabel(getTranslation("actions.field.institution"));
        institution.setItems(detail.institutions());
        institution.setItemLabelGenerator(ActionDetail.InstitutionLine::name);
        institution.setId("pledge-institution");
        var pledged = new IntegerField(getTranslation("actions.field.pledged"));
        pledged.setMin(0);
        pledged.setMax(100_000);
        pledged.setId("pledge-number");
        var pledge = new Button(
                getTranslation("actions.pledge.save"),
                event -> act(() -> {
                    if (institution.getValue() == null || pledged.getValue() == null) {
                        throw new InvalidInputException("actions.error.choose");
                    }
                    actions.pledge(actionId, institution.getValue().id(), pledged.getValue());
                    pledged.clear();
                }));
        pledge.setId("pledge-save");
        section.add(row(getTranslation("actions.pledge.institution"), institution, pledged, pledge));

        var leader = people(getTranslation("actions.field.leader"), people, "leader-pledge-person");
        var leaderPledged = new IntegerField(getTranslation("actions.field.pledged"));
        leaderPledged.setMin(0);
        leaderPledged.setMax(10_000);
        leaderPledged.setId("leader-pledge-number");
        var leaderPledge = new Button(
                getTranslation("actions.pledge.save"),
                event -> act(() -> {
                    if (leader.getValue() == null || leaderPledged.getValue() == null) {
                        throw new InvalidInputException("actions.error.choose");
                    }
                    actions.pledgeByLeader(actionId, leader.getValue().id(), leaderPledged.getValue());
                    leaderPledged.clear();
                }));
        leaderPledge.setId("leader-pledge-save");
        section.add(row(getTranslation("actions.pledge.leader"), leader, leaderPledged, leaderPledge));

        var walkInstitution = new Select<ActionDetail.InstitutionLine>();
        walkInstitution.setLabel(getTranslation("actions.field.institution"));
        walkInstitution.setItems(detail.institutions());
        // The empty choice is drawn through the label generator too: it must take a null.
        walkInstitution.setItemLabelGenerator(line -> line == null ? "" : line.name());
        walkInstitution.setEmptySelectionCaption(getTranslation("actions.field.institution.none"));
        walkInstitution.setEmptySelectionAllowed(true);
        walkInstitution.setId("walk-in-institution");
        var count = new IntegerField(getTranslation("actions.field.people"));
        count.setMin(1);
        count.setMax(500);
        count.setValue(1);
        count.setId("walk-in-count");
        var brought = people(getTranslation("actions.field.brought-by"), people, "walk-in-brought-by");
        var walkIn = new Button(
                getTranslation("actions.walk-in.add"),
                event -> act(() -> {
                    var chosen = walkInstitution.getValue();
                    actions.addWalkIns(
                            actionId,
                            chosen == null ? null : chosen.id(),
                            count.getValue() == null ? 0 : count.getValue(),
                            brought.getValue() == null
                                    ? null
                                    : brought.getValue().id());
                    count.setValue(1);
                }));
        walkIn.setId("walk-in-add");
        section.add(row(getTranslation("actions.walk-in"), walkInstitution, count, brought, walkIn));

        var who = people(getTranslation("actions.field.person"), people, "role-person");
        var role = new Select<NamedRole>();
        role.setLabel(getTranslation("actions.field.role"));
        role.setItems(NamedRole.values());
        role.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        role.setId("role-kind");
        var record = new Button(
                getTranslation("actions.role.record"),
                event -> act(() -> {
                    if (who.getValue() == null || role.getValue() == null) {
                        throw new InvalidInputException("actions.error.choose");
                    }
                    actions.recordRole(actionId, who.getValue().id(), role.getValue());
                }));
        record.setId("role-record");
        section.add(row(getTranslation("actions.roles.record"), who, role, record));
        return section;
    }

    private static ComboBox<CheckInOptions.Option> people(String label, List<CheckInOptions.Option> people, String id) {
        var field = new ComboBox<CheckInOptions.Option>(label);
        field.setItems(people);
        field.setItemLabelGenerator(CheckInOptions.Option::name);
        field.setClearButtonVisible(true);
        field.setId(id);
        return field;
    }

    private static Div row(String title, Component... fields) {
        var heading = new Paragraph(title);
        heading.addClassName("ledger-form-title");
        var row = new Div(fields);
        row.addClassName("ledger-form");
        return new Div(heading, row);
    }

    /** Runs an organiser's entry, says how it went and redraws the ledger. */
    private void act(Runnable entry) {
        try {
            entry.run();
            Notifications.success(getTranslation("actions.saved"));
        } catch (InvalidInputException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh(true);
    }

    private void drawLedger(ActionDetail detail) {
        shown = detail;
        ledger.removeAll();
        var action = detail.action();
        var totals = new Div();
        totals.addClassName("facts");
        var delivered = new Fact(
                getTranslation("actions.fact.turnout"),
                getTranslation("actions.turnout", action.pledged(), action.delivered()));
        delivered.setId("action-turnout");
        totals.add(delivered);
        totals.add(new Fact(getTranslation("actions.fact.walk-ins"), String.valueOf(detail.walkIns())));
        ledger.add(new H2(getTranslation("actions.ledger")), totals);
        ledger.add(institutions(detail));
        ledger.add(leaders(detail));
        ledger.add(roles(detail));
        if (action.kind() == ActionKind.DELEGATES_ASSEMBLY) {
            ledger.add(assembly(detail));
        }
    }

    private Component institutions(ActionDetail detail) {
        var section = new Section(new H2(getTranslation("actions.by-institution")));
        section.setId("action-institutions");
        boolean delegates = detail.action().kind() == ActionKind.DELEGATES_ASSEMBLY;
        var grid = new Grid<ActionDetail.InstitutionLine>();
        grid.setAriaLabel(getTranslation("actions.by-institution"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ActionDetail.InstitutionLine::name)
                .setHeader(getTranslation("actions.column.institution"))
                .setFlexGrow(2);
        grid.addColumn(line -> getTranslation("actions.pledged-delivered", line.pledged(), line.delivered()))
                .setHeader(getTranslation("actions.column.pledged-delivered"))
                .setFlexGrow(1);
        if (delegates) {
            grid.addComponentColumn(line -> {
                        var present = new Checkbox(getTranslation("actions.present"), line.present());
                        present.setAriaLabel(getTranslation("actions.present.label", line.name()));
                        present.setId("roll-call-" + line.id());
                        present.addValueChangeListener(event ->
                                act(() -> actions.rollCall(detail.action().id(), line.id(), event.getValue())));
                        return present;
                    })
                    .setHeader(getTranslation("actions.column.roll-call"))
                    .setAutoWidth(true);
            grid.addComponentColumn(line -> vote(detail, line))
                    .setHeader(getTranslation("actions.column.vote"))
                    .setFlexGrow(1);
        }
        grid.setItems(detail.institutions());
        section.add(grid);
        return section;
    }

    private Component vote(ActionDetail detail, ActionDetail.InstitutionLine line) {
        if (!line.present() || detail.issues().isEmpty()) {
            return new Span(line.present() ? getTranslation("actions.vote.no-issues") : "");
        }
        var vote = new Select<ActionDetail.Issue>();
        vote.setItems(detail.issues());
        vote.setItemLabelGenerator(ActionDetail.Issue::label);
        vote.setAriaLabel(getTranslation("actions.vote.label", line.name()));
        vote.setPlaceholder(getTranslation("actions.vote.none"));
        vote.setId("vote-" + line.id());
        Long chosen = detail.voteOf(line.id());
        detail.issues().stream()
                .filter(issue -> Objects.equals(issue.tagId(), chosen))
                .findFirst()
                .ifPresent(vote::setValue);
        vote.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                act(() -> actions.vote(
                        detail.action().id(), line.id(), event.getValue().tagId()));
            }
        });
        return vote;
    }

    private Component leaders(ActionDetail detail) {
        var section = new Section(new H2(getTranslation("actions.by-leader")));
        section.setId("action-leaders");
        if (detail.leaders().isEmpty()) {
            section.add(new Paragraph(getTranslation("actions.by-leader.none")));
            return section;
        }
        var grid = new Grid<ActionDetail.LeaderLine>();
        grid.setAriaLabel(getTranslation("actions.by-leader"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ActionDetail.LeaderLine::fullName)
                .setHeader(getTranslation("actions.column.leader"))
                .setFlexGrow(2);
        grid.addColumn(line -> getTranslation("actions.pledged-delivered", line.pledged(), line.brought()))
                .setHeader(getTranslation("actions.column.pledged-brought"))
                .setFlexGrow(1);
        grid.setItems(detail.leaders());
        section.add(grid);
        return section;
    }

    private Component roles(ActionDetail detail) {
        var section = new Section(new H2(getTranslation("actions.roles")));
        section.setId("action-roles");
        if (detail.roles().isEmpty()) {
            section.add(new Paragraph(getTranslation("actions.roles.none")));
            return section;
        }
        var list = new UnorderedList();
        for (var line : detail.roles()) {
            String said = getTranslation(
                    "actions.role.line",
                    line.fullName(),
                    getTranslation(line.role().translationKey()));
            var remove = new Button(
                    getTranslation("actions.role.remove"),
                    event -> act(() -> actions.removeRole(detail.action().id(), line.personId(), line.role())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("actions.role.remove.label", said));
            list.add(new ListItem(new Span(said + " "), remove));
        }
        section.add(list);
        return section;
    }

    private Component assembly(ActionDetail detail) {
        var section = new Section(new H2(getTranslation("actions.assembly")));
        section.setId("action-assembly");
        var quorum = new Paragraph(getTranslation(
                detail.quorate() ? "actions.quorum.met" : "actions.quorum.not-met",
                detail.present(),
                detail.institutions().size(),
                detail.quorum()));
        quorum.setId("action-quorum-state");
        section.add(quorum);
        if (detail.issues().isEmpty()) {
            section.add(new Paragraph(getTranslation("actions.vote.no-issues")));
            return section;
        }
        var results = new UnorderedList();
        results.setId("action-votes");
        detail.issues().stream()
                .sorted((a, b) -> Integer.compare(b.votes(), a.votes()))
                .forEach(issue ->
                        results.add(new ListItem(getTranslation("actions.votes", issue.label(), issue.votes()))));
        section.add(results);
        return section;
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? getTranslation("actions.title") : shown.action().title()) + " · "
                + getTranslation("app.name");
    }
}
