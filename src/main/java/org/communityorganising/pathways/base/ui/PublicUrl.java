package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** The address people reach this app at, from the current request (forwarded headers are honoured in production). */
public final class PublicUrl {

    private PublicUrl() {}

    /** Scheme, host, port (if not the default) and context path, without a trailing slash. */
    public static String origin() {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        int port = request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + (port == 80 || port == 443 ? "" : ":" + port)
                + request.getContextPath();
    }
}
