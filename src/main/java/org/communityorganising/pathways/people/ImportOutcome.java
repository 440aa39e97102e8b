package org.communityorganising.pathways.people;

import java.util.List;

/** What a confirmed import did: every row of the file with its outcome, and the totals. */
public record ImportOutcome(
        List<ImportPreview.Row> rows, int created, int updated, int invited, int institutionsCreated) {

    public long skipped() {
        return rows.stream().filter(row -> !row.status().saved()).count();
    }
}
