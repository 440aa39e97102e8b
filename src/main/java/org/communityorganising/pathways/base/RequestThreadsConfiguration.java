package org.communityorganising.pathways.base;

import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each request on a virtual thread of its own. A request that waits (for a password hasher, a
 * database connection, the UI's session lock) then holds no platform thread, so a crowd signing in
 * at once cannot take every request thread from the people already marking registers. What is
 * scarce is bounded where it is scarce: the password hashers (one per core), the database pool.
 * Only Tomcat's requests: scheduled jobs and event listeners keep their bounded pools.
 * docs/decisions/0021-a-crowd-signs-in-through-a-queue.md
 */
@Configuration(proxyBeanMethods = false)
class RequestThreadsConfiguration {

    @Bean
    TomcatProtocolHandlerCustomizer<?> requestsOnVirtualThreads() {
        return handler -> handler.setExecutor(new VirtualThreadExecutor("http-"));
    }
}
