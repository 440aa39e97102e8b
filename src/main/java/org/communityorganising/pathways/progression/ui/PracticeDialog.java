package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.OptionIds;
import org.communityorganising.pathways.base.ui.Pickers;
import org.communityorganising.pathways.chapter.InstitutionOption;
import org.communityorganising.pathways.progression.practice.PracticeForm;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeRole;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.jspecify.annotations.Nullable;

/**
 * Logs a piece of practice, or corrects one that was queried. A one-to-one on today's date is the
 * default, so logging one is: the institution, then Save. Fields that do not belong to the kind
 * chosen are hidden (and the service drops them).
 */
class PracticeDialog extends FormDialog {

    PracticeDialog(PracticeService practice, @Nullable Long entryId, PracticeForm initial, Runnable saved) {
        setHeaderTitle(getTranslation(entryId == null ? "practice.log" : "practice.correct"));
        setSaveLabel(getTranslation(entryId == null ? "practice.save" : "practice.resubmit"));
        setId("practice-dialog");
        var kind = new RadioButtonGroup<PracticeKind>(getTranslation("practice.field.kind"));
        kind.setItems(PracticeKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        kind.setId("practice-kind");
        var date = Pickers.date(getTranslation("practice.field.date"));
        date.setLocale(getLocale());
        date.setMax(initial.occurredOn() == null || entryId != null ? null : initial.occurredOn());
        date.setId("practice-date");
        var counterpart = new ComboBox<InstitutionOption>(getTranslation("practice.field.counterpart"));
        counterpart.setItems(practice.counterpartOptions());
        counterpart.setItemLabelGenerator(InstitutionOption::name);
        counterpart.setClearButtonVisible(true);
        counterpart.setHelperText(getTranslation("practice.field.counterpart.help"));
        counterpart.setId("practice-counterpart");
        var role = new Select<PracticeRole>();
        role.setLabel(getTranslation("practice.field.role"));
        role.setItems(PracticeRole.values());
        role.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        role.setId("practice-role");
        var pledged = new IntegerField(getTranslation("practice.field.pledged"));
        pledged.setMin(0);
        pledged.setMax(PracticeForm.TURNOUT_MAX);
        pledged.setId("practice-pledged");
        var delivered = new IntegerField(getTranslation("practice.field.delivered"));
        delivered.setMin(0);
        delivered.setMax(PracticeForm.TURNOUT_MAX);
        delivered.setId("practice-delivered");
        var duration = new IntegerField(getTranslation("practice.field.duration"));
        duration.setMin(1);
        duration.setMax(PracticeForm.DURATION_MAX);
        duration.setHelperText(getTranslation("practice.field.duration.help"));
        duration.setId("practice-duration");
        var note = new TextArea(getTranslation("practice.field.note"));
        note.setMaxLength(PracticeForm.NOTE_MAX);
        note.setHelperText(getTranslation("practice.field.note.help"));
        note.setId("practice-note");
        addWide(kind);
        addFields(date, duration);
        addFields(counterpart);
        addFields(role, pledged, delivered);
        addWide(note);

        var binder = bind(PracticeForm.class);
        binder.bind(kind, "kind");
        binder.bind(date, "occurredOn");
        binder.forField(counterpart)
                .withConverter(OptionIds.of(counterpart, InstitutionOption::id))
                .bind("counterpartInstitutionId");
        binder.bind(role, "role");
        binder.bind(pledged, "turnoutPledged");
        binder.bind(delivered, "turnoutDelivered");
        binder.bind(note, "privateNote");
        binder.bind(duration, "durationMinutes");
        carry(binder, "version");
        binder.readRecord(initial);

        Runnable fit = () -> {
            var chosen = kind.getValue();
            counterpart.setVisible(chosen != null && chosen.hasCounterpart());
            role.setVisible(chosen != null && chosen.hasTurnout());
            pledged.setVisible(chosen != null && chosen.hasTurnout());
            delivered.setVisible(chosen != null && chosen.hasTurnout());
            note.setVisible(chosen != null && chosen.confidential());
        };
        fit.run();
        kind.addValueChangeListener(event -> fit.run());

        onSave(() -> {
            var form = written(binder);
            if (entryId == null) {
                practice.log(form);
            } else {
                practice.correct(entryId, form);
            }
            saved.run();
        });
    }
}
