package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.OptionalLong;

/** Reads a numeric id from the address; an id too large to be one reads as "not found", never as an error. */
public final class RouteIds {

    private RouteIds() {}

    /** The id, or empty after rerouting to the app's "page not found". */
    public static OptionalLong id(BeforeEnterEvent event, String parameter) {
        try {
            var value = event.getRouteParameters().getLong(parameter);
            if (value.isPresent()) {
                return OptionalLong.of(value.get());
            }
        } catch (IllegalArgumentException tooLarge) {
            // Vaadin wraps the NumberFormatException of an id beyond a long
            // falls through to "not found"
        }
        event.rerouteToError(NotFoundException.class);
        return OptionalLong.empty();
    }
}
