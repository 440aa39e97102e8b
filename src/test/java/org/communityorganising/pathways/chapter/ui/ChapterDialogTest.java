package org.communityorganising.pathways.chapter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The form's fields are bound and validated from the form record's constraints, in the person's language. */
@IntegrationTest
class ChapterDialogTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void close() {
        ui.close();
    }

    private int chapters() {
        return jdbc.sql("select count(*) from chapter").query(Integer.class).single();
    }

    private TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void aBlankNameAndATooLongRegionAreMarkedOnTheFieldsAndNothingIsSaved() {
        ui.openAs(DemoLogins.ADMIN);
        UI.getCurrent().navigate(ChaptersView.class);
        int before = chapters();
        _click(_get(Button.class, spec -> spec.withId("chapters-new")));
        BrowserlessUi.type(field("Region"), "x".repeat(121));

        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(field("Chapter").isRequiredIndicatorVisible()).isTrue();
        assertThat(field("Chapter").isInvalid()).isTrue();
        assertThat(field("Chapter").getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(field("Region").isInvalid()).isTrue();
        assertThat(field("Region").getErrorMessage()).isEqualTo("Use at most 120 characters.");
        assertThat(_find(TextField.class))
                .as("the dialog stays open with what was typed")
                .hasSize(2);
        assertThat(field("Region").getValue()).hasSize(121);
        assertThat(chapters()).isEqualTo(before);
    }

    @Test
    void theFieldErrorsAreInWelshForAWelshSpeaker() {
        ui.openAs(DemoLogins.ADMIN);
        UI.getCurrent().setLocale(Locale.of("cy"));
        UI.getCurrent().navigate(ChaptersView.class);
        _click(_get(Button.class, spec -> spec.withId("chapters-new")));

        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(_find(TextField.class))
                .extracting(TextField::getErrorMessage)
                .contains("Llenwch hwn, os gwelwch yn dda.");
    }

    @Test
    void aValidFormSavesTheChapter() {
        ui.openAs(DemoLogins.ADMIN);
        UI.getCurrent().navigate(ChaptersView.class);
        int before = chapters();
        _click(_get(Button.class, spec -> spec.withId("chapters-new")));
        BrowserlessUi.type(field("Chapter"), "Citizens Plymouth");
        BrowserlessUi.type(field("Region"), "South West");

        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(_find(TextField.class)).isEmpty();
        assertThat(chapters()).isEqualTo(before + 1);
        jdbc.sql("delete from chapter where name = 'Citizens Plymouth'").update();
    }
}
