@NullMarked
package org.communityorganising.pathways.attendance.ui;

import org.jspecify.annotations.NullMarked;
