package org.communityorganising.pathways.audit.ui;

import static org.springframework.data.domain.PageRequest.of;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import org.communityorganising.pathways.audit.AuditEntry;
import org.communityorganising.pathways.audit.AuditFilter;
import org.communityorganising.pathways.audit.AuditService;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Localised;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.security.AppRoles;

/** The audit trail for administrators: who did what to which record, newest first, filtered. */
@Route("audit")
@RolesAllowed(AppRoles.ADMIN)
@Menu(order = 90, title = "nav.audit", icon = "vaadin:records")
class AuditView extends Main implements HasDynamicTitle {

    AuditView(AuditService audit) {
        addClassName("view");
        setId("audit-view");
        var action = new ComboBox<String>(getTranslation("audit.filter.action"));
        action.setItems(audit.actions());
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        var text = new TextField(getTranslation("audit.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("audit-text");
        var from = Localised.datePicker(new DatePicker(getTranslation("audit.filter.from")));
        from.setId("audit-from");
        var to = Localised.datePicker(new DatePicker(getTranslation("audit.filter.to")));
        to.setId("audit-to");

        var grid = new Grid<AuditEntry>();
        grid.setId("audit-grid");
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> LondonTime.dateTime(entry.at(), getLocale()))
                .setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.actor() == null ? getTranslation("audit.system") : entry.actor())
                .setHeader(getTranslation("audit.column.who"));
        grid.addColumn(AuditEntry::action)
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.subjectType() + " " + entry.subjectId())
                .setHeader(getTranslation("audit.column.subject"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::details)
                .setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(3);
        grid.setItems(
                query -> audit
                        .search(
                                new AuditFilter(action.getValue(), text.getValue(), from.getValue(), to.getValue()),
                                of(query.getPage(), query.getPageSize()))
                        .stream(),
                query -> audit.count(
                        new AuditFilter(action.getValue(), text.getValue(), from.getValue(), to.getValue())));
        action.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new ViewToolbar(getTranslation("audit.title"), action, text, from, to), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
