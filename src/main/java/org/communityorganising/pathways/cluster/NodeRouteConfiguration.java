package org.communityorganising.pathways.cluster;

import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code pathways.node.route} set (say {@code node1}), Tomcat ends every session id with it
 * ({@code JSESSIONID=…​.node1}) — Tomcat's {@code jvmRoute}. Vaadin keeps each UI in the memory of
 * the node that drew it, so the load balancer must send a browser back there: nginx reads the
 * suffix from the cookie (deploy/nginx). The id changes at sign-in (session fixation protection),
 * which is why a hash of the cookie cannot route: the suffix survives the change.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("pathways.node.route")
class NodeRouteConfiguration {

    // The suffix travels in a cookie and in nginx's routing map: keep it to a plain token.
    private static final Pattern ROUTE = Pattern.compile("[a-z0-9-]{1,32}");

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeRoute(@Value("${pathways.node.route}") String route) {
        if (!ROUTE.matcher(route).matches()) {
            throw new IllegalStateException(
                    "pathways.node.route must be 1 to 32 lower-case letters, digits or hyphens, not '" + route + "'");
        }
        // The engine exists only once the context is attached to it; its route must be set before
        // the session manager starts, which reads it once.
        return factory -> factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && event.getLifecycle() instanceof Context context
                    && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        });
    }
}
