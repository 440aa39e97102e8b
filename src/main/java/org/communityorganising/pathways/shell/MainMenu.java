package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.communityorganising.pathways.base.ui.Icons;

/**
 * The menu of the views this person may open, from their {@code @Menu} entries (Vaadin filters
 * them by each view's access annotation), as a list of the browser's own links, which Vaadin's
 * client follows without reloading the page. The link of the view shown, or of the view a nested
 * page belongs to, says so ({@code aria-current}).
 */
final class MainMenu extends Composite<Nav> {

    private final Map<String, Anchor> linksByPath = new LinkedHashMap<>();

    MainMenu() {
        var nav = getContent();
        nav.setId("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        var list = new UnorderedList();
        MenuConfiguration.getMenuEntries().forEach(entry -> list.add(new ListItem(createLink(entry))));
        nav.add(list);
    }

    private Anchor createLink(MenuEntry entry) {
        String path = entry.path().replaceFirst("^/", "");
        var label = new Span(getTranslation(entry.title()));
        var link = new Anchor(path.isEmpty() ? "." : path, label);
        link.addClassName("main-nav-item");
        if (entry.icon() != null) {
            link.addComponentAsFirst(Icons.inline(entry.icon()));
        }
        linksByPath.put(path, link);
        return link;
    }

    /**
     * Marks the link of the view at this path, or of the view it is nested in (a person's
     * attendance under People); the home only when it is the home itself.
     */
    void showCurrent(String location) {
        String current = linksByPath.keySet().stream()
                .filter(path ->
                        path.isEmpty() ? location.isEmpty() : location.equals(path) || location.startsWith(path + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
        linksByPath.forEach((path, link) -> {
            if (path.equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }
}
