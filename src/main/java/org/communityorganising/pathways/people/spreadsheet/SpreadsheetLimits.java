package org.communityorganising.pathways.people.spreadsheet;

/** How much of a spreadsheet Pathways reads: stated on the import page and in the README. */
public final class SpreadsheetLimits {

    /** The largest file accepted: a 5,000-row XLSX of a chapter is well under 1 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most rows of people in one file. */
    public static final int MAX_ROWS = 5000;

    /** Columns beyond these are not read. */
    public static final int MAX_COLUMNS = 40;

    /** Characters kept of a cell: enough to tell that a value is too long, never more. */
    public static final int MAX_CELL = 1000;

    /** The most one part of an XLSX may expand to when unzipped (its shared strings, its sheet). */
    public static final long MAX_EXPANDED_PART = 32L * 1024 * 1024;

    private SpreadsheetLimits() {}
}
