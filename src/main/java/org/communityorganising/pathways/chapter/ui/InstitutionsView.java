package org.communityorganising.pathways.chapter.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.chapter.InstitutionFilter;
import org.communityorganising.pathways.chapter.InstitutionListItem;
import org.communityorganising.pathways.security.AppRoles;

/**
 * Member institutions: all chapters for administrators, the own chapter for a chapter lead (the
 * service enforces it). Filtering happens in the query, page by page.
 */
@Route("institutions")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 40, title = "nav.institutions", icon = "vaadin:institution")
class InstitutionsView extends Main implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final ComboBox<ChapterOption> chapter = new ComboBox<>();

    InstitutionsView(ChapterService chapterService) {
        addClassName("view");
        setId("institutions-view");

        search.setLabel(getTranslation("institutions.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("institutions-search");

        var options = chapterService.chapterOptions();
        chapter.setLabel(getTranslation("institutions.chapter"));
        chapter.setItems(options);
        chapter.setItemLabelGenerator(ChapterOption::name);
        chapter.setClearButtonVisible(options.size() > 1);
        chapter.setId("institutions-chapter");
        if (options.size() == 1) {
            chapter.setValue(options.getFirst());
            chapter.setReadOnly(true);
        }

        var grid = new Grid<InstitutionListItem>();
        grid.setId("institutions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InstitutionListItem::name).setHeader(getTranslation("institutions.column.name")).setFlexGrow(3);
        grid.addColumn(item -> getTranslation(item.kind().translationKey())).setHeader(getTranslation("institutions.column.kind"));
        grid.addColumn(InstitutionListItem::chapterName).setHeader(getTranslation("institutions.column.chapter")).setFlexGrow(2);
        grid.setAriaLabel(getTranslation("institutions.title"));
        grid.setEmptyStateText(getTranslation("institutions.empty"));

        add(new ViewToolbar(getTranslation("institutions.title"), search, chapter));
        add(grid);

        // Undefined size: the service returns slices, so no count query runs per scroll.
        grid.setItems(query -> chapterService.findInstitutions(filter(), toSpringPageRequest(query)).stream());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        chapter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
    }

    private InstitutionFilter filter() {
        var selected = chapter.getValue();
        return new InstitutionFilter(selected == null ? null : selected.id(), search.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("institutions.title") + " · " + getTranslation("app.name");
    }
}
