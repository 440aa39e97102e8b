package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.communityorganising.pathways.course.CsvEnrolmentReport;
import org.communityorganising.pathways.course.CsvEnrolmentRow;

/**
 * The dry run of an upload: every row with what will happen to it, and one button to enrol the
 * good rows. Nothing is written until that button is pressed.
 */
class CsvPreviewDialog extends Dialog {

    CsvPreviewDialog(String fileName, CsvEnrolmentReport preview, Consumer<CsvPreviewDialog> onImport) {
        setHeaderTitle(getTranslation("enrolment.csv.preview.title", fileName));
        setId("csv-preview");
        setWidth("min(52rem, 100vw)");
        var summary =
                new Paragraph(getTranslation("enrolment.csv.preview.summary", preview.enrolling(), preview.skipped()));
        summary.setId("csv-summary");
        var grid = new Grid<CsvEnrolmentRow>();
        grid.addColumn(CsvEnrolmentRow::lineNumber)
                .setHeader(getTranslation("enrolment.csv.column.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CsvEnrolmentRow::email)
                .setHeader(getTranslation("enrolment.csv.column.email"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.personName() == null ? "" : row.personName())
                .setHeader(getTranslation("enrolment.csv.column.person"));
        grid.addColumn(row -> row.ok() ? getTranslation("enrolment.csv.ok") : getTranslation(row.problem()))
                .setHeader(getTranslation("enrolment.csv.column.result"))
                .setFlexGrow(2);
        grid.setPartNameGenerator(row -> row.ok() ? null : "row-problem");
        grid.setItems(preview.rows());
        grid.setAllRowsVisible(preview.rows().size() <= 15);
        grid.setAriaLabel(getTranslation("enrolment.csv.preview.grid"));
        grid.setId("csv-rows");
        add(summary, grid);

        var cancel = new Button(getTranslation("form.cancel"), event -> close());
        var enrol =
                new Button(getTranslation("enrolment.csv.import", preview.enrolling()), event -> onImport.accept(this));
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.setEnabled(preview.enrolling() > 0);
        enrol.setId("csv-import");
        getFooter().add(cancel, enrol);
    }
}
