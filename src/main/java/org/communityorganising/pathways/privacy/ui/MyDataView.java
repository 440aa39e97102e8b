package org.communityorganising.pathways.privacy.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.security.CurrentUser;

/** Everyone's right of access: download everything Pathways holds about you. */
@Route("my-data")
@PermitAll
class MyDataView extends Main implements HasDynamicTitle {

    MyDataView(PersonalDataService data, CurrentUser currentUser) {
        addClassName("view");
        setId("my-data-view");
        long me = currentUser.require().personId();
        add(
                new ViewToolbar(getTranslation("data.title")),
                new Paragraph(getTranslation("data.text")),
                new DataDownloads(me, data::exportMine),
                new Paragraph(getTranslation("data.erasure")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data.title") + " · " + getTranslation("app.name");
    }
}
