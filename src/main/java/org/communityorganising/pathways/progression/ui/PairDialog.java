package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.progression.mentoring.MentoringService;
import org.communityorganising.pathways.progression.mentoring.PersonOption;

/** A trainer or lead pairs a mentor with a mentee of one chapter; the service checks every rule again. */
class PairDialog extends FormDialog {

    PairDialog(MentoringService mentoring, long chapterId, Runnable saved) {
        setHeaderTitle(getTranslation("mentoring.pair"));
        setSaveLabel(getTranslation("mentoring.pair.save"));
        setId("pair-dialog");
        var settings = mentoring.settings();
        var mentor = new ComboBox<PersonOption>(getTranslation("mentoring.field.mentor"));
        mentor.setItems(mentoring.mentorOptions(chapterId));
        mentor.setItemLabelGenerator(option ->
                getTranslation("mentoring.option.mentor", option.fullName(), option.mentees(), settings.maxMentees()));
        mentor.setHelperText(getTranslation("mentoring.field.mentor.help", settings.maxMentees()));
        mentor.setRequired(true);
        mentor.setId("pair-mentor");
        var mentee = new ComboBox<PersonOption>(getTranslation("mentoring.field.mentee"));
        mentee.setItems(mentoring.menteeOptions(chapterId));
        mentee.setItemLabelGenerator(PersonOption::fullName);
        mentee.setRequired(true);
        mentee.setId("pair-mentee");
        addFields(mentor, mentee);
        addWide(new Paragraph(
                getTranslation("mentoring.expectation", settings.expectedMeetings(), settings.expectedMonths())));
        onSave(() -> {
            if (mentor.getValue() == null || mentee.getValue() == null) {
                throw new InvalidInputException("mentoring.error.choose");
            }
            mentoring.pair(mentor.getValue().id(), mentee.getValue().id());
            saved.run();
        });
    }
}
