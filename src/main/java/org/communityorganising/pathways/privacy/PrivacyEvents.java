package org.communityorganising.pathways.privacy;

import org.communityorganising.pathways.base.AuditableEvent;

/** Exports and erasures, for the audit trail. Neither names the person: the id is enough. */
public final class PrivacyEvents {

    private PrivacyEvents() {}

    public record PersonalDataExported(long personId, String format, boolean byThemselves) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "PERSONAL_DATA_EXPORTED",
                    "person",
                    personId,
                    format + (byThemselves ? ", by themselves" : ", by an administrator"));
        }
    }

    public record PersonErased(long personId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("PERSON_ERASED", "person", personId, "");
        }
    }
}
