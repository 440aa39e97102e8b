package org.communityorganising.pathways.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import org.communityorganising.pathways.base.LondonTime;

/**
 * Writes sessions as an iCalendar document with ical4j: Europe/London times with their VTIMEZONE,
 * a stable UID and a SEQUENCE per session, STATUS:CANCELLED for cancelled ones. No METHOD: a
 * subscribed feed is not a scheduling message (RFC 5545 §3.7.2), and METHOD:PUBLISH would demand
 * an ORGANIZER on every event.
 */
final class IcsWriter {

    private static final String PRODUCT_ID = "-//Community Organising//Pathways//EN";

    private IcsWriter() {}

    static byte[] write(String calendarName, List<CalendarEntry> entries, String sessionUrlPrefix, Instant now) {
        var registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        var london = registry.getTimeZone(LondonTime.ZONE.getId());
        var zone = LondonTime.ZONE;
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", calendarName))
                .withProperty(new XProperty("X-WR-TIMEZONE", LondonTime.ZONE.getId()))
                .withComponent(Objects.requireNonNull(london, "Europe/London is in ical4j's registry")
                        .getVTimeZone())
                .getFluentTarget();
        for (CalendarEntry entry : entries) {
            var event = new VEvent(entry.startsAt().atZone(zone), entry.endsAt().atZone(zone), entry.summary());
            event.replace(new DtStamp(now));
            event.add(new Uid(entry.uid()));
            event.add(new Sequence(entry.sequence()));
            String where = entry.venue() != null ? entry.venue() : entry.onlineLink();
            if (where != null) {
                event.add(new Location(where));
            }
            String page = sessionUrlPrefix + entry.sessionId();
            StringBuilder description = new StringBuilder();
            if (entry.cancelled() && entry.cancelReason() != null) {
                description.append(entry.cancelReason()).append("\n\n");
            }
            if (entry.onlineLink() != null) {
                description.append(entry.onlineLink()).append('\n');
            }
            description.append(page);
            event.add(new Description(description.toString()));
            event.add(new Url(URI.create(entry.onlineLink() != null ? entry.onlineLink() : page)));
            event.add(entry.cancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            calendar = calendar.withComponent(event).getFluentTarget();
        }
        var out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }
}
