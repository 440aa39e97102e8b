package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.ui.ViewToolbar;
import org.communityorganising.pathways.people.ProfileService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;

/**
 * The shell around every signed-in view: a drawer with the app's name, the menu of the views this
 * person may open ({@link MainMenu}) and their own menu ({@link UserMenu}), and the view beside it.
 *
 * <p>Made of the browser's own elements, not Vaadin's app layout, side navigation, avatar, button
 * and context menu (decision 0031): each of those is a web component that a phone has to upgrade,
 * style and draw before the first view answers, and together they held every signed-in page under
 * Lighthouse's 90. On a phone the drawer is a popover ({@code popover}), opened by the toggle in
 * each view's toolbar and closed by the browser on Escape or a tap outside; on a wide screen the
 * stylesheet shows it beside the view.
 */
@Layout
@PermitAll
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private static final String CLOSE_WHEN_LEFT = """
            this.addEventListener('click', e => {
              if (!e.target.closest('a[href]')) return;
              for (const p of [...this.querySelectorAll('[popover]'), this]) { try { p.hidePopover(); } catch (x) {} }
            });
            this.addEventListener('focusout', e => {
              if (e.relatedTarget && !this.contains(e.relatedTarget) && this.matches(':popover-open')) this.hidePopover();
            });
            """;

    private final MainMenu menu;

    MainLayout(AuthenticationContext authenticationContext, ProfileService profileService, CurrentUser currentUser) {
        addClassName("shell");
        var user = currentUser.require();
        String roles = AppRoles.ALL.stream()
                .filter(user::hasRole)
                .map(role -> getTranslation(AppRoles.translationKey(role)))
                .collect(Collectors.joining(", "));
        menu = new MainMenu();
        var drawer = new Div(
                createBrand(), menu, new UserMenu(user.displayName(), roles, authenticationContext, profileService));
        drawer.setId(ViewToolbar.DRAWER_ID);
        drawer.addClassName("drawer");
        drawer.getElement().setAttribute("popover", "auto");
        // A link chosen in the drawer or the user menu closes them at once, in the browser, before
        // the next view arrives; hiding the drawer hides the user menu's list in it too. Tab past
        // its last item closes it as well, rather than walk on under it through the dimmed page.
        drawer.getElement().executeJs(CLOSE_WHEN_LEFT);
        add(drawer);
    }

    private Div createBrand() {
        var name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        var brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    /**
     * Marks where the person is, and closes the drawer and the user menu however the person left
     * the page (the browser's back button too): the layout stays on the page from view to view, and
     * so would a popover left open.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        menu.showCurrent(event.getLocation().getPath());
        getElement()
                .executeJs(
                        "for (const p of this.querySelectorAll('[popover]')) { try { p.hidePopover(); } catch (e) {} }");
    }
}
