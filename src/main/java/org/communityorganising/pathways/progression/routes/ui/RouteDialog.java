package org.communityorganising.pathways.progression.routes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Localised;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.routes.AccreditedRoute;
import org.communityorganising.pathways.progression.routes.BucketForm;
import org.communityorganising.pathways.progression.routes.RouteForm;
import org.communityorganising.pathways.progression.routes.RouteService;
import org.jspecify.annotations.Nullable;

/**
 * An administrator creates or changes an accredited route: its names, awarding body and
 * durations, and its buckets — each with the hours it asks for and what fills it (sessions
 * attended, practice of some kinds). Buckets are added and removed with a button each.
 */
class RouteDialog extends FormDialog {

    private final List<BucketEditor> editors = new ArrayList<>();
    /** Only ever grows: a bucket removed and another added never share a label or an id. */
    private int bucketsShown;

    private final Div bucketList = new Div();

    RouteDialog(RouteService routes, @Nullable AccreditedRoute route, Runnable saved) {
        setHeaderTitle(
                route == null ? getTranslation("routes.new") : getTranslation("routes.edit", route.name(getLocale())));
        setId("route-dialog");
        setWidth("min(48rem, 100vw)");
        var initial = route == null ? RouteForm.empty() : route.form();
        var nameEn = new TextField(getTranslation("routes.field.name-en"));
        nameEn.setMaxLength(RouteForm.NAME_MAX);
        nameEn.setId("route-name-en");
        var nameCy = new TextField(getTranslation("routes.field.name-cy"));
        nameCy.setMaxLength(RouteForm.NAME_MAX);
        nameCy.getElement().setAttribute("lang", "cy");
        nameCy.setId("route-name-cy");
        var body = new TextField(getTranslation("routes.field.awarding-body"));
        body.setMaxLength(RouteForm.NAME_MAX);
        body.setId("route-awarding-body");
        var min = new IntegerField(getTranslation("routes.field.min-months"));
        min.setMin(0);
        min.setMax(RouteForm.MONTHS_MAX);
        min.setId("route-min-months");
        var max = new IntegerField(getTranslation("routes.field.max-months"));
        max.setMin(1);
        max.setMax(RouteForm.MONTHS_MAX);
        max.setId("route-max-months");
        var active = new Checkbox(getTranslation("routes.field.active"));
        active.setId("route-active");
        addFields(nameEn, nameCy);
        addWide(body);
        addFields(min, max);
        addWide(active);

        var binder = bind(RouteForm.class);
        binder.bind(nameEn, "nameEn");
        binder.bind(nameCy, "nameCy");
        binder.bind(body, "awardingBody");
        binder.bind(min, "minMonths");
        binder.bind(max, "maxMonths");
        binder.bind(active, "active");
        carry(binder, "buckets");
        carry(binder, "version");
        binder.readRecord(initial);

        var heading = new H3(getTranslation("routes.buckets"));
        bucketList.setId("route-buckets");
        var add = new Button(
                getTranslation("routes.bucket.add"), Icons.PLUS.create(), click -> addBucket(BucketForm.empty()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("route-bucket-add");
        form().add(heading, 2);
        form().add(bucketList, 2);
        form().add(add, 2);
        initial.buckets().forEach(this::addBucket);

        onSave(() -> {
            List<BucketForm> buckets = new ArrayList<>();
            for (var editor : editors) {
                buckets.add(editor.written());
            }
            routes.save(route == null ? null : route.id(), written(binder).withBuckets(buckets));
            saved.run();
        });
    }

    private void addBucket(BucketForm bucket) {
        if (editors.size() >= RouteForm.BUCKETS_MAX) {
            showError(getTranslation("routes.error.buckets", RouteForm.BUCKETS_MAX));
            return;
        }
        var editor = new BucketEditor(bucket, ++bucketsShown);
        editor.remove.addClickListener(click -> {
            editors.remove(editor);
            bucketList.remove(editor.layout);
        });
        editors.add(editor);
        bucketList.add(editor.layout);
    }

    /** One bucket's fields, with a binder of its own (validated on Save, before the service sees it). */
    private final class BucketEditor {

        final FormLayout layout = new FormLayout();
        final Button remove;
        final Binder<BucketForm> binder = new Binder<>(BucketForm.class);
        final @Nullable Long id;
        private final TextField nameEn;
        private final TextField nameCy;
        private final IntegerField hours;
        private final Checkbox training;
        private final MultiSelectComboBox<PracticeKind> kinds;

        BucketEditor(BucketForm bucket, int number) {
            this.id = bucket.id();
            layout.addClassName("route-bucket");
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
            nameEn = new TextField(getTranslation("routes.bucket.name-en", number));
            nameEn.setMaxLength(BucketForm.NAME_MAX);
            nameEn.setRequiredIndicatorVisible(true);
            nameCy = new TextField(getTranslation("routes.bucket.name-cy", number));
            nameCy.setMaxLength(BucketForm.NAME_MAX);
            nameCy.setRequiredIndicatorVisible(true);
            nameCy.getElement().setAttribute("lang", "cy");
            hours = new IntegerField(getTranslation("routes.bucket.hours", number));
            hours.setMin(1);
            hours.setMax(BucketForm.HOURS_MAX);
            hours.setRequiredIndicatorVisible(true);
            training = new Checkbox(getTranslation("routes.bucket.training", number));
            kinds = new MultiSelectComboBox<PracticeKind>(getTranslation("routes.bucket.kinds", number));
            kinds.setItems(PracticeKind.values());
            kinds.setItemLabelGenerator(kind -> getTranslation(kind.translationKey()));
            remove = new Button(getTranslation("routes.bucket.remove", number), Icons.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            for (com.vaadin.flow.component.Component field : List.of(nameEn, nameCy, hours, training, kinds)) {
                Localised.formField(field);
            }
            layout.add(nameEn, nameCy, hours, kinds, training, remove);
            nameEn.setId("route-bucket-name-en-" + number);
            nameCy.setId("route-bucket-name-cy-" + number);
            hours.setId("route-bucket-hours-" + number);
            training.setId("route-bucket-training-" + number);
            kinds.setId("route-bucket-kinds-" + number);
            remove.setId("route-bucket-remove-" + number);
            binder.forField(nameEn)
                    .asRequired(getTranslation("form.error.required"))
                    .bind(BucketForm::nameEn, null);
            binder.forField(nameCy)
                    .asRequired(getTranslation("form.error.required"))
                    .bind(BucketForm::nameCy, null);
            binder.forField(hours)
                    .asRequired(getTranslation("form.error.required"))
                    .bind(BucketForm::hours, null);
            binder.forField(training).bind(BucketForm::countsTraining, null);
            binder.forField(kinds).bind(BucketForm::practiceKinds, null);
            binder.readBean(bucket);
        }

        BucketForm written() {
            if (!binder.validate().isOk()) {
                throw new InvalidInputException("form.error.fields");
            }
            return new BucketForm(
                    id, nameEn.getValue(), nameCy.getValue(), hours.getValue(), training.getValue(), kinds.getValue());
        }
    }
}
