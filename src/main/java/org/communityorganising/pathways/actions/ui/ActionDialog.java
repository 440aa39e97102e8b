package org.communityorganising.pathways.actions.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.communityorganising.pathways.actions.ActionForm;
import org.communityorganising.pathways.actions.ActionKind;
import org.communityorganising.pathways.actions.ActionService;
import org.communityorganising.pathways.base.ui.FormDialog;
import org.communityorganising.pathways.base.ui.OptionIds;
import org.communityorganising.pathways.base.ui.Pickers;
import org.communityorganising.pathways.listening.CampaignItem;

/** An organiser creates an action or an assembly; a delegates assembly names its quorum and issues. */
class ActionDialog extends FormDialog {

    ActionDialog(
            ActionService actions, long chapterId, List<CampaignItem> campaigns, LocalDate today, Runnable created) {
        setHeaderTitle(getTranslation("actions.create"));
        setSaveLabel(getTranslation("actions.create.save"));
        setId("action-dialog");
        var kind = new Select<ActionKind>();
        kind.setLabel(getTranslation("actions.field.kind"));
        kind.setItems(ActionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        kind.setId("action-kind");
        var title = new TextField(getTranslation("actions.field.title"));
        title.setMaxLength(ActionForm.TITLE_MAX);
        title.setId("action-title");
        var place = new TextField(getTranslation("actions.field.place"));
        place.setMaxLength(ActionForm.PLACE_MAX);
        place.setId("action-place");
        var purpose = new TextArea(getTranslation("actions.field.purpose"));
        purpose.setMaxLength(ActionForm.PURPOSE_MAX);
        purpose.setId("action-purpose");
        var day = Pickers.date(getTranslation("actions.field.day"));
        day.setId("action-day");
        var starts = Pickers.time(getTranslation("actions.field.starts"));
        starts.setId("action-starts");
        var ends = Pickers.time(getTranslation("actions.field.ends"));
        ends.setId("action-ends");
        var campaign = new ComboBox<CampaignItem>(getTranslation("actions.field.campaign"));
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(CampaignItem::name);
        campaign.setClearButtonVisible(true);
        campaign.setHelperText(getTranslation("actions.field.campaign.help"));
        campaign.setId("action-campaign");
        var quorum = new IntegerField(getTranslation("actions.field.quorum"));
        quorum.setMin(1);
        quorum.setMax(100);
        quorum.setHelperText(getTranslation("actions.field.quorum.help"));
        quorum.setId("action-quorum");
        addFields(kind, title);
        addFields(place);
        addWide(purpose);
        addFields(day, starts, ends);
        addFields(campaign, quorum);
        Runnable fit = () -> {
            boolean delegates = kind.getValue() == ActionKind.DELEGATES_ASSEMBLY;
            campaign.setVisible(delegates);
            quorum.setVisible(delegates);
        };
        kind.addValueChangeListener(event -> fit.run());
        var binder = bind(ActionForm.class);
        binder.bind(kind, "kind");
        binder.bind(title, "title");
        binder.bind(place, "place");
        binder.bind(purpose, "purpose");
        binder.bind(day, "day");
        binder.bind(starts, "starts");
        binder.bind(ends, "ends");
        binder.forField(campaign)
                .withConverter(OptionIds.of(campaign, CampaignItem::id))
                .bind("campaignId");
        binder.bind(quorum, "quorumPercent");
        binder.readRecord(new ActionForm(
                ActionKind.ASSEMBLY, "", "", "", today, LocalTime.of(19, 0), LocalTime.of(21, 0), null, 50));
        fit.run();
        onSave(() -> {
            actions.create(chapterId, written(binder));
            created.run();
        });
    }
}
