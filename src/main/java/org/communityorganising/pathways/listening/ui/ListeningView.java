package org.communityorganising.pathways.listening.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.ChapterChoice;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.listening.CampaignItem;
import org.communityorganising.pathways.listening.ListeningService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/** A chapter's listening campaigns, newest first, each opening its progress; leads open new ones. */
@Route("listening")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 29, title = "nav.listening", icon = "comments")
class ListeningView extends Main implements HasDynamicTitle {

    private final transient ListeningService listening;
    private final Grid<CampaignItem> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private final LocalDate today;
    private long chapterId;

    ListeningView(ListeningService listening, ChapterService chapters, CurrentUser currentUser, Clock clock) {
        this.listening = listening;
        this.today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        addClassName("view");
        setId("listening-view");
        var user = currentUser.require();
        var actions = new java.util.ArrayList<Component>();
        var chapter = ChapterChoice.of(
                user.chapterId(),
                user.isAdmin(),
                chapters::chapterOptions,
                ChapterOption::name,
                ChapterOption::id,
                getTranslation("listening.chapter"),
                "listening-chapter",
                id -> chapterId = id,
                this::refresh);
        if (chapter != null) {
            actions.add(chapter);
        }
        if (user.isAdmin() || user.hasRole(AppRoles.CHAPTER_LEAD)) {
            var open = new Button(
                    getTranslation("listening.open"),
                    Icons.PLUS.create(),
                    event -> new CampaignDialog(listening, chapterId, today, () -> {
                                Notifications.success(getTranslation("listening.opened"));
                                refresh();
                            })
                            .open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("listening-open");
            actions.add(open);
        }
        add(new ViewToolbar(getTranslation("listening.title"), actions.toArray(Component[]::new)));
        add(new Paragraph(getTranslation("listening.intro")));
        none.setText(getTranslation("listening.none"));
        none.setId("listening-none");
        grid.setId("listening-grid");
        grid.setAriaLabel(getTranslation("listening.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> {
                    var link = new RouterLink(
                            item.name(),
                            CampaignView.class,
                            new RouteParameters("campaignId", String.valueOf(item.id())));
                    link.setId("campaign-link-" + item.id());
                    return link;
                })
                .setHeader(getTranslation("listening.column.campaign"))
                .setFlexGrow(2);
        grid.addColumn(item -> getTranslation(
                        item.runningOn(today) ? "listening.dates.running" : "listening.dates",
                        LondonTime.date(item.startsOn(), getLocale()),
                        LondonTime.date(item.endsOn(), getLocale())))
                .setHeader(getTranslation("listening.column.dates"))
                .setFlexGrow(2);
        grid.addColumn(item -> getTranslation("listening.totals", item.people(), item.leaders()))
                .setHeader(getTranslation("listening.column.totals"))
                .setFlexGrow(1);
        add(none, grid);
        refresh();
    }

    private void refresh() {
        var campaigns = listening.campaigns(chapterId);
        none.setVisible(campaigns.isEmpty());
        grid.setVisible(!campaigns.isEmpty());
        grid.setItems(campaigns);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("listening.title") + " · " + getTranslation("app.name");
    }
}
