package org.communityorganising.pathways.privacy;

import org.communityorganising.pathways.base.AuditableEvent;

/** Exports and erasures, for the audit trail. Neither names the person: the id is enough. */
public final class PrivacyEvents {

    private PrivacyEvents() {}

    public record PersonalDataExported(long personId, String format, boolean byThemselves) implements AuditableEvent {
        public String action() {
            return "PERSONAL_DATA_EXPORTED";
        }

        public String subjectType() {
            return "person";
        }

        public long subjectId() {
            return personId;
        }

        public String details() {
            return format + (byThemselves ? ", by themselves" : ", by an administrator");
        }
    }

    public record PersonErased(long personId) implements AuditableEvent {
        public String action() {
            return "PERSON_ERASED";
        }

        public String subjectType() {
            return "person";
        }

        public long subjectId() {
            return personId;
        }

        public String details() {
            return "";
        }
    }
}
