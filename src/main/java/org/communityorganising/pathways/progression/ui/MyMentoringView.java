package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.DurationText;
import org.communityorganising.pathways.base.ui.Fact;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.progression.mentoring.Meeting;
import org.communityorganising.pathways.progression.mentoring.MentoringService;
import org.communityorganising.pathways.progression.mentoring.MyPair;

/**
 * "My mentoring": the pairs the signed-in person is one of, as mentor or mentee, each with the
 * expectation, its meetings, a button to log one and a button to confirm those the other logged.
 * Only the day and the length of a meeting are kept: there is no place for notes.
 */
@Route("my-mentoring")
@PermitAll
class MyMentoringView extends Main implements HasDynamicTitle {

    private final transient MentoringService mentoring;
    private final transient Clock clock;

    MyMentoringView(MentoringService mentoring, Clock clock) {
        this.mentoring = mentoring;
        this.clock = clock;
        addClassName("view");
        setId("my-mentoring-view");
        render();
    }

    private void render() {
        removeAll();
        var back = new RouterLink(getTranslation("mentoring.back-to-path"), MyPathView.class);
        back.setId("my-mentoring-back");
        add(new ViewToolbar(getTranslation("mentoring.mine"), back));
        var settings = mentoring.settings();
        add(new Paragraph(
                getTranslation("mentoring.mine.intro", settings.expectedMeetings(), settings.expectedMonths())));
        var pairs = mentoring.mine();
        if (pairs.isEmpty()) {
            var none = new Paragraph(getTranslation("mentoring.mine.none"));
            none.setId("my-mentoring-none");
            add(none);
            return;
        }
        pairs.forEach(pair -> add(pair(pair)));
    }

    private Component pair(MyPair mine) {
        var pair = mine.pair();
        var section = new Section(new H2(getTranslation(
                mine.asMentor() ? "mentoring.mine.mentoring" : "mentoring.mine.mentored-by", mine.otherName())));
        section.setId("my-pair-" + pair.id());
        section.addClassName("my-pair");
        var facts = new Div();
        facts.addClassName("facts");
        facts.add(new Fact(getTranslation("mentoring.fact.since"), LondonTime.date(pair.startedOn(), getLocale())));
        facts.add(new Fact(
                getTranslation("mentoring.fact.meetings"),
                getTranslation(
                        "mentoring.fact.meetings.value",
                        pair.confirmed(),
                        mentoring.settings().expectedMeetings())));
        String state = pair.outcome() != null
                ? getTranslation(pair.outcome().translationKey())
                : pair.overdue() ? getTranslation("mentoring.overdue") : getTranslation("mentoring.on-track");
        var stateFact = new Fact(getTranslation("mentoring.fact.state"), state);
        stateFact.setId("my-pair-state-" + pair.id());
        facts.add(stateFact);
        section.add(facts);
        if (pair.open()) {
            var log = new Button(
                    getTranslation("mentoring.meeting.log"),
                    Icons.PLUS.create(),
                    event -> new MeetingDialog(
                                    mentoring, pair.id(), mine.otherName(), pair.startedOn(), today(), () -> {
                                        Notifications.success(
                                                getTranslation("mentoring.meeting.logged", mine.otherName()));
                                        render();
                                    })
                            .open());
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            log.setAriaLabel(getTranslation("mentoring.meeting.log.with", mine.otherName()));
            log.setId("my-pair-log-" + pair.id());
            section.add(log);
        }
        if (mine.meetings().isEmpty()) {
            section.add(new Paragraph(getTranslation("mentoring.meetings.none")));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("meeting-list");
        mine.meetings().forEach(meeting -> list.add(meeting(mine, meeting)));
        section.add(list);
        return section;
    }

    private Component meeting(MyPair mine, Meeting meeting) {
        var item = new ListItem(new Span(LondonTime.date(meeting.metOn(), getLocale()) + " · "
                + DurationText.of(this, meeting.minutes()) + " · "));
        item.setId("meeting-" + meeting.id());
        if (meeting.confirmed()) {
            item.add(new Span(getTranslation("mentoring.meeting.confirmed")));
        } else if (meeting.loggedByMe()) {
            item.add(new Span(getTranslation("mentoring.meeting.waiting-for", mine.otherName())));
        } else {
            var confirm = new Button(getTranslation("mentoring.meeting.confirm"), event -> {
                try {
                    mentoring.confirmMeeting(meeting.id());
                    Notifications.success(getTranslation("mentoring.meeting.confirmed.done"));
                } catch (InvalidInputException refused) {
                    Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                }
                render();
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            confirm.setAriaLabel(getTranslation(
                    "mentoring.meeting.confirm.label",
                    mine.otherName(),
                    LondonTime.date(meeting.metOn(), getLocale())));
            confirm.setId("meeting-confirm-" + meeting.id());
            item.add(new Span(getTranslation("mentoring.meeting.logged-by", mine.otherName()) + " "), confirm);
        }
        return item;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mentoring.mine") + " · " + getTranslation("app.name");
    }
}
