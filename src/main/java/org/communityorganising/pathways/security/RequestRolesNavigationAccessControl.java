package org.communityorganising.pathways.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin's navigation access control for Spring, with the same decisions, asking the request for
 * roles directly once Vaadin knows the role prefix. Vaadin's own version looks the prefix holder up
 * on every check, and that lookup scans every jar of the application for a service file, once per
 * menu entry each time the layout is drawn: an eighth of a sign-in's work apart from the password
 * hash (decision 0025).
 */
final class RequestRolesNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    RequestRolesNavigationAccessControl(
            Collection<NavigationAccessChecker> checkers,
            AccessCheckDecisionResolver decisionResolver,
            VaadinRolePrefixHolder rolePrefix) {
        super(checkers, decisionResolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        if (request == null || !rolePrefix.isSet() || HandlerHelper.isRequestType(request, RequestType.PUSH)) {
            // Without a request, before the prefix is known (Vaadin then learns it from this
            // request), or over push (where Vaadin asks Spring Security, not the request): Vaadin's.
            return super.getRolesChecker(request);
        }
        return request::isUserInRole; // what Vaadin answers for any other request once the prefix is known
    }
}
