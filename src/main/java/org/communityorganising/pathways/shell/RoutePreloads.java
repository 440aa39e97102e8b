package org.communityorganising.pathways.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Preloads, with a page, the modules of the view it opens on (decision 0026). Vaadin's client asks
 * for a view's own components (`loadOnDemand`, one chunk per route) only once it has loaded and
 * read the page's state; on a phone that is one more round trip and 50–70 KiB fetched after
 * everything else before the view can be drawn. The production build writes which files each
 * chunk needs (vite.config.ts, {@code route-preloads.json}); this reads the chunks the page's state
 * asks for and lets the browser fetch their files with the page. It changes when files are
 * fetched, never what runs. In development mode it does nothing.
 */
@Component
class RoutePreloads implements VaadinServiceInitListener {

    static final String LOCATION = "META-INF/VAADIN/config/route-preloads.json";

    /** How the page's state asks Vaadin's client for a chunk: the same text the client runs. */
    private static final Pattern LOAD_ON_DEMAND = Pattern.compile("loadOnDemand\\('([0-9a-f]{64})'\\)");

    private static final Logger log = LoggerFactory.getLogger(RoutePreloads.class);

    private final Map<String, List<String>> filesByChunk;

    @Autowired
    RoutePreloads() {
        this(read(LOCATION));
    }

    RoutePreloads(Map<String, List<String>> filesByChunk) {
        this.filesByChunk = Map.copyOf(filesByChunk);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Development mode serves its own bundle; a list left in target/ by an earlier production
        // build names files it does not have.
        if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        if (filesByChunk.isEmpty()) {
            log.warn("No {} in the production build: views' modules load after the page (vite.config.ts)", LOCATION);
        }
        event.addIndexHtmlRequestListener(page -> addTo(page.getDocument()));
    }

    /** Adds a preload for each file the page's state will ask for that the page does not name. */
    void addTo(Document page) {
        Set<String> files = new LinkedHashSet<>();
        for (Element script : page.select("script[initial]")) {
            var asked = LOAD_ON_DEMAND.matcher(script.data());
            while (asked.find()) {
                files.addAll(filesByChunk.getOrDefault(asked.group(1), List.of()));
            }
        }
        String named = page.head().html();
        var head = page.head();
        var last = head.select("link[rel=modulepreload]").last();
        for (String file : files) {
            if (named.contains(file)) {
                continue;
            }
            var link = new Element("link")
                    .attr("rel", "modulepreload")
                    .attr("crossorigin", "")
                    .attr("href", "./" + file);
            if (last == null) {
                head.appendChild(link);
            } else {
                last.after(link);
            }
            last = link;
        }
    }

    private static Map<String, List<String>> read(String location) {
        try (InputStream json = RoutePreloads.class.getClassLoader().getResourceAsStream(location)) {
            if (json == null) {
                return Map.of();
            }
            return JsonMapper.builder().build().readValue(json, new TypeReference<Map<String, List<String>>>() {});
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
