package org.communityorganising.pathways.shell;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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

    /**
     * Vite names every file it writes to {@code VAADIN/build} {@code <name>-<8 characters of its
     * hash>.<extension>}; nothing else is written there. The hash's alphabet includes "-", so the
     * pattern relies on that folder being Vite's alone rather than telling a hash from a word.
     */
    private static final Pattern CONTENT_HASHED =
            Pattern.compile("/?VAADIN/build/[\\w.-]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?|svg|png)");

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        return new ContentHashedKeptAYear(service);
    }

    static boolean isContentHashed(String filenameWithPath) {
        return CONTENT_HASHED.matcher(filenameWithPath).matches();
    }

    private static final class ContentHashedKeptAYear extends StaticFileServer {

        @Serial
        private static final long serialVersionUID = 1L;

        private final boolean productionMode;

        ContentHashedKeptAYear(VaadinService service) {
            super(service);
            productionMode = service.getDeploymentConfiguration().isProductionMode();
        }

        @Override
        protected void writeCacheHeaders(
                String filenameWithPath, @Nullable HttpServletRequest request, HttpServletResponse response) {
            if (productionMode && isContentHashed(filenameWithPath)) {
                // As Vaadin answers for a file whose address carries its content's hash.
                response.setHeader("Cache-Control", "max-age=31536000, immutable");
            } else {
                super.writeCacheHeaders(filenameWithPath, request, response);
            }
        }
    }
}
