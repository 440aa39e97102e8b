package org.communityorganising.pathways.people;

import java.util.List;
import java.util.Map;

/**
 * What the person chose for a chapter import: the chapter, what each column holds (by position,
 * as the header row lists them), what to do with institution names not found in the chapter (an
 * existing institution's id, or {@link #CREATE}), keyed by {@link ImportPreview.InstitutionMatch#key},
 * and whether new people are invited.
 */
public record ImportPlan(long chapterId, List<ImportField> columns, Map<String, Long> institutions, boolean invite) {

    /** Create the institution as the file names it. */
    public static final long CREATE = 0L;

    public ImportPlan {
        columns = List.copyOf(columns);
        institutions = Map.copyOf(institutions);
    }

    public ImportPlan withInstitution(String key, long choice) {
        var chosen = new java.util.HashMap<>(institutions);
        chosen.put(key, choice);
        return new ImportPlan(chapterId, columns, chosen, invite);
    }

    public ImportPlan withInvite(boolean invite) {
        return new ImportPlan(chapterId, columns, institutions, invite);
    }
}
