package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MenuLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every view is checked by our navigation access control (decision 0025), configured by Vaadin as
 * its own would be, and drawing the menu no longer scans the classpath once per entry. What each
 * role may open is MenuAccessViewTest's and the route checks'.
 */
@IntegrationTest
class RequestRolesNavigationAccessControlTest {

    @Autowired
    NavigationAccessControl accessControl;

    @Autowired
    @Qualifier("navigationAccessControl")
    NavigationAccessControl vaadinsOwn;

    @Autowired
    BrowserlessUi ui;

    @Autowired
    VaadinRolePrefixHolder rolePrefix;

    @Autowired
    SecurityFilterChain filterChain;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void vaadinConfiguresOursAndLeavesItsOwnUnused() {
        assertThat(accessControl).isInstanceOf(RequestRolesNavigationAccessControl.class);
        assertThat(accessControl.isEnabled()).isTrue(); // Vaadin's security configurer enabled it
        assertThat(vaadinsOwn).isNotSameAs(accessControl);
        assertThat(vaadinsOwn.isEnabled()).isFalse(); // as Vaadin defines it: nothing enabled it
    }

    @Test
    void drawingTheMenuLooksUpNoServiceFile() {
        // Vaadin learns the role prefix from the first request through Spring Security; Karibu's
        // fake requests never pass the filters, so learn it as that first request would.
        rolePrefix.resetRolePrefix((DefaultSecurityFilterChain) filterChain);
        assertThat(rolePrefix.isSet()).isTrue();
        var recording = new ServiceFileRecorder(Thread.currentThread().getContextClassLoader());
        var original = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(recording);
        try {
            ui.openAs(DemoLogins.LEAD);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
        assertThat(MenuLinks.all()).hasSize(14);
        assertThat(recording.asked).noneMatch(name -> name.contains("VaadinRolePrefixHolder"));
    }

    @Test
    void rolesComeFromTheRequestExceptOverPushWhereVaadinAsksSpringSecurity() {
        var control = new RequestRolesNavigationAccessControl(
                List.of(), new DefaultAccessCheckDecisionResolver(), new VaadinRolePrefixHolder("ROLE_"));
        // The request says lead; Spring Security's context (what Vaadin trusts over push) says trainee.
        var page = new MockHttpServletRequest("POST", "/");
        page.addUserRole(AppRoles.CHAPTER_LEAD);
        var push = new MockHttpServletRequest("GET", "/");
        push.setParameter("v-r", "push");
        push.addHeader("X-Atmosphere-Transport", "websocket");
        push.addUserRole(AppRoles.CHAPTER_LEAD);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "trainee", null, AuthorityUtils.createAuthorityList("ROLE_" + AppRoles.TRAINEE)));
        try {
            var fromPage = control.getRolesChecker(new VaadinServletRequest(page, null));
            assertThat(fromPage.test(AppRoles.CHAPTER_LEAD)).isTrue();
            assertThat(fromPage.test(AppRoles.TRAINEE)).isFalse();
            var overPush = control.getRolesChecker(new VaadinServletRequest(push, null));
            assertThat(overPush.test(AppRoles.TRAINEE)).isTrue();
            assertThat(overPush.test(AppRoles.CHAPTER_LEAD)).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Records which service files ServiceLoader asks the thread's class loader for. */
    private static final class ServiceFileRecorder extends ClassLoader {

        final List<String> asked = new ArrayList<>();

        ServiceFileRecorder(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/")) {
                asked.add(name);
            }
            return super.getResources(name);
        }
    }
}
