package org.communityorganising.pathways.progression.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.people.PeopleFilter;
import org.communityorganising.pathways.people.PeopleService;
import org.communityorganising.pathways.people.PersonOption;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.jspecify.annotations.Nullable;

/** A trainer or lead puts a leader of their chapter forward for their next tier, saying why. */
class NominateDialog extends FormDialog {

    /** What the nomination form edits. */
    public record Nomination(@Nullable PersonOption person, String reason) {}

    /** The "Nominate a leader" button of the review and promotions screens. */
    static Button button(
            PromotionService promotions, PeopleService people, @Nullable Long chapterId, Runnable nominated) {
        var nominate = new Button(
                Icons.ARROW_CIRCLE_UP.create(),
                event -> new NominateDialog(promotions, people, chapterId, nominated).open());
        nominate.setText(nominate.getTranslation("promotions.nominate"));
        nominate.setId("promotions-nominate");
        return nominate;
    }

    NominateDialog(PromotionService promotions, PeopleService people, @Nullable Long chapterId, Runnable nominated) {
        setHeaderTitle(getTranslation("promotions.nominate"));
        setSaveLabel(getTranslation("promotions.nominate.save"));
        setId("nominate-dialog");
        var person = new ComboBox<PersonOption>(getTranslation("promotions.nominate.person"));
        person.setItemLabelGenerator(PersonOption::label);
        person.setItems(query -> people
                .options(
                        new PeopleFilter(query.getFilter().orElse(""), chapterId, null, false),
                        toSpringPageRequest(query))
                .stream());
        person.setId("nominate-person");
        var reason = new TextArea(getTranslation("promotions.nominate.reason"));
        reason.setMaxLength(PromotionService.REASON_MAX);
        reason.setHelperText(getTranslation("promotions.nominate.reason.help"));
        reason.setId("nominate-reason");
        addWide(person);
        addWide(reason);
        var binder = bind(new Binder<>(Nomination.class));
        binder.forField(person)
                .asRequired(getTranslation("form.error.required"))
                .bind("person");
        binder.forField(reason)
                .asRequired(getTranslation("form.error.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("form.error.max-length", PromotionService.REASON_MAX),
                        0,
                        PromotionService.REASON_MAX))
                .bind("reason");
        binder.readRecord(new Nomination(null, ""));
        onSave(() -> {
            var nomination = written(binder);
            var chosen = nomination.person();
            if (chosen != null) {
                promotions.nominate(chosen.id(), nomination.reason());
                Notifications.success(getTranslation("promotions.nominated", chosen.fullName()));
                nominated.run();
            }
        });
    }
}
