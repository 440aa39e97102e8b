package org.communityorganising.pathways.progression.routes.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An administrator creates a route with two buckets in the dialog; what the service refuses is said in it. */
@IntegrationTest
class RoutesViewTest {

    @Autowired
    BrowserlessUi ui;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void anAdministratorCreatesARouteWithTwoBucketsAndIsToldWhatTheServiceRefuses() {
        String name = "Route " + UUID.randomUUID();
        ui.openAs(DemoLogins.ADMIN);
        UI.getCurrent().navigate(RoutesView.class);
        _click(_get(Button.class, spec -> spec.withId("routes-new")));
        _get(TextField.class, spec -> spec.withId("route-name-en")).setValue(name);
        _get(TextField.class, spec -> spec.withId("route-name-cy")).setValue("Llwybr prawf");
        _get(TextField.class, spec -> spec.withId("route-awarding-body")).setValue("Test Awards");
        _get(TextField.class, spec -> spec.withId("route-bucket-name-en-1")).setValue("Learning");
        _get(TextField.class, spec -> spec.withId("route-bucket-name-cy-1")).setValue("Dysgu");
        BrowserlessUi.type(_get(IntegerField.class, spec -> spec.withId("route-bucket-hours-1")), 12);
        _get(Checkbox.class, spec -> spec.withId("route-bucket-training-1")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("route-bucket-add")));
        _get(TextField.class, spec -> spec.withId("route-bucket-name-en-2")).setValue("Research");
        _get(TextField.class, spec -> spec.withId("route-bucket-name-cy-2")).setValue("Ymchwil");
        BrowserlessUi.type(_get(IntegerField.class, spec -> spec.withId("route-bucket-hours-2")), 25);

        // The second bucket says nothing about what fills it: the service refuses, the dialog says so.
        _click(_get(Button.class, spec -> spec.withId("form-save")));
        assertThat(_get(RouteDialog.class).getElement().getTextRecursively())
                .contains("Say what fills the bucket Research");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PracticeKind> kinds =
                _get(MultiSelectComboBox.class, spec -> spec.withId("route-bucket-kinds-2"));
        kinds.setValue(Set.of(PracticeKind.ONE_TO_ONE, PracticeKind.RESEARCH_ACTION));
        _click(_get(Button.class, spec -> spec.withId("form-save")));

        assertThat(_find(RouteDialog.class)).as("closed once saved").isEmpty();
        assertThat(_get(RoutesView.class).getElement().getTextRecursively())
                .contains(name, "Learning: 12 hours", "Research: 25 hours");
        assertThat(jdbc.sql("""
                        select count(*) from route_bucket b join accredited_route r on r.id = b.route_id
                        where r.name_en = :name""").param("name", name).query(Integer.class).single())
                .isEqualTo(2);
    }
}
