package org.communityorganising.pathways.attendance;

import java.util.List;
import org.communityorganising.pathways.course.SessionDetails;

/** A session's register: the session and every enrolled person with their mark. */
public record Register(SessionDetails session, List<RegisterRow> rows) {}
