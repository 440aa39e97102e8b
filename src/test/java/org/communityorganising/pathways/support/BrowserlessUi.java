package org.communityorganising.pathways.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Browserless UI tests on the real Spring context (Karibu-Testing). Karibu has no Spring Security
 * bridge, so signing in sets both the security context and the fake request's principal and roles.
 */
@Component
public class BrowserlessUi {

    private static final Routes ROUTES = discoverRoutes();

    private final ApplicationContext context;
    private final SignIn signIn;

    BrowserlessUi(ApplicationContext context, SignIn signIn) {
        this.context = context;
        this.signIn = signIn;
    }

    /** Opens a UI signed in as this demo person, on the home view. */
    public UI openAs(String email) {
        // Set up anonymous first, then sign in on the fake
        // request as well, and only then navigate: Vaadin checks views against the request.
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        var user = signIn.as(email);
        ServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        var fake = (FakeRequest) request;
        fake.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        fake.setUserInRole((principal, role) -> user.hasRole(role.replaceFirst("^ROLE_", "")));
        // As after a real login, the browser loads a fresh page: a new UI, now signed in.
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("");
        return UI.getCurrent();
    }

    /**
     * Karibu's own discovery sees public classes only; our views are package-private, so find them
     * the way Vaadin's Spring integration does.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends com.vaadin.flow.component.Component>> routes = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.communityorganising.pathways")) {
            var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), BrowserlessUi.class.getClassLoader());
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorRoutes.add((Class<? extends HasErrorParameter<?>>) type);
            } else {
                routes.add((Class<? extends com.vaadin.flow.component.Component>) type);
            }
        }
        return new Routes(routes, errorRoutes, true);
    }

    /**
     * Sets a field's value as if the person typed or picked it in the browser (a change from the
     * client, so validation and listeners run as they would); Karibu's own _setValue does not run
     * on Vaadin 25.
     */
    public static <V> void type(com.vaadin.flow.component.AbstractField<?, V> field, V value) {
        try {
            var setModelValue = com.vaadin.flow.component.AbstractField.class.getDeclaredMethod(
                    "setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public void close() {
        MockVaadin.tearDown();
        SignIn.out();
    }
}
