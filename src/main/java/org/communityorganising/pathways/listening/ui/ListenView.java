package org.communityorganising.pathways.listening.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.Set;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.listening.ListeningKind;
import org.communityorganising.pathways.listening.ListeningService;
import org.communityorganising.pathways.listening.LogForm;
import org.communityorganising.pathways.listening.MyListening;

/**
 * Logging listening on a phone, in three taps: what it was (a conversation or a house meeting), the
 * issues raised, Save. No names and no stories: there is nowhere to type them. Today's logs can be
 * undone at once.
 */
@Route("listen")
@PermitAll
class ListenView extends Main implements HasDynamicTitle {

    private final transient ListeningService listening;

    ListenView(ListeningService listening) {
        this.listening = listening;
        addClassName("view");
        setId("listen-view");
        render();
    }

    private void render() {
        removeAll();
        add(new ViewToolbar(getTranslation("listen.title")));
        var campaigns = listening.mine();
        if (campaigns.isEmpty()) {
            var none = new Paragraph(getTranslation("listen.none"));
            none.setId("listen-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("listen.intro")));
        campaigns.forEach(campaign -> add(campaign(campaign)));
    }

    private Component campaign(MyListening mine) {
        var campaign = mine.campaign();
        var section = new Section(new H2(campaign.name()));
        section.setId("listen-campaign-" + campaign.id());
        section.addClassName("listen-campaign");
        var progress = new Paragraph(
                campaign.targetPerLeader() == null
                        ? getTranslation("listen.mine", mine.mine())
                        : getTranslation("listen.mine.target", mine.mine(), campaign.targetPerLeader()));
        progress.setId("listen-mine-" + campaign.id());
        section.add(progress);
        if (campaign.targetPerInstitution() != null) {
            section.add(new Paragraph(
                    getTranslation("listen.institution", mine.myInstitution(), campaign.targetPerInstitution())));
        }

        // 1. What it was.
        ListeningKind[] kind = {ListeningKind.CONVERSATION};
        var people = new IntegerField(getTranslation("listen.people"));
        people.setMin(2);
        people.setMax(LogForm.PEOPLE_MAX);
        people.setValue(8);
        people.setStepButtonsVisible(true);
        people.setVisible(false);
        people.setId("listen-people-" + campaign.id());
        var kinds = new Div();
        kinds.addClassName("listen-choices");
        kinds.getElement().setAttribute("role", "group");
        kinds.getElement().setAttribute("aria-label", getTranslation("listen.what"));
        for (var option : ListeningKind.values()) {
            var button = new Button(getTranslation(option.translationKey()));
            button.setId("listen-kind-" + campaign.id() + "-" + option.name().toLowerCase(java.util.Locale.ROOT));
            button.addClickListener(event -> {
                kind[0] = option;
                kinds.getChildren().forEach(other -> pressed((Button) other, other == button));
                people.setVisible(option == ListeningKind.HOUSE_MEETING);
            });
            pressed(button, option == kind[0]);
            kinds.add(button);
        }
        section.add(new Paragraph(getTranslation("listen.what")), kinds, people);

        // 2. The issues raised.
        Set<Long> chosen = new LinkedHashSet<>();
        var tags = new Div();
        tags.addClassName("listen-choices");
        tags.getElement().setAttribute("role", "group");
        tags.getElement().setAttribute("aria-label", getTranslation("listen.issues"));
        for (var tag : mine.tags()) {
            var button = new Button(tag.label());
            button.setId("listen-tag-" + tag.id());
            pressed(button, false);
            button.addClickListener(event -> {
                boolean on = chosen.add(tag.id()) || !chosen.remove(tag.id());
                pressed(button, on);
            });
            tags.add(button);
        }
        section.add(new Paragraph(getTranslation("listen.issues")), tags);

        // 3. Save.
        var save = new Button(getTranslation("listen.save"), event -> {
            try {
                int count =
                        kind[0] == ListeningKind.CONVERSATION ? 1 : people.getValue() == null ? 0 : people.getValue();
                listening.log(campaign.id(), new LogForm(kind[0], count, chosen));
                Notifications.success(getTranslation("listen.saved"));
                render();
            } catch (InvalidInputException refused) {
                Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("listen-save-" + campaign.id());
        section.add(save);

        if (!mine.today().isEmpty()) {
            var today = new UnorderedList();
            today.addClassName("listen-today");
            for (var line : mine.today()) {
                var undo = new Button(getTranslation("listen.undo"), event -> {
                    try {
                        listening.remove(line.id());
                        Notifications.success(getTranslation("listen.undone"));
                    } catch (InvalidInputException refused) {
                        Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                    }
                    render();
                });
                undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                String said = getTranslation(
                        "listen.line", getTranslation(line.kind().translationKey()), line.people(), line.tags());
                undo.setAriaLabel(getTranslation("listen.undo.label", said));
                undo.setId("listen-undo-" + line.id());
                today.add(new ListItem(new Span(said + " "), undo));
            }
            section.add(new H3(getTranslation("listen.today")), today);
        }
        return section;
    }

    /** A toggle button says whether it is on, in words for screen readers and in its look. */
    private static void pressed(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        if (on) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("listen.title") + " · " + getTranslation("app.name");
    }
}
