package org.communityorganising.pathways.actions.ui;

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
import java.util.ArrayList;
import org.communityorganising.pathways.actions.ActionItem;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.ChapterChoice;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.listening.ListeningService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/** A chapter's actions and assemblies, the latest first, each with pledged against delivered. */
@Route("actions")
@RolesAllowed({AppRoles.TRAINER, AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 24, title = "nav.actions", icon = "megaphone")
class ActionsView extends Main implements HasDynamicTitle {

    private final transient ActionService actions;
    private final Grid<ActionItem> grid = new Grid<>();
    private final Paragraph none = new Paragraph();
    private long chapterId;

    ActionsView(
            ActionService actions,
            ListeningService listening,
            ChapterService chapters,
            CurrentUser currentUser,
            Clock clock) {
        this.actions = actions;
        var today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        addClassName("view");
        setId("actions-view");
        var user = currentUser.require();
        var toolbar = new ArrayList<Component>();
        var chapter = ChapterChoice.of(
                user.chapterId(),
                user.isAdmin(),
                chapters::chapterOptions,
                ChapterOption::name,
                ChapterOption::id,
                getTranslation("actions.chapter"),
                "actions-chapter",
                id -> chapterId = id,
                this::refresh);
        if (chapter != null) {
            toolbar.add(chapter);
        }
        var create = new Button(
                getTranslation("actions.create"),
                Icons.PLUS.create(),
                event -> new ActionDialog(actions, chapterId, listening.campaigns(chapterId), today, () -> {
                            Notifications.success(getTranslation("actions.created"));
                            refresh();
                        })
                        .open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("actions-create");
        toolbar.add(create);
        add(new ViewToolbar(getTranslation("actions.title"), toolbar.toArray(Component[]::new)));
        add(new Paragraph(getTranslation("actions.intro")));
        none.setText(getTranslation("actions.none"));
        none.setId("actions-none");
        grid.setId("actions-grid");
        grid.setAriaLabel(getTranslation("actions.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(item -> {
                    var link = new RouterLink(
                            item.title(), ActionView.class, new RouteParameters("actionId", String.valueOf(item.id())));
                    link.setId("action-link-" + item.id());
                    return link;
                })
                .setHeader(getTranslation("actions.column.action"))
                .setFlexGrow(2);
        grid.addColumn(item -> getTranslation(item.kind().translationKey()) + " · "
                        + LondonTime.dateTime(item.startsAt(), getLocale()))
                .setHeader(getTranslation("actions.column.when"))
                .setFlexGrow(2);
        grid.addColumn(item -> getTranslation("actions.turnout", item.pledged(), item.delivered()))
                .setHeader(getTranslation("actions.column.turnout"))
                .setFlexGrow(1);
        add(none, grid);
        refresh();
    }

    private void refresh() {
        var list = actions.actions(chapterId);
        none.setVisible(list.isEmpty());
        grid.setVisible(!list.isEmpty());
        grid.setItems(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("actions.title") + " · " + getTranslation("app.name");
    }
}
