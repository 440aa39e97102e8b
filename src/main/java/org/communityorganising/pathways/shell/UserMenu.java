package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.communityorganising.pathways.i18n.Languages;
import org.communityorganising.pathways.people.ProfileService;

/**
 * The person's own menu at the foot of the drawer: a button with their initials, name and roles
 * that shows and hides a list of what concerns their account — the language, their password, their
 * data, signing out. The browser's own popover ({@code popovertarget}): it opens and closes from
 * the keyboard, says whether it is open, and closes on Escape (giving the button its focus back)
 * or a tap elsewhere, by itself. A list of links and buttons reached with Tab (the
 * disclosure pattern), not an ARIA menu, which would promise arrow keys.
 */
final class UserMenu extends Composite<Div> implements AfterNavigationObserver {

    static final String LIST_ID = "user-menu-list";

    private final transient AuthenticationContext authenticationContext;
    private final transient ProfileService profileService;
    private final Anchor changePassword = new Anchor();

    UserMenu(
            String displayName,
            String roles,
            AuthenticationContext authenticationContext,
            ProfileService profileService) {
        this.authenticationContext = authenticationContext;
        this.profileService = profileService;
        var root = getContent();
        root.addClassName("user-menu");
        root.add(createButton(displayName, roles), createList());
    }

    private NativeButton createButton(String displayName, String roles) {
        var initials = new Span(Initials.of(displayName));
        initials.addClassName("avatar");
        initials.getElement().setAttribute("aria-hidden", "true"); // the name follows as text
        // The roles are shown under the name: nowhere else says them.
        var rolesText = new Span(roles);
        rolesText.addClassName("user-menu-roles");
        var text = new Span(new Span(displayName), rolesText);
        text.addClassName("user-menu-text");
        var button = new NativeButton();
        button.add(initials, text);
        button.setId("user-menu");
        button.getElement().setAttribute("aria-label", getTranslation("usermenu.button", displayName, roles));
        button.getElement().setAttribute("popovertarget", LIST_ID);
        return button;
    }

    private Div createList() {
        var languages = new Div();
        languages.addClassName("user-menu-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("usermenu.language"));
        for (Locale language : Languages.ALL) {
            var choice = new NativeButton(
                    getTranslation(Languages.translationKey(language)), click -> switchLanguage(language));
            choice.setId("language-" + Languages.code(language));
            choice.getElement().setAttribute("lang", Languages.code(language));
            choice.getElement()
                    .setAttribute(
                            "aria-pressed",
                            String.valueOf(Languages.code(language).equals(Languages.code(getLocale()))));
            languages.add(choice);
        }
        changePassword.setText(getTranslation("usermenu.password"));
        changePassword.setId("change-password");
        var myData = new Anchor("my-data", getTranslation("usermenu.my-data"));
        myData.setId("my-data");
        var logout = new NativeButton(getTranslation("usermenu.logout"), click -> authenticationContext.logout());
        logout.setId("logout");
        var account = new UnorderedList(new ListItem(changePassword), new ListItem(myData), new ListItem(logout));
        account.addClassName("user-menu-account");
        var list = new Div(languages, account);
        list.setId(LIST_ID);
        list.addClassName("user-menu-list");
        list.getElement().setAttribute("popover", "auto");
        return list;
    }

    /**
     * "Change my password" goes back to the page it was chosen on: its address carries this one
     * (decision 0030; the page accepts only the app's own paths).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String here = event.getLocation().getPath();
        var query = here.isEmpty() || here.equals(ChangePasswordView.ROUTE)
                ? QueryParameters.empty()
                : QueryParameters.of(ChangePasswordView.FROM, here);
        String queryString = query.getQueryString();
        changePassword.setHref(ChangePasswordView.ROUTE + (queryString.isEmpty() ? "" : "?" + queryString));
    }

    private void switchLanguage(Locale language) {
        profileService.changeMyLanguage(Languages.code(language));
        Languages.switchTo(UI.getCurrent(), language);
    }
}
