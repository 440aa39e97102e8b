package org.communityorganising.pathways.listening.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.RouteIds;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.listening.CampaignProgress;
import org.communityorganising.pathways.listening.ListeningService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One campaign as its chapter's trainers and leads follow it: totals against the targets, progress
 * per leader and per institution, and the issues tallied per institution and for the chapter. The
 * page redraws itself every few seconds while it is open, so logs from phones show as they come.
 */
@Route("listening/:campaignId")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
class CampaignView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 5_000;

    private final transient ListeningService listening;
    private final boolean mayClose;
    private final LocalDate today;
    private @Nullable CampaignProgress shown;
    private @Nullable Registration polling;

    CampaignView(ListeningService listening, CurrentUser currentUser, Clock clock) {
        this.listening = listening;
        var user = currentUser.require();
        this.mayClose = user.isAdmin() || user.hasRole(AppRoles.CHAPTER_LEAD);
        this.today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        addClassName("view");
        setId("campaign-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = RouteIds.id(event, "campaignId");
        if (requested.isEmpty()) {
            return;
        }
        try {
            render(listening.progress(requested.getAsLong()));
        } catch (InvalidInputException | AccessDeniedException notYours) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().setPollInterval(POLL_MILLIS);
        polling = attach.getUI().addPollListener(poll -> {
            var campaign = shown;
            if (campaign != null) {
                var now = listening.progress(campaign.campaign().id());
                // Redrawn only when something changed: the reader's place on the page stays.
                if (!now.equals(campaign)) {
                    render(now);
                }
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void render(CampaignProgress progress) {
        shown = progress;
        var campaign = progress.campaign();
        removeAll();
        if (mayClose && campaign.runningOn(today)) {
            var close = new Button(getTranslation("listening.close"), event -> {
                try {
                    listening.close(campaign.id(), campaign.version());
                    Notifications.success(getTranslation("listening.closed"));
                } catch (InvalidInputException refused) {
                    Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                } catch (ConcurrentChangeException changed) {
                    Notifications.error(getTranslation("form.error.concurrent"));
                }
                render(listening.progress(campaign.id()));
            });
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            close.setId("campaign-close");
            add(new ViewToolbar(campaign.name(), close));
        } else {
            add(new ViewToolbar(campaign.name()));
        }
        add(new RouterLink(getTranslation("listening.back"), ListeningView.class));
        var facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(
                getTranslation("listening.fact.dates"),
                getTranslation(
                        "listening.dates",
                        LondonTime.date(campaign.startsOn(), getLocale()),
                        LondonTime.date(campaign.endsOn(), getLocale()))));
        var people = new Fact(getTranslation("listening.fact.people"), String.valueOf(campaign.people()));
        people.setId("campaign-people");
        facts.add(people);
        facts.add(new Fact(getTranslation("listening.fact.leaders"), String.valueOf(campaign.leaders())));
        if (campaign.targetPerLeader() != null) {
            facts.add(new Fact(
                    getTranslation("listening.fact.target-leader"), String.valueOf(campaign.targetPerLeader())));
        }
        if (campaign.targetPerInstitution() != null) {
            facts.add(new Fact(
                    getTranslation("listening.fact.target-institution"),
                    String.valueOf(campaign.targetPerInstitution())));
        }
        add(facts);
        add(leaders(progress));
        add(institutions(progress));
        add(tally(progress));
    }

    private Section leaders(CampaignProgress progress) {
        var section = new Section(new H2(getTranslation("listening.by-leader")));
        section.setId("campaign-leaders");
        if (progress.leaders().isEmpty()) {
            section.add(new Paragraph(getTranslation("listening.nothing-yet")));
            return section;
        }
        Integer target = progress.campaign().targetPerLeader();
        var grid = new Grid<CampaignProgress.Leader>();
        grid.setAriaLabel(getTranslation("listening.by-leader"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A dozen rows at a time, the rest as the reader scrolls: a chapter may have hundreds of leaders.
        if (progress.leaders().size() <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("32rem");
        }
        grid.addColumn(leader -> leader.institution() == null
                        ? leader.fullName()
                        : leader.fullName() + " · " + leader.institution())
                .setHeader(getTranslation("listening.column.leader"))
                .setFlexGrow(2);
        grid.addColumn(leader ->
                        getTranslation("listening.leader.logged", leader.conversations(), leader.houseMeetings()))
                .setHeader(getTranslation("listening.column.logged"))
                .setFlexGrow(2);
        grid.addColumn(leader -> target == null
                        ? String.valueOf(leader.people())
                        : getTranslation("listening.of-target", leader.people(), target))
                .setHeader(getTranslation("listening.column.people"))
                .setFlexGrow(1);
        grid.setItems(progress.leaders());
        section.add(grid);
        return section;
    }

    private Section institutions(CampaignProgress progress) {
        var section = new Section(new H2(getTranslation("listening.by-institution")));
        section.setId("campaign-institutions");
        Integer target = progress.campaign().targetPerInstitution();
        var grid = new Grid<CampaignProgress.Institution>();
        grid.setAriaLabel(getTranslation("listening.by-institution"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(institution ->
                        institution.id() == null ? getTranslation("listening.no-institution") : institution.name())
                .setHeader(getTranslation("listening.column.institution"))
                .setFlexGrow(2);
        grid.addColumn(institution -> target == null
                        ? String.valueOf(institution.people())
                        : getTranslation("listening.of-target", institution.people(), target))
                .setHeader(getTranslation("listening.column.people"))
                .setFlexGrow(1);
        grid.setItems(progress.institutions());
        section.add(grid);
        return section;
    }

    /** People per issue, per institution and for the chapter: what a delegates assembly votes on. */
    private Section tally(CampaignProgress progress) {
        var section = new Section(new H2(getTranslation("listening.tally")));
        section.setId("campaign-tally");
        section.add(new Paragraph(getTranslation("listening.tally.intro")));
        var chapter = new Div();
        chapter.addClassName("facts");
        chapter.setId("campaign-tally-chapter");
        for (int i = 0; i < progress.tags().size(); i++) {
            chapter.add(new Fact(
                    progress.tags().get(i).label(),
                    String.valueOf(progress.chapterTally().get(i))));
        }
        section.add(chapter);
        var grid = new Grid<CampaignProgress.Institution>();
        grid.setAriaLabel(getTranslation("listening.tally"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(institution ->
                        institution.id() == null ? getTranslation("listening.no-institution") : institution.name())
                .setHeader(getTranslation("listening.column.institution"))
                .setAutoWidth(true);
        for (int i = 0; i < progress.tags().size(); i++) {
            int index = i;
            grid.addColumn(institution -> institution.tally().get(index))
                    .setHeader(progress.tags().get(i).label())
                    .setAutoWidth(true);
        }
        grid.setItems(progress.institutions().stream()
                .filter(institution -> institution.people() > 0)
                .toList());
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return (shown == null
                        ? getTranslation("listening.title")
                        : shown.campaign().name()) + " · " + getTranslation("app.name");
    }
}
