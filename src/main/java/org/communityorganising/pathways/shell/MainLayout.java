package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.ContextMenuPosition;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.i18n.Languages;
import org.communityorganising.pathways.people.ProfileService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/**
 * The shell around every signed-in view: side navigation built from the {@code @Menu} entries this
 * person may open (Vaadin filters them by each view's access annotation) and a user menu, shown
 * as the person's name and roles, with language, password, their data and logout.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    /**
     * What the user menu does in the browser, each time it opens (its element is new each time).
     * Closing gives the button its focus back at once, before the server answers, so the browser
     * says "collapsed" itself. And Vaadin's menu items (25.2) carry {@code aria-selected}, which a
     * menu item may not have, and show the chosen language without saying it: the items lose the
     * one, and the languages become radio items that say which is chosen (axe-core checks it).
     */
    private static final String MENU_IN_THE_BROWSER = """
            this.addEventListener('opened-changed', e => $0.setAttribute('aria-expanded', String(e.detail.value)));
            const fix = () => this.querySelectorAll('vaadin-context-menu-item').forEach(item => {
              if (item.hasAttribute('aria-selected')) item.removeAttribute('aria-selected');
              if (item.id.startsWith('language-')) {
                item.setAttribute('role', 'menuitemradio');
                item.setAttribute('aria-checked', String(item.hasAttribute('menu-item-checked')));
              }
            });
            new MutationObserver(fix).observe(this, {
              childList: true, subtree: true, attributes: true, attributeFilter: ['aria-selected', 'menu-item-checked']
            });
            fix();
            """;

    private final transient AuthenticationContext authenticationContext;
    private final transient ProfileService profileService;

    MainLayout(AuthenticationContext authenticationContext, ProfileService profileService, CurrentUser currentUser) {
        this.authenticationContext = authenticationContext;
        this.profileService = profileService;
        setPrimarySection(Section.DRAWER);
        var user = currentUser.require();
        String roles = AppRoles.ALL.stream()
                .filter(user::hasRole)
                .map(role -> getTranslation(AppRoles.translationKey(role)))
                .collect(Collectors.joining(", "));
        addToDrawer(createBrand(), new Scroller(createSideNav()), createUserMenu(user.displayName(), roles));
    }

    private Component createBrand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav createSideNav() {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private SideNavItem createItem(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(Icons.symbol(entry.icon()));
        }
        return item;
    }

    /**
     * A button that opens the person's menu. A context menu, not a menu bar: a menu bar measures
     * its width for overflow as the page draws and draws its items up front, which cost the home
     * about 3–4 points of Lighthouse's phone score (docs/performance.md); a context menu builds its
     * items only when opened.
     */
    private Component createUserMenu(String displayName, String roles) {
        var avatar = new Avatar(displayName);
        avatar.getElement().setAttribute("aria-hidden", "true"); // the name follows as text
        // The roles are shown under the name, not as a disabled item of the menu, which the arrow
        // keys pass over: a keyboard or screen reader user could not read it.
        var rolesText = new Span(roles);
        rolesText.addClassName("user-menu-roles");
        var text = new Div(new Span(displayName), rolesText);
        text.addClassName("user-menu-text");
        var label = new Div(avatar, text);
        label.addClassName("user-menu-label");
        var button = new Button(label);
        button.setId("user-menu");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.getElement().setAttribute("aria-label", getTranslation("usermenu.button", displayName, roles));
        button.getElement().setAttribute("aria-haspopup", "menu");
        button.getElement().setAttribute("aria-expanded", "false");
        var menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        menu.setPosition(ContextMenuPosition.TOP_START); // above the button, at the foot of the drawer
        menu.addOpenedChangeListener(
                event -> button.getElement().setAttribute("aria-expanded", String.valueOf(event.isOpened())));
        menu.addAttachListener(attach -> menu.getElement().executeJs(MENU_IN_THE_BROWSER, button.getElement()));
        for (Locale language : Languages.ALL) {
            var item =
                    menu.addItem(getTranslation(Languages.translationKey(language)), event -> switchLanguage(language));
            item.setCheckable(true);
            item.setChecked(Languages.code(language).equals(Languages.code(getLocale())));
            item.setId("language-" + Languages.code(language));
        }
        // By its address and constants, which the compiler copies here: naming the page's class would
        // put its form's components into every page's first load (decision 0030). It goes back to
        // the page the menu was opened on.
        menu.addItem(getTranslation("usermenu.password"), event -> {
                    var ui = UI.getCurrent();
                    String here = ui.getActiveViewLocation().getPath();
                    ui.navigate(
                            ChangePasswordView.ROUTE,
                            here.isEmpty()
                                    ? QueryParameters.empty()
                                    : QueryParameters.of(ChangePasswordView.FROM, here));
                })
                .setId("change-password");
        menu.addItem(
                        getTranslation("usermenu.my-data"),
                        event -> UI.getCurrent().navigate("my-data"))
                .setId("my-data");
        menu.addItem(getTranslation("usermenu.logout"), event -> authenticationContext.logout())
                .setId("logout");
        var wrapper = new Div(button); // the menu is added to the page only while it is open
        wrapper.addClassName("user-menu");
        return wrapper;
    }

    private void switchLanguage(Locale language) {
        profileService.changeMyLanguage(Languages.code(language));
        Languages.switchTo(UI.getCurrent(), language);
    }
}
