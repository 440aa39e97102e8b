package org.communityorganising.pathways.people.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.people.PeopleFilter;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonForm;
import org.communityorganising.pathways.people.PersonListItem;
import org.communityorganising.pathways.security.AccountLinks;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.LinkLifetimes;
import org.jspecify.annotations.Nullable;

/**
 * People and accounts: everyone for administrators, the own chapter for a chapter lead. Search by
 * name or e-mail runs in the database, one page at a time.
 */
@Route("people")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 35, title = "nav.people", icon = "users")
class PeopleView extends Main implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final ComboBox<ChapterOption> chapter = new ComboBox<>();
    private final Checkbox inactive = new Checkbox();
    private final ComboBox<AccountLinks.InvitationStatus> invitationFilter = new ComboBox<>();
    private final Grid<PersonListItem> grid = new Grid<>();
    private final transient LinkLifetimes lifetimes;

    PeopleView(PeopleService people, ChapterService chapters, CurrentUser currentUser, LinkLifetimes lifetimes) {
        this.lifetimes = lifetimes;
        addClassName("view");
        setId("people-view");
        boolean admin = currentUser.require().isAdmin();

        search.setLabel(getTranslation("people.search"));
        search.setPrefixComponent(Icons.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("people-search");
        var options = chapters.chapterOptions();
        chapter.setLabel(getTranslation("people.chapter"));
        chapter.setItems(options);
        chapter.setItemLabelGenerator(ChapterOption::name);
        chapter.setClearButtonVisible(admin);
        if (!admin && options.size() == 1) {
            chapter.setValue(options.getFirst());
            chapter.setReadOnly(true);
        }
        inactive.setLabel(getTranslation("people.include-inactive"));
        invitationFilter.setLabel(getTranslation("people.invitations"));
        invitationFilter.setItems(AccountLinks.InvitationStatus.PENDING, AccountLinks.InvitationStatus.EXPIRED);
        invitationFilter.setItemLabelGenerator(status -> getTranslation("invitation.status." + status.name()));
        invitationFilter.setClearButtonVisible(true);
        invitationFilter.setPlaceholder(getTranslation("people.invitations.any"));
        invitationFilter.setId("people-invitations");

        var add = new Button(
                getTranslation("people.new"), Icons.PLUS.create(), event -> open(people, chapters, admin, null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("people-new");
        var importLink = new com.vaadin.flow.component.html.Anchor("people/import", getTranslation("people.import"));
        importLink.setId("people-import");
        importLink.addClassName("toolbar-link");

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PersonListItem::fullName)
                .setHeader(getTranslation("people.column.name"))
                .setFlexGrow(2);
        grid.addColumn(PersonListItem::email)
                .setHeader(getTranslation("people.column.email"))
                .setFlexGrow(2);
        grid.addColumn(item -> item.chapterName() == null ? "" : item.chapterName())
                .setHeader(getTranslation("people.column.chapter"));
        grid.addColumn(item -> item.institutionName() == null ? "" : item.institutionName())
                .setHeader(getTranslation("people.column.institution"));
        grid.addColumn(item -> item.roles().stream()
                        .map(role -> getTranslation(AppRoles.translationKey(role)))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("people.column.roles"));
        grid.addColumn(item -> item.active() ? "" : getTranslation("people.inactive"))
                .setHeader(getTranslation("people.column.status"));
        grid.addColumn(this::invitationText).setHeader(getTranslation("people.column.invitation"));
        // The attendance record belongs to the attendance feature: linked by address.
        grid.addComponentColumn(item -> {
                    var link = new com.vaadin.flow.component.html.Anchor(
                            "people/" + item.id() + "/attendance", getTranslation("people.attendance"));
                    link.getElement()
                            .setAttribute("aria-label", getTranslation("people.attendance.label", item.fullName()));
                    return link;
                })
                .setHeader(getTranslation("people.column.attendance"))
                .setAutoWidth(true);
        if (admin) {
            // A person's data (export, erasure) belongs to the privacy feature: linked by address.
            grid.addComponentColumn(item -> {
                        var link = new com.vaadin.flow.component.html.Anchor(
                                "people/" + item.id() + "/data", getTranslation("people.data"));
                        link.getElement()
                                .setAttribute("aria-label", getTranslation("people.data.label", item.fullName()));
                        return link;
                    })
                    .setHeader(getTranslation("people.column.data"))
                    .setAutoWidth(true);
        }
        grid.setAriaLabel(getTranslation("people.title"));
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.setItems(query -> people.find(filter(), toSpringPageRequest(query)).stream());
        // Only people this person may manage open for editing (the service refuses the rest anyway).
        grid.addItemClickListener(event -> {
            if (event.getItem().manageable()) {
                open(people, chapters, admin, event.getItem());
            }
        });

        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        chapter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        inactive.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        invitationFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        add(
                new ViewToolbar(
                        getTranslation("people.title"), search, chapter, invitationFilter, inactive, add, importLink),
                grid);
    }

    private PeopleFilter filter() {
        return new PeopleFilter(
                search.getValue(),
                chapter.getValue() == null ? null : chapter.getValue().id(),
                null,
                inactive.getValue(),
                invitationFilter.getValue());
    }

    /** "Sent 3 Dec, valid until 17 Dec", "Accepted", "Expired on …", or nothing. */
    private String invitationText(PersonListItem item) {
        var invitation = item.invitation();
        if (item.hasPassword()) {
            return getTranslation("invitation.has-password");
        }
        if (invitation == null) {
            return "";
        }
        return switch (invitation.status()) {
            case ACCEPTED -> getTranslation("invitation.status.ACCEPTED");
            case EXPIRED ->
                getTranslation(
                        "invitation.expired-on",
                        LondonTime.date(LondonTime.of(invitation.expiresAt()).toLocalDate(), getLocale()));
            case PENDING ->
                invitation.sentAt() == null
                        ? getTranslation(
                                "invitation.link-only",
                                LondonTime.date(
                                        LondonTime.of(invitation.expiresAt()).toLocalDate(), getLocale()))
                        : getTranslation(
                                "invitation.sent",
                                LondonTime.date(
                                        LondonTime.of(invitation.sentAt()).toLocalDate(), getLocale()),
                                LondonTime.date(
                                        LondonTime.of(invitation.expiresAt()).toLocalDate(), getLocale()));
        };
    }

    private void open(PeopleService people, ChapterService chapters, boolean admin, @Nullable PersonListItem item) {
        Long id = item == null ? null : item.id();
        PersonForm initial = id == null
                ? PersonForm.empty(
                        chapter.getValue() == null ? null : chapter.getValue().id())
                : people.load(id);
        var dialog = new PersonDialog(people, chapters, admin, id, initial, lifetimes.invitationDays(), () -> {
            grid.getDataProvider().refreshAll();
            Notifications.success(getTranslation("people.saved"));
        });
        if (item != null
                && item.active()
                && (item.invitation() == null
                        || item.invitation().status() != AccountLinks.InvitationStatus.ACCEPTED)) {
            boolean pending =
                    item.invitation() != null && item.invitation().status() == AccountLinks.InvitationStatus.PENDING;
            dialog.addFooterAction(
                    getTranslation(item.invitation() == null ? "invitation.send" : "invitation.resend"),
                    "person-invite-send",
                    () -> {
                        people.invite(item.id());
                        grid.getDataProvider().refreshAll();
                        Notifications.success(getTranslation("invitation.sent-now", item.fullName()));
                    });
            dialog.addFooterAction(getTranslation("invitation.copy"), "person-invite-copy", () -> {
                new InvitationLinkDialog(
                                item.fullName(), people.copyInvitationLink(item.id()), lifetimes.invitationDays())
                        .open();
                grid.getDataProvider().refreshAll();
            });
            if (pending) {
                dialog.addFooterAction(getTranslation("invitation.revoke"), "person-invite-revoke", () -> {
                    people.revokeInvitation(item.id());
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("invitation.revoked"));
                });
            }
        }
        if (item != null) {
            boolean active = item.active();
            dialog.addFooterAction(
                    getTranslation(active ? "people.deactivate" : "people.reactivate"), "person-toggle-active", () -> {
                        people.setActive(item.id(), !active, initial.version());
                        grid.getDataProvider().refreshAll();
                        Notifications.success(getTranslation(active ? "people.deactivated" : "people.reactivated"));
                    });
        }
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " · " + getTranslation("app.name");
    }
}
