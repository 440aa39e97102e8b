package org.communityorganising.pathways.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.html.Anchor;
import java.util.List;

/** The app layout's menu as a signed-in person is shown it, for tests without a browser. */
public final class MenuLinks {

    private MenuLinks() {}

    /** The menu's links, in its order. */
    public static List<Anchor> all() {
        return _find(Anchor.class, spec -> spec.withClasses("main-nav-item"));
    }

    /** Their labels, in the menu's order. */
    public static List<String> labels() {
        return all().stream()
                .map(link -> link.getElement().getTextRecursively())
                .toList();
    }
}
