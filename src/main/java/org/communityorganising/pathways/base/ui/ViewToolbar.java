package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;

/**
 * The top of every view: the drawer toggle (for narrow screens), the view's one {@code <h1>} and
 * optional actions or filters that wrap under the title on a phone.
 */
public final class ViewToolbar extends Composite<Header> {

    public ViewToolbar(String title, Component... components) {
        var header = getContent();
        header.addClassName("view-toolbar");
        var toggle = new DrawerToggle();
        toggle.addClassName("view-toolbar-toggle");
        toggle.setAriaLabel(getTranslation("nav.menu"));
        // Only inside the app's layout is there a menu to open (not on the "page not found" of
        // someone signed out): a button that does nothing is not offered.
        addAttachListener(attached -> toggle.setVisible(findAncestor(AppLayout.class) != null));
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
