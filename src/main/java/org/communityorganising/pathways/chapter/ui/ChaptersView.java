package org.communityorganising.pathways.chapter.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterForm;
import org.communityorganising.pathways.chapter.ChapterListItem;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.security.AppRoles;

/** Every chapter of the alliance and its number of member institutions (administrators). */
@Route("chapters")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 30, title = "nav.chapters", icon = "cluster")
class ChaptersView extends Main implements HasDynamicTitle {

    ChaptersView(ChapterService chapterService) {
        addClassName("view");
        setId("chapters-view");

        var grid = new Grid<ChapterListItem>();
        grid.setId("chapters-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ChapterListItem::name)
                .setHeader(getTranslation("chapters.column.name"))
                .setFlexGrow(2);
        grid.addColumn(ChapterListItem::region).setHeader(getTranslation("chapters.column.region"));
        grid.addColumn(chapter -> getTranslation("language." + chapter.preferredLanguage()))
                .setHeader(getTranslation("chapters.column.language"));
        grid.addColumn(ChapterListItem::institutionCount).setHeader(getTranslation("chapters.column.institutions"));
        grid.setItems(query -> chapterService.listChapters(toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("chapters.title"));
        grid.addItemClickListener(event -> new ChapterDialog(
                        chapterService,
                        event.getItem().id(),
                        chapterService.loadChapter(event.getItem().id()),
                        () -> saved(grid))
                .open());
        var add = new Button(
                getTranslation("chapters.new"),
                Icons.PLUS.create(),
                event -> new ChapterDialog(chapterService, null, new ChapterForm("", "", "en", 0), () -> saved(grid))
                        .open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("chapters-new");
        add(new ViewToolbar(getTranslation("chapters.title"), add), grid);
    }

    private void saved(Grid<ChapterListItem> grid) {
        grid.getDataProvider().refreshAll();
        Notifications.success(getTranslation("chapters.saved"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("chapters.title") + " · " + getTranslation("app.name");
    }
}
