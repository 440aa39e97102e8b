package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.communityorganising.pathways.base.ui.ViewToolbar;

/**
 * Shown for an unknown address and for a view this person may not open: Vaadin reports both as
 * "not found", so nobody learns which pages exist beyond their role.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The one page for "missing" and "not for you", so neither tells which pages exist. */
    static void show(Main view) {
        view.removeAll();
        view.addClassName("view");
        view.setId("not-found-view");
        view.add(new ViewToolbar(view.getTranslation("notfound.title")));
        view.add(new Paragraph(view.getTranslation("notfound.text")));
        view.add(new Anchor("", view.getTranslation("notfound.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " · " + getTranslation("app.name");
    }
}
