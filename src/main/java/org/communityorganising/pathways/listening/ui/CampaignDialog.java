package org.communityorganising.pathways.listening.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.Pickers;
import org.communityorganising.pathways.listening.CampaignForm;
import org.communityorganising.pathways.listening.ListeningService;

/** A lead opens a listening campaign: its name, dates, targets and issue tags (one a line). */
class CampaignDialog extends FormDialog {

    CampaignDialog(ListeningService listening, long chapterId, LocalDate today, Runnable opened) {
        setHeaderTitle(getTranslation("listening.open"));
        setSaveLabel(getTranslation("listening.open.save"));
        setId("campaign-dialog");
        var name = new TextField(getTranslation("listening.field.name"));
        name.setMaxLength(CampaignForm.NAME_MAX);
        name.setId("campaign-name");
        var starts = Pickers.date(getTranslation("listening.field.starts"));
        starts.setId("campaign-starts");
        var ends = Pickers.date(getTranslation("listening.field.ends"));
        ends.setId("campaign-ends");
        var perLeader = new IntegerField(getTranslation("listening.field.target-leader"));
        perLeader.setMin(1);
        perLeader.setMax(CampaignForm.LEADER_TARGET_MAX);
        perLeader.setId("campaign-target-leader");
        var perInstitution = new IntegerField(getTranslation("listening.field.target-institution"));
        perInstitution.setMin(1);
        perInstitution.setMax(CampaignForm.INSTITUTION_TARGET_MAX);
        perInstitution.setId("campaign-target-institution");
        var tags = new TextArea(getTranslation("listening.field.tags"));
        tags.setHelperText(getTranslation("listening.field.tags.help", CampaignForm.TAGS_MAX, CampaignForm.TAG_MAX));
        tags.setMaxLength(CampaignForm.TAGS_TEXT_MAX);
        tags.setId("campaign-tags");
        addWide(name);
        addFields(starts, ends);
        addFields(perLeader, perInstitution);
        addWide(tags);
        var binder = bind(CampaignForm.class);
        binder.bind(name, "name");
        binder.bind(starts, "startsOn");
        binder.bind(ends, "endsOn");
        binder.bind(perLeader, "targetPerLeader");
        binder.bind(perInstitution, "targetPerInstitution");
        binder.bind(tags, "tags");
        binder.readRecord(new CampaignForm("", today, today.plusWeeks(6), 20, 100, ""));
        onSave(() -> {
            listening.open(chapterId, written(binder));
            opened.run();
        });
    }
}
