package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.course.CourseOption;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.tiers.KeepUp;
import org.communityorganising.pathways.progression.tiers.Requirement;
import org.communityorganising.pathways.progression.tiers.RequirementKind;
import org.communityorganising.pathways.progression.tiers.TierApproval;
import org.communityorganising.pathways.progression.tiers.TierDefinition;
import org.communityorganising.pathways.progression.tiers.TierForm;
import org.communityorganising.pathways.progression.tiers.TierService;

/**
 * An administrator edits a tier: its names in both languages, who approves it, and its
 * requirements (added one at a time, removed with a button each). Decisions already made keep
 * the evidence they were made with.
 */
class TierDialog extends FormDialog {

    private final List<Requirement> requirements;
    private final ReadOnlyHasValue<List<Requirement>> carried = new ReadOnlyHasValue<>(value -> {});
    private final UnorderedList list = new UnorderedList();
    private final Map<Integer, String> tierNames;

    TierDialog(TierService tiers, TierDefinition tier, Map<Integer, String> tierNames, Runnable saved) {
        this.tierNames = tierNames;
        this.requirements = new ArrayList<>(tier.requirements());
        setHeaderTitle(getTranslation("tiers.edit", tier.name(getLocale())));
        setId("tier-dialog");
        var nameEn = new TextField(getTranslation("tiers.field.name-en"));
        nameEn.setMaxLength(TierForm.NAME_MAX);
        var nameCy = new TextField(getTranslation("tiers.field.name-cy"));
        nameCy.setMaxLength(TierForm.NAME_MAX);
        nameCy.getElement().setAttribute("lang", "cy");
        var summaryEn = new TextArea(getTranslation("tiers.field.summary-en"));
        summaryEn.setMaxLength(TierForm.SUMMARY_MAX);
        var summaryCy = new TextArea(getTranslation("tiers.field.summary-cy"));
        summaryCy.setMaxLength(TierForm.SUMMARY_MAX);
        summaryCy.getElement().setAttribute("lang", "cy");
        var approval = new Select<TierApproval>();
        approval.setLabel(getTranslation("tiers.field.approval"));
        approval.setItems(TierApproval.values());
        approval.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        approval.setId("tier-approval");
        addFields(nameEn, nameCy);
        addWide(summaryEn);
        addWide(summaryCy);
        addWide(approval);

        list.addClassName("requirement-list");
        list.setId("tier-requirements");
        var requirementsTitle = new H3(getTranslation("tiers.requirements"));
        addWide(new Div(requirementsTitle, list, adder(tiers.courseOptions(), tier.rank())));

        // The keep-up rule: three numbers, or none for a tier kept whatever happens. Never the entry tier.
        var keepCount = new IntegerField(getTranslation("tiers.field.keep-count"));
        keepCount.setMin(1);
        keepCount.setMax(KeepUp.COUNT_MAX);
        keepCount.setId("tier-keep-count");
        var keepMonths = new IntegerField(getTranslation("tiers.field.keep-months"));
        keepMonths.setMin(1);
        keepMonths.setMax(KeepUp.MONTHS_MAX);
        keepMonths.setId("tier-keep-months");
        var keepWarning = new IntegerField(getTranslation("tiers.field.keep-warning"));
        keepWarning.setMin(0);
        keepWarning.setMax(KeepUp.WARNING_DAYS_MAX);
        keepWarning.setId("tier-keep-warning");
        var keepHelp = new Span(getTranslation("tiers.keep.help"));
        keepHelp.addClassName("hint");
        boolean entry = tier.approval() == TierApproval.AUTOMATIC;
        if (!entry) {
            addWide(new Div(new H3(getTranslation("tiers.keep")), keepHelp));
            addFields(keepCount, keepMonths);
            addFields(keepWarning);
        }

        var binder = bind(TierForm.class);
        binder.bind(keepCount, "keepCount");
        binder.bind(keepMonths, "keepMonths");
        binder.bind(keepWarning, "keepWarningDays");
        binder.bind(nameEn, "nameEn");
        binder.bind(nameCy, "nameCy");
        binder.bind(summaryEn, "summaryEn");
        binder.bind(summaryCy, "summaryCy");
        binder.bind(approval, "approval");
        binder.forField(carried).bind("requirements");
        carry(binder, "version");
        binder.readRecord(TierForm.of(tier));
        showRequirements();

        onSave(() -> {
            tiers.edit(tier.id(), written(binder));
            saved.run();
        });
    }

    private void showRequirements() {
        carried.setValue(List.copyOf(requirements));
        list.removeAll();
        if (requirements.isEmpty()) {
            list.add(new ListItem(getTranslation("tiers.requirements.none")));
        }
        for (int index = 0; index < requirements.size(); index++) {
            var requirement = requirements.get(index);
            String text = RequirementText.of(this, getLocale(), requirement, tierNames);
            var remove = new Button(getTranslation("tiers.requirement.remove"), event -> {
                requirements.remove(requirement);
                showRequirements();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("tiers.requirement.remove.label", text));
            remove.setId("tier-requirement-remove-" + index);
            var item = new ListItem(new Span(text), remove);
            item.addClassName("requirement");
            list.add(item);
        }
    }

    /** The small form that adds one requirement. */
    private Div adder(List<CourseOption> courses, int rank) {
        var kind = new Select<RequirementKind>();
        kind.setLabel(getTranslation("tiers.requirement.kind"));
        kind.setItems(RequirementKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("tiers.requirement.kind." + value.name()));
        kind.setValue(RequirementKind.PRACTICE);
        kind.setId("tier-requirement-kind");
        var course = new ComboBox<CourseOption>(getTranslation("tiers.requirement.course"));
        course.setItems(courses);
        course.setItemLabelGenerator(option -> option.title(getLocale()));
        var practice = new Select<PracticeKind>();
        practice.setLabel(getTranslation("tiers.requirement.practice"));
        practice.setItems(PracticeKind.values());
        practice.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        practice.setValue(PracticeKind.ONE_TO_ONE);
        var count = new IntegerField(getTranslation("tiers.requirement.count"));
        count.setMin(1);
        count.setMax(TierForm.COUNT_MAX);
        count.setValue(1);
        count.setStepButtonsVisible(true);
        var window = new IntegerField(getTranslation("tiers.requirement.window"));
        window.setMin(1);
        window.setMax(TierForm.WINDOW_MAX);
        window.setHelperText(getTranslation("tiers.requirement.window.help"));
        var named = new Checkbox(getTranslation("tiers.requirement.named"));
        var hours = new BigDecimalField(getTranslation("tiers.requirement.hours"));
        var held = new Select<Integer>();
        held.setLabel(getTranslation("tiers.requirement.tier"));
        held.setItems(Arrays.stream(tierNames.keySet().toArray(Integer[]::new))
                .filter(value -> value < rank)
                .sorted()
                .toList());
        held.setItemLabelGenerator(value -> tierNames.getOrDefault(value, String.valueOf(value)));
        Runnable fit = () -> {
            var chosen = kind.getValue();
            course.setVisible(chosen == RequirementKind.COURSE);
            practice.setVisible(chosen == RequirementKind.PRACTICE);
            count.setVisible(chosen == RequirementKind.PRACTICE || chosen == RequirementKind.MENTEES);
            window.setVisible(chosen == RequirementKind.PRACTICE || chosen == RequirementKind.MENTEES);
            named.setVisible(chosen == RequirementKind.PRACTICE);
            hours.setVisible(chosen == RequirementKind.HOURS);
            held.setVisible(chosen == RequirementKind.TIER_HELD || chosen == RequirementKind.MENTEES);
            held.setLabel(getTranslation(
                    chosen == RequirementKind.MENTEES ? "tiers.requirement.mentee-tier" : "tiers.requirement.tier"));
        };
        fit.run();
        kind.addValueChangeListener(event -> fit.run());
        var add = new Button(getTranslation("tiers.requirement.add"), event -> {
            var chosen = kind.getValue();
            Requirement requirement = null;
            if (chosen == RequirementKind.COURSE && course.getValue() != null) {
                var option = course.getValue();
                requirement = Requirement.course(option.id(), option.titleEn(), option.titleCy());
            } else if (chosen == RequirementKind.PRACTICE && practice.getValue() != null && count.getValue() != null) {
                requirement = Requirement.practice(
                        practice.getValue(), count.getValue(), window.getValue(), named.getValue());
            } else if (chosen == RequirementKind.HOURS && hours.getValue() != null) {
                requirement = Requirement.hours(hours.getValue());
            } else if (chosen == RequirementKind.TIER_HELD && held.getValue() != null) {
                requirement = Requirement.tierHeld(held.getValue());
            } else if (chosen == RequirementKind.MENTEES && held.getValue() != null && count.getValue() != null) {
                requirement = Requirement.mentees(count.getValue(), held.getValue(), window.getValue(), null);
            }
            if (requirement == null) {
                showError(getTranslation("tiers.error.requirement"));
                return;
            }
            showError(null);
            requirements.add(requirement);
            showRequirements();
        });
        add.setId("tier-requirement-add");
        var adder = new Div(kind, course, practice, count, window, named, hours, held, add);
        adder.addClassName("requirement-adder");
        return adder;
    }
}
