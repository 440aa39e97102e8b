package org.communityorganising.pathways.chapter.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.chapter.ChapterService;
import org.communityorganising.pathways.chapter.InstitutionFilter;
import org.communityorganising.pathways.chapter.InstitutionForm;
import org.communityorganising.pathways.chapter.InstitutionKind;
import org.communityorganising.pathways.chapter.InstitutionListItem;
import org.communityorganising.pathways.security.AppRoles;

/**
 * Member institutions: all chapters for administrators, the own chapter for a chapter lead (the
 * service enforces it). Filtering happens in the query, page by page.
 */
@Route("institutions")
@RolesAllowed({AppRoles.CHAPTER_LEAD, AppRoles.ADMIN})
@Menu(order = 40, title = "nav.institutions", icon = "institution")
class InstitutionsView extends Main implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final ComboBox<ChapterOption> chapter = new ComboBox<>();

    InstitutionsView(ChapterService chapterService) {
        addClassName("view");
        setId("institutions-view");

        search.setLabel(getTranslation("institutions.search"));
        search.setPrefixComponent(Icons.SEARCH.create());
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
        grid.addColumn(InstitutionListItem::name)
                .setHeader(getTranslation("institutions.column.name"))
                .setFlexGrow(3);
        grid.addColumn(item -> getTranslation(item.kind().translationKey()))
                .setHeader(getTranslation("institutions.column.kind"));
        grid.addColumn(InstitutionListItem::chapterName)
                .setHeader(getTranslation("institutions.column.chapter"))
                .setFlexGrow(2);
        grid.setAriaLabel(getTranslation("institutions.title"));
        grid.setEmptyStateText(getTranslation("institutions.empty"));

        var add = new Button(
                getTranslation("institutions.new"),
                Icons.PLUS.create(),
                event -> new InstitutionDialog(
                                chapterService,
                                options,
                                null,
                                new InstitutionForm(
                                        "",
                                        InstitutionKind.OTHER,
                                        chapter.getValue() == null
                                                ? null
                                                : chapter.getValue().id(),
                                        0),
                                () -> saved(grid))
                        .open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("institutions-new");
        grid.addComponentColumn(item -> {
                    var edit = new Button(
                            Icons.EDIT.create(),
                            event -> new InstitutionDialog(
                                            chapterService,
                                            options,
                                            item.id(),
                                            chapterService.loadInstitution(item.id()),
                                            () -> saved(grid))
                                    .open());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    edit.setAriaLabel(getTranslation("institutions.edit.label", item.name()));
                    var deactivate = new Button(Icons.ARCHIVE.create(), event -> {
                        chapterService.setInstitutionActive(item.id(), false);
                        Notifications.success(getTranslation("institutions.deactivated", item.name()));
                        grid.getDataProvider().refreshAll();
                    });
                    deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    deactivate.setAriaLabel(getTranslation("institutions.deactivate.label", item.name()));
                    deactivate.setTooltipText(getTranslation("institutions.deactivate.tooltip"));
                    return new com.vaadin.flow.component.html.Span(edit, deactivate);
                })
                .setHeader(getTranslation("institutions.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(new ViewToolbar(getTranslation("institutions.title"), search, chapter, add));
        add(grid);

        // Undefined size: the service returns slices, so no count query runs per scroll.
        grid.setItems(query -> chapterService.findInstitutions(filter(), toSpringPageRequest(query)).stream());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        chapter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
    }

    private void saved(Grid<InstitutionListItem> grid) {
        grid.getDataProvider().refreshAll();
        Notifications.success(getTranslation("institutions.saved"));
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
