package org.communityorganising.pathways.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

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
        var recording = new ServiceFileRecorder(Thread.currentThread().getContextClassLoader());
        var original = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(recording);
        try {
            ui.openAs(DemoLogins.LEAD);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
        assertThat(_get(SideNav.class).getItems()).hasSize(14);
        assertThat(recording.asked).noneMatch(name -> name.contains("VaadinRolePrefixHolder"));
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
