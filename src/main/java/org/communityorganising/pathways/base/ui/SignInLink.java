package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to the sign-in page. That page is plain HTML served outside Vaadin's router (decision
 * 0023), so the browser must load it whole rather than let the router look for a view.
 */
public final class SignInLink {

    private SignInLink() {}

    public static Anchor withText(String text) {
        var link = new Anchor("login", text);
        link.setRouterIgnore(true);
        return link;
    }
}
