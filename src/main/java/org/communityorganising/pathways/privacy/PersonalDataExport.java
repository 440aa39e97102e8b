package org.communityorganising.pathways.privacy;

import java.time.Instant;
import java.util.List;
import org.communityorganising.pathways.base.PersonalData;

/** Everything Pathways holds about one person, module by module, as of {@code generatedAt}. */
public record PersonalDataExport(long personId, String language, Instant generatedAt, List<Part> parts) {

    /** One module's part. */
    public record Part(String module, List<PersonalData.Section> sections) {}
}
