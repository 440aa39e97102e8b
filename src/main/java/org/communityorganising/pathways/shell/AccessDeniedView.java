package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person opening a view their roles do not allow sees the same page as for an unknown
 * address (answered 404), in development mode too, where Vaadin would otherwise explain the denial.
 */
@PermitAll
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        NotFoundView.show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " · " + getTranslation("app.name");
    }
}
