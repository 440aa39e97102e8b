/** Calendar feeds (RFC 5545): private subscription feeds and one-off .ics downloads of sessions. */
@NullMarked
package org.communityorganising.pathways.calendar;

import org.jspecify.annotations.NullMarked;
