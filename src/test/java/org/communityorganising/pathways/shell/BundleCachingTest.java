package org.communityorganising.pathways.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Files named by their content are kept a year; anything else as long as Vaadin says. */
@IntegrationTest
class BundleCachingTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void vaadinServesStaticFilesThroughOurFactory() {
        var lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);
        assertThat(lookup.lookup(StaticFileHandlerFactory.class)).isInstanceOf(BundleCaching.class);
    }

    @Test
    void onlyFilesNamedByTheirContentAreKeptAYear() {
        assertThat(BundleCaching.isContentHashed("/VAADIN/build/FlowClient-BQgxyul_.js"))
                .isTrue();
        assertThat(BundleCaching.isContentHashed("VAADIN/build/indexhtml-cuEyBllP.js"))
                .isTrue();
        assertThat(BundleCaching.isContentHashed("/VAADIN/build/vaadin-list-box-base-styles-Bk2FkaO2.js"))
                .isTrue();
        assertThat(BundleCaching.isContentHashed("/VAADIN/build/webcomponenthtml.html"))
                .isFalse();
        assertThat(BundleCaching.isContentHashed("/VAADIN/build/FlowClient.js")).isFalse();
        assertThat(BundleCaching.isContentHashed("/styles/pathways.css")).isFalse();
        assertThat(BundleCaching.isContentHashed("/icons/pathways.svg")).isFalse();
        assertThat(BundleCaching.isContentHashed("/VAADIN/build/sub/dir-12345678.js"))
                .isFalse();
    }
}
