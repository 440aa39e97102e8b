package org.communityorganising.pathways.shell;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The production bundle's files carry a hash of their content in their names
 * ({@code VAADIN/build/FlowClient-BQgxyul_.js}), so a file never changes under its name and a phone
 * may keep it a year. Vaadin keeps every file an hour; after that a phone on a slow line asks again
 * for each of the thirty-odd files a page loads before it draws (docs/performance.md). Vaadin finds
 * this factory as a Spring bean through its lookup; everything else it serves as before.
 */
@Component
class BundleCaching implements StaticFileHandlerFactory {

    private static final int A_YEAR = 365 * 24 * 60 * 60;

    /** Vite names a built file {@code <name>-<8 characters of its hash>.<extension>}. */
    private static final Pattern CONTENT_HASHED =
            Pattern.compile("/?VAADIN/build/[\\w.-]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?|svg|png)");

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        return new StaticFileServer(service) {
            @Override
            protected int getCacheTime(String filenameWithPath) {
                return isContentHashed(filenameWithPath) ? A_YEAR : super.getCacheTime(filenameWithPath);
            }
        };
    }

    static boolean isContentHashed(String filenameWithPath) {
        return CONTENT_HASHED.matcher(filenameWithPath).matches();
    }
}
