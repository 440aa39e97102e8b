/** Reading an uploaded spreadsheet (XLSX or CSV) into rows of text, within stated limits; nothing here knows people. */
@NullMarked
package org.communityorganising.pathways.people.spreadsheet;

import org.jspecify.annotations.NullMarked;
