package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;

/**
 * The top of every view: the drawer toggle (for narrow screens), the view's one {@code <h1>} and
 * optional actions or filters that wrap under the title on a phone.
 */
public final class ViewToolbar extends Composite<Header> {

    /** The id of the app layout's drawer, which the toggle shows and hides as a popover. */
    public static final String DRAWER_ID = "drawer";

    public ViewToolbar(String title, Component... components) {
        var header = getContent();
        header.addClassName("view-toolbar");
        // The browser's own button and popover (decision 0031): it opens and closes the drawer with
        // no round trip and says whether it is open. The stylesheet shows it only inside the app's
        // layout (not on the "page not found" of someone signed out) and on narrow screens.
        var toggle = new NativeButton();
        toggle.add(Icons.inline("menu"));
        toggle.addClassName("view-toolbar-toggle");
        toggle.getElement().setAttribute("aria-label", getTranslation("nav.menu"));
        toggle.getElement().setAttribute("popovertarget", DRAWER_ID);
        var heading = new H1(title);
        heading.addClassName("view-title");
        var titleRow = new Div(toggle, heading);
        titleRow.addClassName("view-toolbar-title");
        header.add(titleRow);
        if (components.length > 0) {
            var tools = new Div(components);
            tools.addClassName("view-toolbar-tools");
            header.add(tools);
        }
    }
}
