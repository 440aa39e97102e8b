package org.communityorganising.pathways.home.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.communityorganising.pathways.base.ui.AddressBox;
import org.communityorganising.pathways.base.ui.CopyButton;
import org.communityorganising.pathways.base.ui.Notifications;
import org.communityorganising.pathways.base.ui.PublicUrl;
import org.communityorganising.pathways.base.ui.TextButton;
import org.communityorganising.pathways.calendar.CalendarFeedService;

/**
 * The person's private calendar feed: a subscribe link for calendar apps, the address to copy,
 * and a way to replace it when it has been shared by mistake.
 */
class CalendarSubscription extends Composite<Div> {

    private final transient CalendarFeedService feeds;
    // A text area, not a field: the whole address wraps onto the next lines on a phone.
    private final AddressBox address;
    private final Anchor subscribe = new Anchor();
    private final Anchor https = new Anchor();

    CalendarSubscription(CalendarFeedService feeds) {
        this.feeds = feeds;
        var content = getContent();
        content.setId("calendar-subscription");
        content.addClassName("calendar-subscription");
        content.add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.text")));
        address = new AddressBox(
                "calendar-address", getTranslation("calendar.address"), getTranslation("calendar.address.help"));
        subscribe.setText(getTranslation("calendar.subscribe"));
        subscribe.setId("calendar-subscribe");
        var regenerate = new TextButton(getTranslation("calendar.regenerate"), event -> {
            show(feeds.regenerateMyFeedToken());
            Notifications.success(getTranslation("calendar.regenerated"));
        });
        regenerate.setId("calendar-regenerate");
        var copy = new CopyButton(address, "calendar.copied");
        copy.setId("calendar-copy");
        copy.setAriaLabel(getTranslation("calendar.copy.label"));
        https.setText(getTranslation("calendar.https"));
        https.setId("calendar-https");
        https.getElement().setAttribute("router-ignore", true);
        var addressRow = new Div(address, copy);
        addressRow.addClassName("calendar-address-row");
        var links = new Div(subscribe, https, regenerate);
        links.addClassName("session-actions");
        content.add(addressRow, links, new Paragraph(getTranslation("calendar.https.help")));
        show(feeds.myFeedToken());
    }

    private void show(String token) {
        String url = PublicUrl.origin() + "/calendar/feed/" + token + ".ics";
        address.setValue(url);
        // webcal:// opens the calendar app's subscribe dialog; the address is our own, built here.
        subscribe.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));
        // Some phones (and Google Calendar's "From URL") want the plain address instead.
        https.setHref(url);
    }
}
