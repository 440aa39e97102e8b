package org.communityorganising.pathways.course.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import org.communityorganising.pathways.base.ui.Pickers;
import org.communityorganising.pathways.course.SessionForm;

/** The fields a single session and a weekly series share: start time (London), length, venue, online link. */
final class SessionFields {

    final TimePicker start = Pickers.time();
    final IntegerField minutes = new IntegerField();
    final TextField venue = new TextField();
    final TextField link = new TextField();

    /** @param idPrefix "session" or "series", for stable ids in tests */
    SessionFields(Function<String, String> translate, Locale locale, String idPrefix) {
        start.setLabel(translate.apply("sessions.field.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setLocale(locale);
        start.setHelperText(translate.apply("sessions.field.start.help"));
        start.setId(idPrefix + "-start");
        minutes.setLabel(translate.apply("sessions.field.duration"));
        minutes.setMin(15);
        minutes.setMax(1440);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        minutes.setId(idPrefix + "-duration");
        venue.setLabel(translate.apply("sessions.field.venue"));
        venue.setMaxLength(SessionForm.VENUE_MAX);
        venue.setId(idPrefix + "-venue");
        link.setLabel(translate.apply("sessions.field.link"));
        link.setMaxLength(SessionForm.LINK_MAX);
        link.setHelperText(translate.apply("sessions.field.place.help"));
        link.setId(idPrefix + "-link");
    }

    /** Binds the shared fields to the form record's components of the same names. */
    void bindTo(Binder<?> binder) {
        binder.bind(start, "start");
        binder.bind(minutes, "durationMinutes");
        binder.bind(venue, "venue");
        binder.bind(link, "onlineLink");
    }
}
