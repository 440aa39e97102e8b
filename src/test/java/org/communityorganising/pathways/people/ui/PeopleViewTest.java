package org.communityorganising.pathways.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.communityorganising.pathways.chapter.ChapterOption;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PeopleViewTest {

    @Autowired
    BrowserlessUi ui;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aChapterLeadAddsATraineeAndFindsThemBySearch() {
        ui.openAs(DemoLogins.LEAD);
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("people-new")));
        String email = "new-" + System.nanoTime() + "@example.org";
        _get(TextField.class, spec -> spec.withId("person-name")).setValue("Nadia Rahman");
        _get(EmailField.class, spec -> spec.withId("person-email")).setValue(email);
        CheckboxGroup<String> roles = _get(CheckboxGroup.class, spec -> spec.withId("person-roles"));
        assertThat(roles.getListDataView().getItems())
                .as("a lead grants trainee and trainer only")
                .containsExactly(AppRoles.TRAINEE, AppRoles.TRAINER);
        roles.setValue(Set.of(AppRoles.TRAINEE));
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        _get(TextField.class, spec -> spec.withId("people-search")).setValue(email);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("Nadia Rahman", email, "TELCO", "Trainee");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDuplicateEmailIsExplainedInTheFormAndNothingTypedIsLost() {
        ui.openAs(DemoLogins.ADMIN);
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("people-new")));
        _get(TextField.class, spec -> spec.withId("person-name")).setValue("Second Sam");
        _get(EmailField.class, spec -> spec.withId("person-email")).setValue(DemoLogins.TRAINEE);
        ComboBox<ChapterOption> chapter = _get(ComboBox.class, spec -> spec.withId("person-chapter"));
        chapter.setValue(chapter.getListDataView()
                .getItems()
                .filter(option -> option.name().equals("TELCO"))
                .findFirst()
                .orElseThrow());
        CheckboxGroup<String> roles = _get(CheckboxGroup.class, spec -> spec.withId("person-roles"));
        roles.setValue(Set.of(AppRoles.TRAINEE));
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(_get(Div.class, spec -> spec.withClasses("form-error")).getText())
                .contains("already has this e-mail address");
        assertThat(_get(TextField.class, spec -> spec.withId("person-name")).getValue())
                .isEqualTo("Second Sam");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorWhoTicksOnlyChapterLeadCreatesAChapterLeadWhoIsNotATrainee() {
        ui.openAs(DemoLogins.ADMIN);
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("people-new")));
        String email = "lead-" + System.nanoTime() + "@example.org";
        _get(TextField.class, spec -> spec.withId("person-name")).setValue("Lena Lead");
        _get(EmailField.class, spec -> spec.withId("person-email")).setValue(email);
        ComboBox<ChapterOption> chapter = _get(ComboBox.class, spec -> spec.withId("person-chapter"));
        chapter.setValue(chapter.getListDataView()
                .getItems()
                .filter(option -> option.name().equals("TELCO"))
                .findFirst()
                .orElseThrow());
        CheckboxGroup<String> roles = _get(CheckboxGroup.class, spec -> spec.withId("person-roles"));
        assertThat(roles.getValue()).as("nothing is chosen for a new person").isEmpty();
        roles.select(AppRoles.CHAPTER_LEAD);
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        _get(TextField.class, spec -> spec.withId("people-search")).setValue(email);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0)).contains("Chapter lead").doesNotContain("Trainee");
    }

    @Test
    @SuppressWarnings("unchecked")
    void saveWithNoRoleChosenSaysChooseOneAndKeepsWhatWasTyped() {
        ui.openAs(DemoLogins.LEAD);
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("people-new")));
        _get(TextField.class, spec -> spec.withId("person-name")).setValue("Rosa Roleless");
        _get(EmailField.class, spec -> spec.withId("person-email"))
                .setValue("rosa-" + System.nanoTime() + "@example.org");
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        CheckboxGroup<String> roles = _get(CheckboxGroup.class, spec -> spec.withId("person-roles"));
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        assertThat(_get(TextField.class, spec -> spec.withId("person-name")).getValue())
                .isEqualTo("Rosa Roleless");
    }

    @Test
    void aTrainerCannotOpenPeople() {
        ui.openAs(DemoLogins.TRAINER);
        UI.getCurrent().navigate("people");
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_find(Grid.class)).isEmpty();
    }
}
